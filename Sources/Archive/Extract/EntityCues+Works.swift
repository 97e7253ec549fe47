/// What the sentence says a name names when it is a work (a film, a book, a game) or a group of
/// performers, whatever the tagger read: English gives titles and bands their own grammar (`the
/// film The X`, `nominated for X`, `X were`, `X frontman Y`) that a person's name never takes.
extension EntitySpans {
    /// The token before a title, past a capitalised `The` or cardinal that opens it (`movie The
    /// X`, `Y's Seven X`), which the tagger leaves out of the name.
    func beforeTitle(_ lo: Int) -> Int {
        guard lo >= 1, t[lo - 1].sentence == t[lo].sentence, t[lo - 1].cap, !t[lo - 1].allCaps else { return lo }
        return isWord(lo - 1, "the") || t[lo - 1].marks.contains(.cardinal) ? lo - 1 : lo
    }

    /// The word at `k` is a lowercase word marked `mark`, in the sentence of `lo`.
    @inline(__always) private func lower(_ k: Int, _ mark: EntityMark, _ lo: Int) -> Bool {
        k >= 0 && k < t.count && t[k].marks.contains(mark) && t[k].isWord && !t[k].cap && t[k].sentence == t[lo].sentence
    }

    /// `X's`, `X’s`: the token after a name is the possessive's.
    private func isPossessive(_ k: Int) -> Bool {
        k >= 0 && k < t.count && (isWord(k, "s") || EntityKey.isApostrophe(input.scalars[t[k].start]))
    }

    /// Whether the words around the candidate `out[i]` name it as a work:
    /// - a work's noun before it, past an opening `The` (`movie The X`, `Xbox game X 2`);
    /// - `nominated for X`, `nomination for X`, `best director for X`: a prize is given for a work;
    /// - `a role as Y in X`, `starring in X`: one acts in a work (not in what X owns: `a role in X's win`);
    /// - `Y Z's The X`, `Y Z's Two Word X`: a person's full name owning a title that opens with
    ///   `The` or holds a cardinal, which no person's name does;
    /// - `the X films`, `the third X book`: a name before a work's noun that the text never
    ///   gives alone by its last word (news names a person by the surname once introduced).
    ///
    /// The cues' words are marked on each token by the lexicon's lookup (`EntityMark`): a name
    /// with no `The` or cardinal before it in a text without any of them costs a few compares.
    func workCue(_ i: Int, _ out: [EntityCandidate]) -> Bool {
        let (lo, hi) = (out[i].lo, out[i].hi)
        let b = beforeTitle(lo)
        let cardinal = b == lo && marks.contains(.cardinal) && (lo..<hi).contains { t[$0].marks.contains(.cardinal) }
        guard b != lo || cardinal || !marks.isDisjoint(with: EntityMark.workCues) else { return false }
        guard !off.contains(.workCues), out[i].known == nil, out[i].place?.code?.count != 2 else { return false }
        if b != lo, afterWorkNoun(b) { return true }
        // `video game X`, `Xbox game X`: `game` alone also names a match.
        if b >= 2, lower(b - 1, .game, lo), t[b - 2].cap || isWord(b - 2, "video") || isWord(b - 2, "computer") { return true }
        // `best director for Y Z`: a prize also goes to a person, whose name opens with a given name.
        if b >= 2, marks.contains(.nominated) || marks.contains(.best), isWord(b - 1, "for"), b != lo || !t[lo].lists.contains(.firstNames) {
            if lower(b - 2, .nominated, lo) { return true }
            if b >= 3, t[b - 2].isWord, !t[b - 2].cap, t[b - 3].marks.contains(.best) { return true }
        }
        if b >= 2, marks.contains(.casting), isWord(b - 1, "in"), !isPossessive(hi) {
            var k = b - 2
            while k >= 0, k >= b - 8, t[k].sentence == t[lo].sentence {
                if lower(k, .casting, lo) { return true }
                k -= 1
            }
        }
        if b >= 2, b != lo || cardinal, isPossessive(b - 1),
           out.contains(where: { $0.type == .person && $0.bare.count >= 2 && ($0.hi == b - 1 || $0.hi == b - 2) }) { return true }
        if hi < t.count, b >= 1, out[i].type == .person, t[b - 1].isWord, !t[b - 1].cap,
           lower(hi, .workSeries, lo) || lower(hi, .workNoun, lo) && lower(b - 1, .ordinal, lo) {
            let last = out[i].bare.last
            return !out.contains { d in d.bare.count == 1 && d.bare.first == last && d.lo != lo && !(d.hi < t.count && lower(d.hi, .workSeries, d.lo)) }
        }
        return false
    }

