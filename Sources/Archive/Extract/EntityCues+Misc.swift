/// Names the tagger took for MISC (a nationality, an event, a work) that the rest of the text shows
/// to be a person's or another name of something it names.
extension EntitySpans {
    /// The rules' candidate `c` over words tagged MISC, kept when the text says what it names:
    /// - `Imogen Lefèvre … Lefèvre said`: a full name whose last word the text names alone as a
    ///   person is that person (news gives a name in full, then the surname), unless a word of it
    ///   is a nationality's;
    /// - `the Companions of the Cave (Aṣḥab al-Kahf) brigade`, `Ashab al-Kahf (Companions of the
    ///   Cave)`: a name of two words or more beside another name in brackets is its translation or
    ///   original, one entity with it (an acronym in brackets defines no name here: `Gross Domestic
    ///   Product (GDP)` is a term).
    /// Nil when the text says neither.
    func namedBeside(_ c: EntityCandidate, _ out: [EntityCandidate]) -> EntityCandidate? {
        guard c.words.count >= 2, t[c.lo].cap, !off.contains(.personCues) else { return nil }
        var kept = c
        // (Not a people named by a nationality: `South African Afrikaners … the Afrikaners`.)
        if c.type == nil || c.type == .person, (c.lo..<c.hi).allSatisfy({ t[$0].cap && !t[$0].lists.contains(.demonyms) && !looksDemonym($0) || t[$0].lists.contains(.particles) }),
           let last = c.bare.last, out.contains(where: { $0.type == .person && $0.bare.count == 1 && $0.bare[0] == last && $0.lo >= c.hi }) {
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
}
