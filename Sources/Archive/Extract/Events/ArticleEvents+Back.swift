/// What a story tells again of an event it has told, and when it tells what came before its days:
/// `died in the attack`, `Tuesday's blast` name the story's event, not a new one; `last summer`,
/// `in the autumn` (in a spring story) and `Recently,` set a sentence before the story's own days.
extension ArticleEvents {
    /// `At least 70 people died in the attack`, `Tuesday's attack could be an insider attack`, `After
    /// Thursday's explosion, staff were evacuated`: an event's word after `the` or `this` (over two
    /// describing words: `the deadly suicide attack`), or after a day's possessive, names an event
    /// already told, where the sentence tells no other act in words of its own (`fighters were killed in
    /// raids in response to the attack` reports the raids; the dead and wounded are the named event's).
    /// Verbs (`-ed`) are acts, not names; `the second attack`, `the latest`, `a similar`, `the previous`
    /// name another.
    static func pointsBack(_ t: [EventToken], _ draft: EventDraft, _ hits: [TriggerHit] = []) -> Bool {
        guard draft.first > 0, draft.first < t.count, namesAsTold(t, draft.first) else { return false }
        return !hits.contains { hit in
            guard hit.first < draft.first || hit.first > draft.last, !hit.isReference, case let .subType(sub) = hit.trigger.meaning,
                  sub.eventType != .strategicDevelopments, !harmWords.contains(t[hit.first].lower) else { return false }
            return !namesAsTold(t, hit.first)
        }
    }

    private static func namesAsTold(_ t: [EventToken], _ first: Int) -> Bool {
        guard first > 0, !t[first].lower.hasSuffix("ed") else { return false }
        var k = first - 1, skipped = 0
        while k >= 0, skipped <= 2 {
            let token = t[k], w = token.lower
            if w == "the" || w == "this" { return true }
            if w.utf8.count >= 7, dayPossessives.contains(w) { return true }
            guard token.isWord, !token.isCapitalised, !token.isNumber, !otherEvents.contains(w) else { return false }
            k -= 1
            skipped += 1
        }
        return false
    }

    /// What an event did to people: told of the named event, not a new act.
    private static let harmWords: Set<String> = [
        "killed", "killing", "died", "dead", "death", "deaths", "wounded", "wounding", "injured", "injuring", "hurt", "casualties",
    ]

    private static let dayPossessives: Set<String> = [
        "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "yesterday's", "today's",
        "sunday’s", "monday’s", "tuesday’s", "wednesday’s", "thursday’s", "friday’s", "saturday’s", "yesterday’s",
    ]

    /// Words that set an event beside the one told: another, one before it, or one of a series.
    static let otherEvents: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "latest", "new", "another", "other", "fresh", "separate", "similar",
        "previous", "earlier", "last", "next", "recent", "further", "subsequent", "renewed", "same-day", "twin", "double",
        "two", "three", "several", "many", "more", "a", "an", "of", "in", "on", "at", "by", "and", "or", "to", "from", "with",
    ]

    /// `last summer`, `In the summer, a car bomb …` in a story of February: a season named before the
    /// story's own, and no recent day, tells what came before it; its index, and whether it is a
    /// possessive (`last summer's coup`), which dates only the event it names. `in the summer` is the
    /// story's season when it is published in it; a year after it (`in the summer of 2016`) is read by
    /// the date rules.
    func pastSeason(_ t: [EventToken]) -> (index: Int, possessive: Bool)? {
        guard let month = published?.month else { return nil }
        for i in t.indices {
            let n = t[i].lower.utf8.count
            guard n == 6 || n == 4 || n == 8, let months = Self.seasons[t[i].lower] else { continue }
            let possessive = n == 8
            // `the worst since last summer`, `more than last summer`: measured against it, not told of it.
            if i >= 2, Self.measures.contains(t[i - 2].lower) { continue }
            if i >= 1, t[i - 1].lower == "last" { return (i, possessive) }
            guard i >= 2, t[i - 1].lower == "the", ["in", "during", "over"].contains(t[i - 2].lower) else { continue }
            if i >= 3, Self.measures.contains(t[i - 3].lower) { continue }
            if i + 1 < t.count, t[i + 1].lower == "of" { continue }
            if !months.contains(month) { return (i, possessive) }
        }
        return nil
    }

    private static let measures: Set<String> = ["since", "than", "as", "until", "till"]

    /// The months of each season, as news in the northern half of the world counts them.
    private static let seasons: [String: Set<Int>] = [
        "summer": [6, 7, 8], "autumn": [9, 10, 11], "fall": [9, 10, 11], "winter": [12, 1, 2], "spring": [3, 4, 5],
        "summer's": [6, 7, 8], "autumn's": [9, 10, 11], "winter's": [12, 1, 2], "spring's": [3, 4, 5],
    ]

    /// `Recently, some nurses protested …`, `More recently, rebels seized …`, `Until recently, the
    /// army held …`: a sentence opened by `recently` tells what came before the story's news.
    static func opensRecently(_ t: [EventToken]) -> Bool {
        guard t.count > 2 else { return false }
        let k = ["more", "most", "until"].contains(t[0].lower) ? 1 : 0
        return t[k].lower == "recently" && t[k + 1].lower == ","
    }
}