    /// `Sale full-back Y`, `the Sale wing`: a town's name before a player's position is its club's.
    func positionAfter(_ hi: Int) -> Bool {
        guard hi < t.count, t[hi].lists.contains(.positions) || t[hi].marks.contains(.position) else { return false }
        return t[hi].isWord && !t[hi].cap && t[hi].sentence == t[hi - 1].sentence
    }

    /// Whether a name the tagger read as a person's is a group's, by what the sentence does with it:
    /// `X were`, `X have` (a plural verb, when the name ends no list of people), `X frontman Y`,
    /// `the band X`, or a cardinal in it (`Five Live`).
    func groupCue(_ i: Int, _ out: [EntityCandidate]) -> Bool {
        guard out[i].type == .person, out[i].known == nil, !off.contains(.groupCues) else { return false }
        let (lo, hi) = (out[i].lo, out[i].hi)
        if marks.contains(.cardinal), (lo..<hi).contains(where: { t[$0].cap && t[$0].marks.contains(.cardinal) }) { return true }
        if lo >= 1, lower(lo - 1, .bandNoun, lo) { return true }
        guard hi < t.count, t[hi].sentence == t[lo].sentence else { return false }
        if lower(hi, .bandMember, lo), hi + 1 < t.count, t[hi + 1].cap { return true }
        // `X won best British group`: the prize's noun says what won it, before another name comes.
        if marks.contains(.best), marks.contains(.bandNoun) {
            var k = hi
            while k < t.count, k < hi + 8, t[k].sentence == t[lo].sentence, !(t[k].cap && k > hi) {
                if t[k].marks.contains(.best) {
                    for j in (k + 1)..<min(k + 4, t.count) where lower(j, .bandNoun, lo) { return true }
                }
                k += 1
            }
        }
        guard isWord(hi, "were") || isWord(hi, "are") || isWord(hi, "have") && !isWord(hi + 1, "to") else { return false }
        return !(lo >= 1 && (isMark(lo - 1, ",") || isWord(lo - 1, "and") || isWord(lo - 1, "or") || isMark(lo - 1, "&")))
    }

    /// Works and groups over every mention in the text: once a title is a work by its context, its
    /// other mentions are no name, nor what a list joins to it (`The X, Y and Z` with one of them a
    /// work); once a name is a group's, its other mentions are the group.
    func worksAndGroups(_ out: inout [EntityCandidate]) {
        var works = Set<String>()
        for k in out.indices where workCue(k, out) { works.insert(out[k].bare.joined(separator: " ")) }
        if !works.isEmpty {
            // Each candidate's name once: the loops below ask it of every pair of candidates.
            let names = out.map { $0.bare.joined(separator: " ") }
            var grown = true
            while grown {
                grown = false
                // A comma also sets off an apposition (`Vera Lane, Y Z's drama`): a name opening with a
                // given name, or owning what follows, is no item of a list of titles.
                for i in out.indices where out[i].known == nil && out[i].place == nil && !works.contains(names[i])
                    && !t[out[i].lo].lists.contains(.firstNames) && !isPossessive(out[i].hi) {
                    let (lo, hi) = (out[i].lo, out[i].hi)
                    let joined = out.indices.contains { j in
                        let (wlo, whi) = (out[j].lo, out[j].hi)
                        guard works.contains(names[j]), t[wlo].sentence == t[lo].sentence else { return false }
                        return beforeTitle(wlo) == hi + 1 && (isMark(hi, ",") || isWord(hi, "and"))
                            || beforeTitle(lo) == whi + 1 && (isMark(whi, ",") || isWord(whi, "and"))
                    }
                    if joined { works.insert(names[i]); grown = true }
                }
            }
            out = out.indices.filter { !works.contains(names[$0]) }.map { out[$0] }
        }
        var groups = Set<String>()
        for k in out.indices where groupCue(k, out) { groups.insert(out[k].bare.joined(separator: " ")) }
        guard !groups.isEmpty else { return }
        for k in out.indices where out[k].type == .person && groups.contains(out[k].bare.joined(separator: " ")) {
            (out[k].type, out[k].strength, out[k].guess) = (.org, 2, false)
        }
    }
}
