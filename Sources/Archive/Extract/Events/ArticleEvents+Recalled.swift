/// What a report sums up, recalls or tells as a habit rather than reports as its news: the dead
/// counted since a war began, an attack of two years ago, what forces routinely do. Each is told in
/// words a report of one event does not use, whatever the event's words.
extension ArticleEvents {
    /// Whether a sentence with drafts tells something other than one event of the report's time.
    /// A sentence that dates its act to a recent day reports it (`On 8 May, villagers protested
    /// over a leader missing since 2012`: the years are the cause's).
    func tellsRecalled(_ sentence: EventSentence, _ dates: [DateMention], _ drafts: [EventDraft]) -> Bool {
        let t = sentence.tokens
        // The words each rule needs, marked when the sentence was read: most sentences have none.
        let marks = sentence.marks
        let years = marks.contains(.span), since = marks.contains(.since), had = marks.contains(.had)
        let habit = !marks.isDisjoint(with: [.habitual, .repeatedly, .every, .basis])
        guard years || since || habit || had, !namesItsDay(dates) else { return false }
        return years && Self.looksBackYears(t) || since && Self.sumsUp(t, drafts) || habit && Self.tellsHabit(t, drafts)
            || had && Self.tellsBeforeTheStory(t, drafts, pastLead: topic.isStory && sentence.index >= 2)
    }

    /// `his friend had joined a protest`, `the guards had beaten prisoners`: the pluperfect of a main
    /// clause at the event's word tells what came before the story's own time (undated: a dated act
    /// is read). Reported speech (`police said they had seized`) and a relative clause (`bandits
    /// who had attacked a village`) use it for the news itself. Past a story's lead (`pastLead`), a
    /// pronoun that opens it with no verb of saying before (`He had been kidnapped with another man`)
    /// goes back in the story's telling like any other subject; in a short report it may be the news.
    static func tellsBeforeTheStory(_ t: [EventToken], _ drafts: [EventDraft], pastLead: Bool = false) -> Bool {
        drafts.contains { draft in
            var k = draft.first - 1, n = 0
            while k >= 0, n < 3, t[k].isWord, !t[k].isCapitalised {
                if t[k].lower == "had" {
                    if k > 0, ["who", "which", "that"].contains(t[k - 1].lower) { return false }
                    if k > 0, !pastLead || k > 1, ["they", "he", "she", "it"].contains(t[k - 1].lower) { return false }
                    return !t[..<k].contains { reportingWords.contains($0.lower) }
                }
                k -= 1; n += 1
            }
            return false
        }
    }

    /// A day (`on 8 May`, `on Monday`, `yesterday`) not long before publication.
    func namesItsDay(_ dates: [DateMention]) -> Bool {
        dates.contains { mention in
            switch mention.form {
            case let .absolute(d) where d.precision == .day: break
            case .monthDay, .weekday, .daysFromPublication, .sameDay, .daysFromAnchor: break
            default: return false
            }
            return !isLongBefore([mention])
        }
    }

    /// `two years ago`, `decades earlier`, `in recent years`, `over the past five years`, `for
    /// decades`, `in recent weeks`, `in the past`, `that year`, `years later`: a time of years
    /// counted back from the story or from a year it named, or a time of years, months or weeks
    /// spread over it.
    static func looksBackYears(_ t: [EventToken]) -> Bool {
        for i in t.indices where t[i].marks.contains(.span) {
            let unit = t[i].lower
            if unit == "past" {
                if isInThePast(t, i) { return true }
                continue
            }
            // `in recent weeks`, `over the past months`: spread over; `two weeks ago`, `six months ago`
            // may still be the story's news (a town retaken, a crime come to light), and `for months`
            // is often a cause's.
            let short = unit == "weeks" || unit == "months"
            if !short, i + 1 < t.count, ["ago", "earlier", "before", "later"].contains(t[i + 1].lower), i > 0, t[i - 1].lower != "the" { return true }
            // `in the last 12 months`, `over the last two years`, as `the past`; `last year` is a date.
            if t[max(0, i - 3)..<i].indices.contains(where: { k in
                t[k].lower == "past" || t[k].lower == "recent" || t[k].lower == "last" && k < i - 1
            }) { return true }
            // `That year`, `the following year`: a year the story has already named, told as what came after it.
            if !short, i >= 1, ["that", "following", "same", "previous"].contains(t[i - 1].lower) { return true }
            if i >= 2, t[i - 1].lower == "the", t[i - 2].lower == "over" { return true }
            if !short, i >= 1, t[i - 1].lower == "for", unit != "year" { return true }
            // `after years of protests`, `despite decades of war`: many over a span, before the news.
            if !short, unit != "year", i >= 1, i + 1 < t.count, t[i + 1].lower == "of",
               ["after", "despite", "following", "amid"].contains(t[i - 1].lower) { return true }
        }
        return false
    }

