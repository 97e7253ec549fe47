/// The date an event's own words give it. A sentence may name two times: the day a report, a
/// statement or an inquiry came out (`a report published on Tuesday`, `told reporters on Monday`)
/// and the time of what it tells (`more than 11,000 people were killed or injured in 2016`, `executed
/// between 2011 and 2015`). The date rules weigh the sentence's dates together, so a recent day kept
/// such a sentence as news; a past year set right after the event's word belongs to the event.
extension ArticleEvents {
    /// `killed or injured in 2016`, `executed between 2011 and 2015`, `the killing of protesters
    /// during the 2011 uprising`, `the kidnapping of three teenagers in June 2014`, `opened fire at a
    /// hotel on 26 June 2015`: a year before the publication's (and, with its month, more than two
    /// months before it) within a few words after the event's word, after `in`, `during`, `between`,
    /// `on`, `of` or `from`, dates the event. A protest's cause often follows it with a year of its own
    /// (`protested against the 2015 law`), so a protest takes only `in` or `during` right after it.
    func datesPastYearAfter(_ t: [EventToken], _ draft: EventDraft) -> Bool {
        guard let published else { return false }
        let protest = draft.subType.eventType == .protests
        let reach = protest ? 4 : 10
        var k = draft.last + 1
        while k < t.count, k - draft.last <= reach {
            let token = t[k]
            if token.isNumber, token.lower.utf8.count == 4, let year = Int(token.lower), (1800...2100).contains(year) {
                guard year < published.year, let opener = Self.yearOpener(t, k), !protest || opener == "in" || opener == "during" else { return false }
                // `June 2014`, `26 June 2015`, `June 26, 2015`.
                let month = t[max(0, k - 3)..<k].lazy.compactMap { DateFinder.months[$0.lower] }.last
                guard let month, let now = published.month else { return true }
                return (published.year * 12 + now) - (year * 12 + month) > 2
            }
            // `marking the anniversary of the 2011 uprising`, `the worst since 2014`, `deadlier than in
            // 2015` (not `more than 300`): the year is another's; `on Monday` is the act's own day.
            if token.isWord, Self.otherTimes.contains(token.lower) || DateFinder.weekdays[token.lower] != nil,
               token.lower != "than" || !["more", "less", "fewer", "rather"].contains(t[k - 1].lower) { return false }
            k += 1
        }
        return false
    }

    /// The word that makes a year a date: up to three words back over a day, a month and `the`.
    private static func yearOpener(_ t: [EventToken], _ year: Int) -> String? {
        var k = year - 1
        while k >= 0, year - k <= 4 {
            let w = t[k].lower
            if yearOpeners.contains(w) { return w }
            guard t[k].isNumber || w == "the" || w == "," || DateFinder.months[w] != nil else { return nil }
            k -= 1
        }
        return nil
    }

    private static let yearOpeners: Set<String> = ["in", "during", "between", "on", "of", "from"]

    private static let otherTimes: Set<String> = [
        "since", "anniversary", "marking", "marked", "commemorating", "commemorate", "recalling", "than", "compared", "like",
        "similar", "law", "election", "elections", "vote", "referendum",
    ]
}
