/// Turns a date expression into a date, given the article's publication date and the date the
/// text spoke of last. Without a publication date a relative date stays unresolved: never a guess.
struct DateResolver {
    let published: PartialDate?

    func resolve(_ form: DateMention.Form, context: PartialDate?) -> PartialDate? {
        switch form {
        case let .absolute(date):
            return date
        case let .monthDay(month, day):
            // The latest such day that does not pass publication; without one, the year the text spoke of last.
            guard let published else { return context.flatMap { PartialDate(year: $0.year, month: month, day: day) } }
            let limit = published.lastDayNumber
            for year in [published.year, published.year - 1] {
                if let date = PartialDate(year: year, month: month, day: day), let n = date.dayNumber, n <= limit { return date }
            }
            return nil
        case let .month(month):
            guard let published else { return nil }
            let year = month <= (published.month ?? 12) ? published.year : published.year - 1
            return PartialDate(year: year, month: month)
        case let .weekday(weekday):
            guard let today = published?.dayNumber else { return nil }
            // A weekday one day after the publication date is that day: timestamps are often UTC
            // while the text speaks the local time.
            if DayNumber.weekday(today + 1) == weekday { return DayNumber.date(today + 1) }
            let back = (DayNumber.weekday(today) - weekday + 7) % 7
            return DayNumber.date(today - back)
        case let .daysFromPublication(n):
            guard let today = published?.dayNumber else { return nil }
            return DayNumber.date(today + n)
        case let .monthsFromPublication(n):
            guard let published, let month = published.month else { return nil }
            let index = published.year * 12 + (month - 1) + n
            return PartialDate(year: index / 12, month: index % 12 + 1)
        case .lastWeek:
            return weeksBack(1)
        case let .weeksFromPublication(n):
            return weeksBack(-n)
        case let .yearsFromPublication(n):
            guard let published else { return nil }
            return PartialDate(year: published.year + n)
        case .sameDay:
            return context
        case let .daysFromAnchor(n):
            guard let anchor = context?.dayNumber else { return nil }
            return DayNumber.date(anchor + n)
        }
    }

    private func weeksBack(_ n: Int) -> PartialDate? {
        guard let today = published?.dayNumber, let date = DayNumber.date(today - 7 * n), let month = date.month else { return nil }
        return PartialDate(year: date.year, month: month)
    }
}
