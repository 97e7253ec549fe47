/// Calendar arithmetic on day numbers (days since 1970-01-01), which relative dates need:
/// "on Monday", "two days after", "yesterday".
enum DayNumber {
    /// Days since 1970-01-01 of a civil date (proleptic Gregorian; Howard Hinnant's algorithm).
    static func of(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func date(_ days: Int) -> PartialDate? {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 0 = Sunday … 6 = Saturday.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 7 + 4) % 7 }
}

extension PartialDate {
    /// The day number of a date known to the day.
    var dayNumber: Int? {
        guard let month, let day else { return nil }
        return DayNumber.of(year: year, month: month, day: day)
    }

    /// The last day number the date can stand for: its own day, or the end of its month or year.
    var lastDayNumber: Int {
        let m = month ?? 12
        return DayNumber.of(year: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
    }
}
