/// A date expression found in a sentence, before it is resolved against the publication date.
struct DateMention: Sendable, Equatable {
    enum Form: Sendable, Equatable {
        /// `January 5, 2020`, `5 January 2020`, `31/12/2021`, `2020-01-05`, `January 2020`, `in 2003`.
        case absolute(PartialDate)
        /// `July 26`, `28 December`, `Jan. 3`: the year is the latest that does not pass publication.
        case monthDay(month: Int, day: Int)
        /// `in January`.
        case month(Int)
        /// `on Monday`: 0 = Sunday.
        case weekday(Int)
        /// `yesterday` (-1), `today` (0), `last night` (-1), `three days ago` (-3).
        case daysFromPublication(Int)
        /// `this month` (0), `last month` (-1), `earlier this month`, `two months ago` (-2).
        case monthsFromPublication(Int)
        /// `last week`: known only to the month.
        case lastWeek
        /// `two weeks ago` (-2): known only to the month.
        case weeksFromPublication(Int)
        /// `this year` (0), `last year` (-1), `ten years ago` (-10).
        case yearsFromPublication(Int)
        /// `that day`, `the same day`: the date the text spoke of last.
        case sameDay
        /// `two days after`, `the next day` (+), `a day earlier` (-): counted from another event.
        case daysFromAnchor(Int)
    }

    let form: Form
    /// Token range in its sentence.
    let first: Int
    let last: Int
}
