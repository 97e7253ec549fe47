/// What a story has to tell up to now: `At least 500 soldiers have also been killed`, `Women have been
/// raped`, `Russia has conducted air strikes in support of the government`, `Clashes have stirred fears`.
/// Past the lead, a present perfect at the event's word with no day named sums up, or tells what is
/// known, not one act of the story's days: a report of a new act dates it (`on Tuesday`) or leads.
extension ArticleEvents {
    /// Past a story's lead, in a sentence that names no recent day.
    func isUndatedPastLead(_ sentence: EventSentence, _ dates: [DateMention]) -> Bool {
        topic.isStory && sentence.index >= 2 && !namesItsDay(dates)
    }

    /// `have been killed`, `has conducted air strikes`, `have also been raped`: `has`/`have` among the
    /// four words before the event's word; or right after it (`clashes have erupted`). `have to attack`
    /// is an obligation, not a perfect (and no act either way).
    static func isToldInPerfect(_ t: [EventToken], _ draft: EventDraft) -> Bool {
        var k = draft.first - 1, n = 0
        while k >= 0, n < 4, t[k].isWord {
            if t[k].marks.contains(.perfect) { return !isObligation(t, k) }
            k -= 1; n += 1
        }
        let after = draft.last + 1
        return after < t.count && t[after].marks.contains(.perfect) && !isObligation(t, after)
    }

    /// `have shelled the villages since Monday`: a run of acts of the story's own days (`since` drops
    /// the day from the sentence's dates, as a bound rather than a date).
    static func sinceItsDays(_ t: [EventToken]) -> Bool {
        t.indices.contains { i in
            t[i].marks.contains(.since) && i + 1 < t.count && recentDays.contains(t[i + 1].lower)
        }
    }

    private static let recentDays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "dawn", "morning", "overnight",
    ]

    private static func isObligation(_ t: [EventToken], _ k: Int) -> Bool {
        k + 1 < t.count && t[k + 1].lower == "to"
    }
}
