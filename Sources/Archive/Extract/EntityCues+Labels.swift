/// Capitalised words beside names that are labels, not names: a people by its nation or faith, the
/// state of a US address, a legislator's party and state, a contraction whose apostrophe a feed
/// turned into a quote, the side of a chamber in a leader's title; a month that is a surname, the
/// `The` of a place's name and a word a feed could not decode.
/// Readings of the language that hold whatever the tagger's weights (rule family `labels`).
extension EntitySpans {
    /// Applies the readings below to the candidates of a text, in place.
    func readLabels(_ out: inout [EntityCandidate]) {
        var dropped: [Int] = []
        for k in out.indices {
            let (lo, hi) = (out[k].lo, out[k].hi)
            // `Fianna F\u{FFFD}\u{FFFD}il`: a word a feed could not decode goes on the name before it,
            // which the tagger, never having seen such a word, ended early.
            if hi < t.count, t[hi].isWord, t[hi].cap, t[hi].start == t[hi - 1].end + 1, t[hi].sentence == t[lo].sentence,
               k + 1 == out.count || out[k + 1].lo > hi, input.scalars[t[hi].start..<t[hi].end].contains(where: { $0.value == 0xFFFD }) {
                out[k] = EntityCandidate(lo: lo, hi: hi + 1, type: out[k].type, strength: out[k].strength, words: words(lo, hi + 1), acronym: false)
                continue
            }
            if isPeople(lo, hi) || isPartyLabel(lo, hi) || isQuotedContraction(lo, hi) {
                dropped.append(k)
                continue
            }
            if out[k].type != .place, k > 0, isAddressState(lo, hi, after: out[k - 1]) {
                (out[k].type, out[k].place, out[k].strength) = (.place, nil, 3)
            } else if hi - lo >= 2, hi < t.count, t[hi - 1].cap, t[hi - 1].marks.contains(.chamberSide), isTitle(hi) {
                // `Senate Majority Leader Ann Lowe`: `Majority Leader` is the title, `Senate` the body.
                let end = hi - 1
                out[k] = EntityCandidate(lo: lo, hi: end, type: out[k].type, strength: out[k].strength, words: words(lo, end), acronym: false)
            } else if hi - lo == 1, let place = placeAfterThe(lo) {
                // `in The Hague`: a capitalised `The` inside a sentence belongs to the name the gazetteer gives with it.
                out[k] = EntityCandidate(lo: lo - 1, hi: hi, type: .place, strength: 3, words: words(lo - 1, hi), place: place, acronym: false)
            } else if hi - lo == 1, out[k].type == .person || out[k].type == nil, let end = monthSurname(lo),
                      k + 1 == out.count || out[k + 1].lo >= end {
                out[k] = EntityCandidate(lo: lo, hi: end, type: .person, strength: max(out[k].strength, 2), words: words(lo, end), acronym: false)
            }
        }
        for k in dropped.reversed() { out.remove(at: k) }
    }

    /// `Muslims`, `North Koreans`, `four Afghans`: a nation's or a faith's people in the plural,
    /// no person, organisation or place (as the adjective alone is none: `[demonyms]`).
    func isPeople(_ lo: Int, _ hi: Int) -> Bool {
        let last = hi - 1
        guard t[last].cap, t[last].text.utf8.last == 0x73, t[last].end - t[last].start >= 5, !t[last].lists.contains(.events) else { return false }
        for j in lo..<last where !(t[j].marks.contains(.cardinal) || EntityLexicon.compassWords.contains(t[j].lower)) { return false }
        let singular = String(t[last].lower.dropLast())
        return lex.lists(of: singular, ascii: singular.utf8.allSatisfy { $0 < 0x80 }).contains(.demonyms) || hi - lo == 1 && t[last].lower.hasSuffix("ans") && looksDemonym(last)
    }

    /// `(D-N.Y.)`, `, R-Texas,`: a US legislator's party and state after the name, or a piece of it
    /// (`Y.`), up to its closing bracket or comma.
    func isPartyLabel(_ lo: Int, _ hi: Int) -> Bool {
        var j = lo
        // (Not bound to the sentence: the full stop after `D-N` ends one for the tokenizer.)
        while j > 0, lo - j < 4 {
            if !t[j - 1].isWord {
                let mark = t[j - 1].text
                if mark == "(" || mark == "," { return isPartyMark(j) }
                if mark == ")" { return false }
            }
            j -= 1
        }
        return false
    }

    /// `D-N`, `R-Texas`: a party's initial, a hyphen and a capital.
    private func isPartyMark(_ k: Int) -> Bool {
        let b = t[k].text.utf8
        guard b.count >= 3, case let first = b[b.startIndex], first == 0x44 || first == 0x52 || first == 0x49 else { return false }
        let second = b[b.index(after: b.startIndex)], third = b[b.index(b.startIndex, offsetBy: 2)]
        return second == 0x2D && third >= 0x41 && third <= 0x5A
    }

    /// `Don"t`, `Can"t`: a capitalised word and its clitic `n't` with a quote for the apostrophe.
    func isQuotedContraction(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 1, hi + 1 < t.count, t[lo].text.utf8.last == 0x6E, t[hi].text == "\"", t[hi].start == t[lo].end,
              t[hi + 1].start == t[hi].end, t[hi + 1].lower == "t" else { return false }
        return true
    }

    /// `Washington, D.C.`, `Washington DC`: two capitals after a place and perhaps its comma are the
    /// state or district of its address; after a comma, not a name a word list knows (`Vilnius, AP
    /// reported`: a byline).
    func isAddressState(_ lo: Int, _ hi: Int, after p: EntityCandidate) -> Bool {
        guard p.type == .place, p.hi == lo || p.hi + 1 == lo && t[p.hi].text == ",", t[lo].sentence == t[p.lo].sentence else { return false }
        var letters = 0, dots = 0
        for j in lo..<hi {
            for c in t[j].text.utf8 {
                if c >= 0x41 && c <= 0x5A { letters += 1 } else if c == 0x2E { dots += 1 } else { return false }
            }
        }
        return letters == 2 && (p.hi == lo || dots > 0 || lexicon(lo, hi) == nil)
    }

    /// `The Hague`: the place whose gazetteer name is `The` and the word at `lo`, after a capitalised
    /// `The` that opens no sentence.
    func placeAfterThe(_ lo: Int) -> EntityLexicon.Place? {
        guard lo > 0, t[lo - 1].cap, !t[lo - 1].initial, t[lo - 1].lower == "the", t[lo - 1].sentence == t[lo].sentence else { return nil }
        return lex.place(EntityKey.bare(words(lo - 1, lo + 1)))
    }

    /// `Theresa May said`: a given name followed by a capitalised month with no day or year after it
    /// (`in May 2017`, `May 5`): the month is her surname. Returns the name's end.
    func monthSurname(_ lo: Int) -> Int? {
        let m = lo + 1
        guard m < t.count, t[lo].lists.contains(.firstNames), t[m].cap, !t[m].allCaps, !t[m].initial, t[m].marks.contains(.month),
              t[m].sentence == t[lo].sentence, t[m].start == t[lo].end + 1 else { return nil }
        if m + 1 < t.count, t[m + 1].sentence == t[m].sentence, t[m + 1].isWord, input.scalars[t[m + 1].start].value < 0x3A { return nil }
        return m + 1
    }
}