    /// `have attacked shrines in the past, killing scores`, `In the past, rebels raided …`: `in the
    /// past` with no span after it (`in the past 24 hours` is one) tells earlier times, where it
    /// opens the sentence or goes with a perfect; `the bomber had been questioned in the past` dates
    /// the questioning, not the bombing the sentence reports.
    private static func isInThePast(_ t: [EventToken], _ i: Int) -> Bool {
        guard i >= 2, t[i - 1].lower == "the", t[i - 2].lower == "in" else { return false }
        guard i + 1 == t.count || !t[i + 1].isWord || ["and", "but", "when", "while", "as"].contains(t[i + 1].lower) else { return false }
        return i == 2 || t.contains { $0.marks.contains(.perfect) }
    }

    /// `more than 800 have been killed since 2011`, `have announced ceasefires ten times since the
    /// autumn of 2014`: a count or a run of events over years up to now (a perfect at the event's
    /// word, `since` a year or a war) is no one event. Arrests `since Wednesday` may be one
    /// operation, and are left to be read.
    static func sumsUp(_ t: [EventToken], _ drafts: [EventDraft]) -> Bool {
        guard let since = t.indices.first(where: { t[$0].marks.contains(.since) }) else { return false }
        let span = t[(since + 1)..<min(t.count, since + 5)]
        guard span.contains(where: isYear) || span.first?.lower == "the" && span.dropFirst().first.map({ longSpans.contains($0.lower) }) == true else {
            return false
        }
        return drafts.contains { draft in
            t[max(0, draft.first - 4)..<draft.first].contains { ["has", "have", "been"].contains($0.lower) }
        }
    }

    private static let longSpans: Set<String> = [
        "war", "conflict", "start", "beginning", "outbreak", "uprising", "revolution", "crisis", "invasion", "insurgency", "coup",
    ]

    private static func isYear(_ token: EventToken) -> Bool {
        guard token.isNumber, token.lower.utf8.count == 4, let year = Int(token.lower) else { return false }
        return (1900...2100).contains(year)
    }

    /// `routinely detain`, `are often attacked`, `have been repeatedly violating`, `every year`
    /// beside the event's word: what happens again and again is no one event.
    static func tellsHabit(_ t: [EventToken], _ drafts: [EventDraft]) -> Bool {
        drafts.contains { draft in
            let lo = max(0, draft.first - 4), hi = min(t.count, draft.last + 4)
            for i in lo..<hi {
                let marks = t[i].marks
                if marks.isEmpty { continue }
                if marks.contains(.habitual) { return true }
                // `shot him repeatedly` tells one act; `have been repeatedly violating` a habit.
                if marks.contains(.repeatedly), t[i].lower == "repeatedly" {
                    if i > 0, ["has", "have", "been", "are", "is"].contains(t[i - 1].lower) { return true }
                } else if marks.contains(.repeatedly), draft.first > i, draft.first - i <= 2,
                          t[draft.first].lower.hasSuffix("s") || t[draft.last].lower.hasSuffix("s") {
                    // `repeated protests`, `frequent attacks`, `numerous suicide bombings`: many, told as one habit.
                    return true
                }
                if marks.contains(.every), i + 1 < t.count, ["year", "week", "month", "day", "summer", "winter"].contains(t[i + 1].lower) { return true }
                if marks.contains(.basis), isHabitBasis(t, i) { return true }
            }
            // `were arrested by police … every month`: the clause's time may come at its end.
            return hi < t.count && t[hi...].indices.contains { i in
                t[i].lower == "every" && i + 1 < t.count && ["year", "week", "month", "day", "night"].contains(t[i + 1].lower)
            }
        }
    }

    /// `on a daily basis`, `on a regular basis`.
    private static func isHabitBasis(_ t: [EventToken], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        return ["daily", "regular", "weekly", "nightly", "monthly", "routine", "near-daily", "almost-daily", "continuous", "ongoing"].contains(t[i - 1].lower)
    }

    /// `the kidnapping of three teenagers in June 2014 led to a war`, in a story of 2017: every date
    /// of the sentence three years or more before publication. A report tells as its news what
    /// happened weeks, months, even a year or two before (a trial's news, an attack a feature
    /// returns to), so the span is long.
    func isLongBefore(_ dates: [DateMention]) -> Bool {
        guard let today = published?.dayNumber, !dates.isEmpty else { return false }
        let resolver = DateResolver(published: published)
        return dates.allSatisfy { mention in
            guard let date = resolver.resolve(mention.form, context: lastDate) else { return false }
            return date.lastDayNumber < today - Self.recalledDays
        }
    }

    static let recalledDays = 1095
}
