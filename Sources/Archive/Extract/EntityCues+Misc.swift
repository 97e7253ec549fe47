/// Names the tagger took for MISC (a nationality, an event, a work) that the rest of the text shows
/// to be a person's or another name of something it names.
extension EntitySpans {
    /// The rules' candidate `c` over words tagged MISC, kept when the text says what it names:
    /// - `Imogen Lefèvre … Lefèvre said`: a given name and a surname, in letters only, whose surname
    ///   the text names alone as a person who speaks (`said`, `, who`) and in no organisation's or
    ///   place's name, is that person (news gives a name in full, then the surname);
    /// - `the Companions of the Cave (Aṣḥab al-Kahf) brigade`, `Ashab al-Kahf (Companions of the
    ///   Cave)`: a name of two words or more beside another name in brackets is its translation or
    ///   original, one entity with it (an acronym in brackets defines no name here: `Gross Domestic
    ///   Product (GDP)` is a term).
    /// Nil when the text says neither.
    func namedBeside(_ c: EntityCandidate, _ out: [EntityCandidate]) -> EntityCandidate? {
        guard c.words.count >= 2, t[c.lo].cap, !off.contains(.personCues) else { return nil }
        var kept = c
        if c.type == nil || c.type == .person, c.hi - c.lo == 2, isPlainName(c.lo), isPlainName(c.lo + 1), let last = c.bare.last,
           out.contains(where: { $0.type == .person && $0.bare == [last] && $0.lo >= c.hi && (speaksAfter($0.hi) || personAfter($0.hi)) }),
           !out.contains(where: { $0.type != .person && $0.bare.contains(last) }) {
            (kept.type, kept.strength, kept.guess, kept.place) = (.person, 2, false, nil)
            return kept
        }
        let partner = out.first { d in
            d.type != nil && d.type != .place && !d.acronym && d.words.count >= 2
                && (d.lo == c.hi + 1 && isMark(c.hi, "(") && isMark(d.hi, ")") || d.hi == c.lo - 1 && isMark(d.hi, "(") && isMark(c.hi, ")"))
        }
        guard let partner else { return nil }
        (kept.type, kept.strength, kept.place) = (partner.type, 1, nil)
        return kept
    }

    /// A word that may be a given name or a surname: capitalised, in letters only (`Lefèvre`, not
    /// `V8`, `WRAZ-TV`, `Blair-Brown`), in none of the word lists but the given names', no nationality,
    /// and not a place or organisation the lists know (`Microsoft Word`, `New Labour`'s `Labour`).
    private func isPlainName(_ k: Int) -> Bool {
        guard t[k].cap, !t[k].allCaps, t[k].lists.intersection(.tagged).subtracting(.firstNames).isEmpty, !looksDemonym(k) else { return false }
        guard input.scalars[t[k].start..<t[k].end].allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        return !t[k].initial || !lowercase.contains(Self.hash(t[k].lower.utf8)) ? lexicon(k, k + 1) == nil : false
    }
}
