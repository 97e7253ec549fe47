/// What a story looks back on from its own days: an event of weeks before, told past the lead with
/// its day (`On January 10, a similar incident took place`), `last week` or `earlier this year`, or
/// called `recent`. A story tells its news in its headline and first sentence and by the days of its
/// week; what it dates further back, or calls recent, is what it recalls.
extension ArticleEvents {
    /// Every date of a sentence past a story's lead lies more than a week before publication: a day
    /// of weeks before, `last week`, `earlier this year`. Weekdays are of the story's week, `earlier
    /// this month` is the story's own time, and `two weeks ago` may be the news of a crime come to
    /// light, so none of them counts.
    /// An undated or vaguely dated publication, and notes and snippets, are read as before.
    func isWeeksBefore(_ dates: [DateMention], _ sentence: EventSentence) -> Bool {
        guard topic.isStory, sentence.index >= 2, !dates.isEmpty, let published, published.precision == .day,
              let today = published.dayNumber else { return false }
        let resolver = DateResolver(published: published)
        let t = sentence.tokens
        return dates.allSatisfy { mention in
            switch mention.form {
            case .lastWeek: return true
            case .yearsFromPublication(0): return t[mention.first].lower == "earlier"
            case let .absolute(d) where d.precision == .day: break
            case .monthDay:
                // `for the April 16 referendum` in March is read as last April: a day named without its
                // year half a year back or more may be one to come.
                guard let day = resolver.resolve(mention.form, context: nil)?.dayNumber else { return false }
                return day < today - Self.storyWeek && day > today - Self.halfYear
            default: return false
            }
            guard let day = resolver.resolve(mention.form, context: nil)?.dayNumber else { return false }
            return day < today - Self.storyWeek
        }
    }

    static let halfYear = 183

    /// The days a report's own news may lie before its publication.
    static let storyWeek = 7

    /// `the recent attack on a mosque`, `Recently, some nurses protested`, `most recently in the
    /// atrocity committed in Berlin`: an event called recent is one the story looks back on, not the
    /// news it reports. `in recent days` spreads the news over the days just gone, and `as recent as
    /// Friday` names its day: both are read.
    static func isCalledRecent(_ t: [EventToken], _ first: Int) -> Bool {
        for k in max(0, first - 4)..<first where t[k].marks.contains(.recent) {
            if k + 1 < t.count {
                let next = t[k + 1].lower
                if next == "days" || next == "as" || next == "hours" { continue }
            }
            return true
        }
        return false
    }
}
