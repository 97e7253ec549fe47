/// What an article recalls rather than reports: the violence of years before in a story about a
/// trial, a film or an anniversary was reported when it happened, and dating it by the story's
/// publication would put it on the wrong day.
extension ArticleEvents {
    /// Days before publication past which a dated sentence tells background: news reports what
    /// happened within the last few weeks (`last month` is still news, `in July 2015` is not).
    static let backgroundDays = 31
    /// Whether dates a month before publication make background: off (see `tellsBackground`).
    static let readsDates = false

    /// `In July 2015, militants attacked …`, `In December, a truck drove into …` (in a story of
    /// late February), `in the 1990s`: a sentence whose every date lies more than a month before the
    /// publication date, or that names a decade and no recent date. Without a publication date only
    /// the decade tells (an ACLED note or a snippet dates itself).
    func tellsBackground(_ sentence: EventSentence, _ dates: [DateMention]) -> Bool {
        let decade = sentence.tokens.contains(where: Self.isDecade)
        // Dates alone proved too blunt: a report tells an event of months before as news (the seeds, a
        // law passed two days after a strike read a year later), so only a decade tells background here.
        guard decade, Self.readsDates else { return decade }
        // `On 6 May 2022, traders marched …`: a report's or a note's opening date is its own event's,
        // however late it was published (a monthly report, a collection of notes).
        if !decade, let opening = dates.first, opening.first == 1, sentence.tokens.first?.lower == "on" { return false }
        let today = published.flatMap { $0.dayNumber ?? ($0.month != nil ? $0.lastDayNumber : nil) }
        let resolver = DateResolver(published: published)
        var old = decade
        for mention in dates {
            // A date that cannot be placed, or one within the last month, may be the news.
            guard let date = resolver.resolve(mention.form, context: lastDate), let today,
                  date.lastDayNumber < today - Self.backgroundDays else { return false }
            old = true
        }
        return old
    }

    /// `1990s`, `1960s`: a decade, told as a time past (`1000s of herders` counts people).
    static func isDecade(_ token: EventToken) -> Bool {
        guard token.isWord, token.lower.utf8.count == 5 else { return false }
        var year = 0, k = 0
        for b in token.lower.utf8 {
            if k == 4 { return b == UInt8(ascii: "s") && year % 10 == 0 && (1500...2090).contains(year) }
            guard b >= 0x30, b <= 0x39 else { return false }
            year = year * 10 + Int(b - 0x30)
            k += 1
        }
        return false
    }
}
