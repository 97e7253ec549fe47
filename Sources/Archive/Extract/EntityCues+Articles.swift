/// What the words around a name say it is, read over all its mentions of a text: the article
/// before it, the place noun whose `of` it follows, and words coined from a name and a common noun.
extension EntitySpans {
    /// `Brexit`, `Obamacare`, `Abenomics`: one capitalised word ending in a common noun that English
    /// fuses onto a name to coin a policy's or a process's word. It names no person, body or place.
    func isCoinage(_ k: Int) -> Bool {
        guard t[k].cap, !t[k].allCaps, t[k].end - t[k].start >= 6 else { return false }
        let w = t[k].lower.utf8
        for suffix in Self.coinageSuffixes where w.count >= suffix.utf8.count + 2 && w.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            return true
        }
        return false
    }

    /// Common nouns closing a coined word: `exit` (`Brexit`, `Grexit`), `care` (`Obamacare`,
    /// `Medicare`), `nomics` (`Reaganomics`). Not `gate`, which ends towns and surnames (`Margate`, `Southgate`).
    static let coinageSuffixes = ["exit", "care", "nomics"]

    /// `the Sinn Féin vote`, `the Fianna Fáil TD`: a run of two words or more that the tagger alone
    /// took for a person's name, after `the`, with no given name or title first, is a body's name:
    /// English puts no article before a person's name, but before a party's, a firm's or a band's used
    /// as a modifier. Its other mentions of the text are the body too. Not when the text sets the
    /// name beside a person's cue (`X, who`, `X said he`, a title before it), as `the Dalai Lama` or
    /// `the Xi Jinping era` after `President Xi Jinping` may be, nor when one of its words stands
    /// alone elsewhere in the text (`the Barack Obama administration … Obama said`): the first-name
    /// list does not hold every given name.
    func bodiesAfterThe(_ out: inout [EntityCandidate]) {
        var bodies: [[String]] = []
        // Indices, not elements: a loop over the candidates themselves copies each one it visits.
        for k in out.indices where out[k].type == .person && out[k].strength <= 1 && out[k].hi - out[k].lo >= 2 && out[k].lo > 0 {
            let (lo, hi) = (out[k].lo, out[k].hi)
            guard t[lo - 1].lower == "the", t[lo].cap, !t[lo].allCaps, !t[lo].lists.contains(.firstNames), !t[lo].lists.contains(.titles),
                  !t[hi - 1].lists.contains(.titles), !t[lo].lower.hasPrefix("al-") else { continue }
            if !bodies.contains(out[k].words) { bodies.append(out[k].words) }
        }
        guard !bodies.isEmpty else { return }
        // `the Barack Obama administration`, then `Obama said`: news names a person by one word of the
        // name once introduced, a party (`Fianna Fáil`) never.
        var alone = Set<String>()
        for c in out where c.bare.count == 1 { alone.insert(c.bare[0]) }
        bodies.removeAll { $0.contains(where: alone.contains) }
        // `President Xi Jinping`, then `the Xi Jinping era`: a title names the person in all the mentions.
        for c in out where c.type == .person && (personAfter(c.hi) || personApposition(c.hi) || c.lo > 0 && t[c.lo - 1].cap && t[c.lo - 1].lists.contains(.titles)) {
            bodies.removeAll { $0 == c.words }
        }
        for k in out.indices where out[k].type == .person && out[k].strength <= 1 && bodies.contains(out[k].words) {
            (out[k].type, out[k].strength, out[k].guess, out[k].place) = (.org, 2, false, nil)
        }
    }

    /// `the village of Foindu`, `the town of Sale`: a name after a settlement's noun and `of` is the
    /// settlement's, a place, whatever the tagger read (the gazetteer lacks most villages); its
    /// other mentions of the text too. A body's name that goes on (`City of London Corporation`) is not one word after `of`.
    func settlementsNamed(_ out: inout [EntityCandidate]) {
        guard marks.contains(.settlement) else { return }
        var places: [[String]] = []
        // Whatever the tagger made of the mention after `of`: the text's other mentions, read without the cue, may differ.
        for k in out.indices where out[k].known == nil && out[k].lo >= 2 {
            let lo = out[k].lo
            guard t[lo - 2].marks.contains(.settlement), t[lo - 1].lower == "of", t[lo - 2].isWord, !t[lo - 2].cap else { continue }
            if !places.contains(out[k].words) { places.append(out[k].words) }
        }
        guard !places.isEmpty else { return }
        for k in out.indices where out[k].known == nil && (out[k].type != .place || out[k].strength < 3) && places.contains(out[k].words) {
            (out[k].type, out[k].strength, out[k].guess) = (.place, 3, false)
            out[k].place = lex.place(EntityKey.bare(out[k].words))
        }
    }

    /// `seize Al Bab`, `in El Obeid`: two words the tagger took for a person's name, the first the
    /// Arabic article written apart (`Al`, `El`), that the town table holds as a town of some size, are
    /// the town, unless the text sets a person's cue beside them (`Al Marsh, who`, `Al Marsh said`):
    /// `Al` as a given name (`Al Franken`) names no town.
    func townsAfterArticle(_ out: inout [EntityCandidate]) {
        for k in out.indices where out[k].type == .person && out[k].strength <= 1 && out[k].hi - out[k].lo == 2 && t[out[k].lo].cap {
            let (lo, hi) = (out[k].lo, out[k].hi)
            guard t[lo].lower == "al" || t[lo].lower == "el", t[hi - 1].cap, !personAfter(hi), !speaksAfter(hi), !personApposition(hi),
                  TownTable.shared.towns(named: NameKey.fold(text(lo, hi))).contains(where: { $0.sizeClass >= 4 }) else { continue }
            (out[k].type, out[k].strength, out[k].guess) = (.place, 2, false)
            out[k].place = lex.place(EntityKey.bare(out[k].words))
        }
    }

    /// `St Patrick's Day`, `Valentine's Day`, `New Year's Eve`: a name owning `Day` or `Eve` names a
    /// day of the calendar, not the person, body or place it is named after.
    func daysNamedAfter(_ out: inout [EntityCandidate]) {
        // The end of the possessive before a capitalised `Day`, if `hi` starts one.
        func day(after hi: Int) -> Int? {
            var k = hi
            guard k + 1 < t.count, EntityKey.isApostrophe(input.scalars[t[k].start]) || isWord(k, "s") else { return nil }
            if t[k].end - t[k].start == 1, isWord(k + 1, "s") { k += 1 }
            k += 1
            return k < t.count && t[k].cap && (t[k].lower == "day" || t[k].lower == "eve") && t[k].sentence == t[hi - 1].sentence ? k : nil
        }
        var days = Set<Int>()
        for k in out.indices { if let day = day(after: out[k].hi) { days.insert(day) } }
        guard !days.isEmpty else { return }
        out.removeAll { c in days.contains(c.lo) || day(after: c.hi) != nil }
    }
}
