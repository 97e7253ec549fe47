/// Capitalised words beside names that are labels, not names: a people by its nation or faith, the
/// state of a US address, a legislator's party and state, a contraction whose apostrophe a feed
/// turned into a quote, the side of a chamber in a leader's title; a month that is a surname, the
/// `The` of a place's name and a word a feed could not decode.
/// Readings of the language that hold whatever the tagger's weights (rule family `labels`).
extension EntitySpans {
    /// Applies the readings below to the candidates of a text, in place. Each asks a bit or a
    /// character of its tokens first: most candidates are none of these.
    func readLabels(_ out: inout [EntityCandidate]) {
        var dropped: [Int] = []
        for k in out.indices {
            let (lo, hi) = (out[k].lo, out[k].hi)
            // `Fianna F\u{FFFD}\u{FFFD}il`: a word a feed could not decode goes on the name before it,
            // which the tagger, never having seen such a word, ended early.
            if hi < t.count, t[hi].cap, t[hi].isWord, t[hi].start == t[hi - 1].end + 1, t[hi].sentence == t[lo].sentence,
               k + 1 == out.count || out[k + 1].lo > hi, input.scalars[t[hi].start..<t[hi].end].contains(where: { $0.value == 0xFFFD }) {
                out[k] = EntityCandidate(lo: lo, hi: hi + 1, type: out[k].type, strength: out[k].strength, words: words(lo, hi + 1), acronym: false)
                continue
            }
            if isPeople(lo, hi) || isPartyLabel(lo, hi) || isQuotedContraction(lo, hi) {
                dropped.append(k)
                continue
            }
            if k > 0, out[k].type != .place, out[k - 1].type == .place, isAddressState(lo, hi, after: out[k - 1].lo, out[k - 1].hi) {
                (out[k].type, out[k].place, out[k].strength) = (.place, nil, 3)
            } else if hi - lo >= 2, hi < t.count, t[hi - 1].marks.contains(.chamberSide), t[hi - 1].cap, isTitle(hi) {
                // `Senate Majority Leader Ann Lowe`: `Majority Leader` is the title, `Senate` the body.
                let end = hi - 1
                out[k] = EntityCandidate(lo: lo, hi: end, type: out[k].type, strength: out[k].strength, words: words(lo, end), acronym: false)
            } else if hi - lo == 1, let place = placeAfterThe(lo) {
                // `in The Hague`: a capitalised `The` inside a sentence belongs to the name the gazetteer gives with it.
                out[k] = EntityCandidate(lo: lo - 1, hi: hi, type: .place, strength: 3, words: words(lo - 1, hi), place: place, acronym: false)
            } else if hi - lo == 1, t[lo].lists.contains(.firstNames), out[k].type == .person || out[k].type == nil, let end = monthSurname(lo),
                      k + 1 == out.count || out[k + 1].lo >= end {
                out[k] = EntityCandidate(lo: lo, hi: end, type: .person, strength: max(out[k].strength, 2), words: words(lo, end), acronym: false)
            }
        }
        for k in dropped.reversed() { out.remove(at: k) }
    }

    /// The first character of token `k`.
    @inline(__always) private func first(_ k: Int) -> Unicode.Scalar { input.scalars[t[k].start] }

    /// `Muslims`, `North Koreans`, `four Afghans`: a nation's or a faith's people in the plural
    /// (`EntityMark.peoples`), no person, organisation or place (as the adjective alone is none: `[demonyms]`).
    func isPeople(_ lo: Int, _ hi: Int) -> Bool {
        let last = hi - 1
        // (`Olympics` is the games: `[events]`.)
        guard t[last].marks.contains(.peoples), t[last].cap, !t[last].lists.contains(.events) else { return false }
        for j in lo..<last where !(t[j].marks.contains(.cardinal) || EntityLexicon.compassWords.contains(t[j].lower)) { return false }
        return true
    }

    /// `(D-N.Y.)`, `, R-Texas,`: a US legislator's party and state after the name, or a piece of it
    /// (`Y.`), up to its closing bracket or comma.
    func isPartyLabel(_ lo: Int, _ hi: Int) -> Bool {
        var j = lo
        // (Not bound to the sentence: the full stop after `D-N` ends one for the tokenizer.)
        while j > 0, lo - j < 4 {
            if !t[j - 1].isWord {
                let mark = first(j - 1)
                if mark == "(" || mark == "," { return isPartyMark(j) }
                if mark == ")" { return false }
            }
            j -= 1
        }
        return false
    }

    /// `D-N`, `R-Texas`: a party's initial, a hyphen and a capital.
    private func isPartyMark(_ k: Int) -> Bool {
        guard t[k].isWord, t[k].end - t[k].start >= 3 else { return false }
        let s = input.scalars, at = t[k].start
        return (s[at] == "D" || s[at] == "R" || s[at] == "I") && s[at + 1] == "-" && s[at + 2].value >= 0x41 && s[at + 2].value <= 0x5A
    }

    /// `Don"t`, `Can"t`: a capitalised word and its clitic `n't` with a quote for the apostrophe.
    func isQuotedContraction(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 1, hi + 1 < t.count, input.scalars[t[lo].end - 1] == "n", t[hi].start == t[lo].end, !t[hi].isWord, first(hi) == "\"",
              t[hi + 1].start == t[hi].end, t[hi + 1].end - t[hi + 1].start == 1, first(hi + 1) == "t" else { return false }
        return true
    }

    /// `Washington, D.C.`, `Washington DC`: two capitals after a place (`lo`..<`hi` ends at `placeHi`)
    /// and perhaps its comma are the state or district of its address; after a comma, not a name a
    /// word list knows (`Vilnius, AP reported`: a byline).
    func isAddressState(_ lo: Int, _ hi: Int, after placeLo: Int, _ placeHi: Int) -> Bool {
        guard placeHi == lo || placeHi + 1 == lo && !t[placeHi].isWord && first(placeHi) == ",", t[lo].sentence == t[placeLo].sentence,
              hi - lo <= 4 else { return false }
        var letters = 0, dots = 0
        for j in lo..<hi {
            for c in input.scalars[t[j].start..<t[j].end] {
                if c.value >= 0x41 && c.value <= 0x5A { letters += 1 } else if c == "." { dots += 1 } else { return false }
            }
        }
        return letters == 2 && (placeHi == lo || dots > 0 || lexicon(lo, hi) == nil)
    }

    /// `The Hague`: the place whose gazetteer name is `The` and the word at `lo`, after a capitalised
    /// `The` that opens no sentence.
    func placeAfterThe(_ lo: Int) -> EntityLexicon.Place? {
        guard lo > 0, t[lo - 1].cap, !t[lo - 1].initial, t[lo - 1].end - t[lo - 1].start == 3, t[lo - 1].lower == "the",
              t[lo - 1].sentence == t[lo].sentence else { return nil }
        return lex.place(EntityKey.bare(words(lo - 1, lo + 1)))
    }

    /// `Theresa May said`: a given name followed by a capitalised month with no day or year after it
    /// (`in May 2017`, `May 5`): the month is her surname. Returns the name's end.
    func monthSurname(_ lo: Int) -> Int? {
        let m = lo + 1
        guard m < t.count, t[m].marks.contains(.month), t[lo].lists.contains(.firstNames), t[m].cap, !t[m].allCaps, !t[m].initial,
              t[m].sentence == t[lo].sentence, t[m].start == t[lo].end + 1 else { return nil }
        if m + 1 < t.count, t[m + 1].sentence == t[m].sentence, t[m + 1].isWord, input.scalars[t[m + 1].start].value < 0x3A { return nil }
        return m + 1
    }
}
