/// Readings that hold whatever weights the tagger was last trained to: what the sentence around a
/// name says outright (a translation in brackets, a preposition of place before a town, a results
/// row, a party's nickname). Retraining the tagger moves its choices on such names from one
/// training run to the next; these keep the outcome where the text itself decides it.
extension EntitySpans {
    /// `the Companions of the Cave (Ashab al-Kahf)`, `Ashab al-Kahf (Companions of the Cave)`: the
    /// word at `k` is inside a longer capitalised run joined by `of` that a bracketed name glosses
    /// (or that glosses the name before it). The run is one name, the translation of the other, so
    /// its last word is no common noun written with a capital, even where the text also writes
    /// it in lowercase (`the companions of the cave`).
    func insideGlossedName(_ k: Int, _ rules: [EntityCandidate]) -> Bool {
        guard !off.contains(.ruleSpans) else { return false }
        return rules.contains { c in c.lo < k && k < c.hi && isGlossedRun(c) }
    }

    /// The rules' run `c` (three words or more joined by `of`) stands beside a name in brackets,
    /// or in brackets after a name: one is the other's translation.
    func isGlossedRun(_ c: EntityCandidate) -> Bool {
        c.hi - c.lo >= 3 && c.type == .org && (c.lo..<c.hi).contains(where: { t[$0].lists.contains(.connectors) })
            && (isMark(c.hi, "(") && c.hi + 1 < t.count && t[c.hi + 1].cap
                || isMark(c.lo - 1, "(") && isMark(c.hi, ")") && c.lo >= 2 && t[c.lo - 2].cap)
    }

    /// Prepositions of place whose object is a place in space, not a firm's shares or a market
    /// (`stake in Nokia`, `sales at Nokia` are left to the tagger).
    static let locatives: Set<String> = ["around", "near", "outside", "beyond", "along", "across"]

    /// `closed roads around Nokia`: a name the tagger read as an organisation, after a preposition
    /// of place, that the town table holds as a town of a thousand people or more, is the town,
    /// unless the text names it elsewhere otherwise than as a place (`Nokia, the handset maker`,
    /// then `around Nokia`: the firm) or it owns what follows (`outside Nokia's offices`).
    func townsAfterLocatives(_ out: inout [EntityCandidate]) {
        guard !off.contains(.places) else { return }
        func afterLocative(_ lo: Int) -> Bool {
            lo >= 1 && t[lo - 1].isWord && !t[lo - 1].cap && Self.locatives.contains(t[lo - 1].lower)
        }
        for k in out.indices where out[k].type == .org && out[k].known == nil && out[k].hi - out[k].lo <= 3 && afterLocative(out[k].lo) {
            let (lo, hi) = (out[k].lo, out[k].hi)
            if hi < t.count, t[hi].lower == "s" || t[hi].lower.unicodeScalars.first.map(EntityKey.isApostrophe) == true { continue }
            let words = out[k].words
            if out.contains(where: { $0.words == words && $0.type != .place && !afterLocative($0.lo) }) { continue }
            guard TownTable.shared.towns(named: NameKey.fold(text(lo, hi))).contains(where: { $0.sizeClass >= 4 }) else { continue }
            (out[k].type, out[k].strength) = (.place, 2)
            out[k].place = lex.place(EntityKey.bare(words))
        }
    }

    /// `Tories`, in `the Tories said`: the plural of a party's nickname (`[nicknames]` in
    /// entity-words.txt) names the party, not its members as a nationality would; the tagger,
    /// trained on news that rarely writes it, reads it as either.
    func isNicknamePlural(_ k: Int) -> Bool {
        guard !off.contains(.nicknames), t[k].isWord, t[k].cap, !t[k].allCaps, t[k].lower.utf8.last == 0x73 else { return false }
        let word = Substring(t[k].lower)
        guard let singular = EntityMerging.orgForm([word], nicknames: false), singular != t[k].lower else { return false }
        return lex.nicknames[singular] != nil
    }
}
