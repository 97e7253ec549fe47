/// A crowd broken up by force: `police dispersed the traders`, `the youths were dispersed by
/// police`. ACLED codes it as a protest with intervention even where no word of protest is used;
/// a crowd that disperses of itself (`the fans dispersed after the match`) reports nothing.
extension EventFinder {
    /// Whether a dispersal trigger has people in numbers as what was dispersed.
    func dispersesCrowd(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        crowdObject(t, after: hit.last) || crowdPassive(t, before: hit.first)
    }

    static let dispersalWords: Set<String> = ["dispersed", "disperse", "disperses", "dispersing"]

    /// `dispersed a crowd of traders`, `dispersing hundreds of angry youths`: the crowd among the
    /// six words after the verb, within its clause.
    private func crowdObject(_ t: [EventToken], after last: Int) -> Bool {
        for token in t[(last + 1)..<min(t.count, last + 7)] {
            if !token.isWord { return false }
            if isCrowdWord(token) { return true }
        }
        return false
    }

    /// `the angry voters were dispersed`, `students … were later dispersed by police`: the crowd
    /// named before the passive, among the eight words before it.
    private func crowdPassive(_ t: [EventToken], before first: Int) -> Bool {
        var i = first - 1
        while i >= 0, Self.dispersalAdverbs.contains(t[i].lower) { i -= 1 }
        guard i >= 1, ["was", "were", "been", "being", "got"].contains(t[i].lower) else { return false }
        return t[max(0, i - 8)..<i].contains { $0.isWord && isCrowdWord($0) }
    }

    private static let dispersalAdverbs: Set<String> = ["later", "eventually", "forcibly", "forcefully", "then", "reportedly", "quickly"]

    private func isCrowdWord(_ token: EventToken) -> Bool {
        (token.lists & (lexicon.rules.crowds | lexicon.rules.protestWords) != 0 && !token.isCapitalised) || Self.crowdNouns.contains(token.lower)
    }

    private static let crowdNouns: Set<String> = ["group", "groups", "hundreds", "dozens", "thousands", "gathering", "voters", "traders"]
}
