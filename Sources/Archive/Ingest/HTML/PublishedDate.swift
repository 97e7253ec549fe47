/// Chooses a page's publication date the way general date extractors (htmldate) do: the page's
/// published-date metadata (JSON-LD, meta tags, marked `<time>`) first (a UTC timestamp yields to
/// another statement of the same instant's local day), then a full date in its URL, a date printed
/// under the headline over a generic `date` meta tag, a date key in a script's
/// JSON, dates printed in the article's header, next to the headline, or in a date-classed element,
/// a date a short script prints; a month in the URL last. Modified dates are never taken, but
/// bound the rest.
enum PublishedDate {
    /// Earlier dates are archive noise (copyright lines, founding years), not news.
    static let earliest = PartialDate(year: 1990, month: 1, day: 1)

    private static let dateKeys = [
        "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "og:published_time", "article.published", "published_time",
        "datecreated", "citation_publication_date", "citation_date",
    ]
    /// Generic keys that many sites fill with when the page was built or last changed: they
    /// yield to the address and to a date printed under the headline.
    private static let weakKeys: Set<String> = ["date", "dc.date", "dcterms.date"]
    private static let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"]

    /// `printed`: the dates printed by the headline (`HeadlineDate.dates`), the first one nearest.
    static func choose(page: PageMetadata, jsonLD: JSONLDArticle?, urls: [String], header: PartialDate?,
                       printed: [PartialDate]) -> PartialDate? {
        let headline = printed.first
        // `01-02-2021` in an English page's address may be month first.
        let english = page.language?.lowercased().hasPrefix("en") ?? false
        let dayFirst = !english
        let addressDates = urls.compactMap { DateText.fromURLPath($0, dayFirst: dayFirst) }
        let urlDays = addressDates.filter { $0.precision == .day }
        let modifiedDates = ([jsonLD?.dateModified] + modifiedKeys.map { page.meta($0) }).compactMap { $0 }.compactMap(DateValue.parse)
            .filter { $0.precision == .day }
        var latest = modifiedDates.max()
        // An address is made when the article is published: a "modified" date before it is wrong.
        if let modified = latest, let address = urlDays.first, modified < address { latest = nil }
        // A post written, edited and then scheduled was modified before it was published: two
        // statements of publication agreeing on a later day outweigh the modified date.
        if let modified = latest {
            let published = [page.meta("article:published_time"), jsonLD?.datePublished, page.itempropDate].compactMap { $0 }
                .compactMap(DateValue.parse).filter { $0.precision == .day && $0 > modified }
            if published.indices.contains(where: { at in published[(at + 1)...].contains(published[at]) }) { latest = nil }
        }
        // A date after the page's last modification is not when it was published; a day's
        // slack covers a time zone between the two.
        func plausible(_ date: PartialDate) -> Bool {
            guard let earliest, date >= earliest else { return false }
            guard let latest, date.precision == .day else { return true }
            return days(date) <= days(latest) + 1
        }
        let urlDates = addressDates.filter(plausible)
        let fullURLDate = urlDates.first { $0.precision == .day }
        // The Open Graph tag first, as htmldate reads meta tags before JSON-LD: where the two differ,
        // JSON-LD more often carries a template's or an earlier version's date.
        let metadata = [page.meta("article:published_time"), jsonLD?.datePublished, jsonLD?.dateCreated] + dateKeys.filter { !weakKeys.contains($0) }.map { page.meta($0) }
        let candidates = metadata + page.times.map { Optional($0) } + [page.itempropDate]
        func firstPlausible(_ values: [String?]) -> (String, PartialDate)? {
            values.lazy.compactMap { $0 }.compactMap { raw in DateValue.parse(raw).map { (raw, $0) } }.first { plausible($0.1) }
        }
        var stated = firstPlausible(candidates)
        // An unmarked `<time>` outside any article is as often the masthead's clock ("today") as
        // the article's date: the date printed by the headline outranks it.
        if stated == nil, let loose = firstPlausible(page.looseTimes) {
            stated = headline.flatMap { $0.precision == .day && plausible($0) ? ("", $0) : nil } ?? loose
        }
        if let (raw, date) = stated {
            // Without a date by the headline, the one in a date-classed element (`published-date`).
            let shown = printed.isEmpty ? [page.visibleDate].compactMap { $0 } : printed
            if !shown.isEmpty, !shown.contains(date) {
                let statements = (metadata + weakKeys.sorted().map { page.meta($0) }).compactMap { $0 }.compactMap(DateValue.parse) + modifiedDates
                if let day = printedStatement(date, printed: shown, statements: statements.filter(plausible)) { return day }
            }
            // A UTC timestamp gives the day in London; a URL date, another stated date, or the
            // date printed by the headline that is the same instant's day in a real time zone is
            // the publisher's own (local) day.
            // The UTC day printed by the headline is the day the publisher gives.
            guard let minutes = DateValue.utcMinutes(raw), headline != date else { return date }
            // Not `<time>` elements: comments and "an hour ago" carry them.
            let local = [fullURLDate] + (metadata + weakKeys.sorted().map { page.meta($0) }).lazy.compactMap { $0 }.filter { DateValue.utcMinutes($0) == nil }
                .compactMap(DateValue.parse).map { Optional($0) } + [headline]
            if let day = local.lazy.compactMap({ $0 }).first(where: { $0.precision == .day && plausible($0) && isLocalDay($0, of: date, minutes: minutes) }) {
                return day
            }
            // A date alone stored as midnight in Central Europe and written in UTC (`T23:00:00Z`).
            if !english, minutes == 23 * 60 || minutes == 22 * 60, DateValue.isWholeMinute(raw) { return next(date) ?? date }
            return date
        }
        // Without metadata, the URL's date (the publisher's local day) is the page's next best
        // statement; dates kept in scripts come after it, being less often about this article.
        if let fullURLDate { return fullURLDate }
        let printed = [header, headline].lazy.compactMap { $0 }.first { $0.precision == .day && plausible($0) }
        if let weak = dateKeys.filter(weakKeys.contains).lazy.compactMap({ page.meta($0) }).compactMap(DateValue.parse).first(where: plausible) {
            return printed ?? weak
        }
        if let raw = ScriptDate.published(in: page.scripts), let date = DateValue.parse(raw), date.precision == .day, plausible(date) {
            return date
        }
        return [header, headline, page.visibleDate].compactMap { $0 }.first(where: plausible)
            ?? ScriptDate.written(in: page.scripts).flatMap { plausible($0) ? $0 : nil } ?? urlDates.first
    }

    /// Whether the page's metadata names more than one day (written alike: the first ten characters
    /// differ): only then are the dates by the headline weighed against it (`printedStatement`).
    static func statementsDiffer(page: PageMetadata, jsonLD: JSONLDArticle?) -> Bool {
        let stated = [page.meta("article:published_time"), jsonLD?.datePublished, jsonLD?.dateCreated, jsonLD?.dateModified]
            + (dateKeys + modifiedKeys).map { page.meta($0) }
        var first: Substring?
        for case let raw? in stated {
            let day = raw.prefix(10)
            if let first, first != day { return true }
            first = first ?? day
        }
        return false
    }

    /// Where the page's statements disagree (a `pubdate` and a `dc.date.issued`, a published and
    /// a modified date), the one printed by the headline is the date its readers are shown; a
    /// chosen date printed there too stands.
    static func printedStatement(_ date: PartialDate, printed: [PartialDate], statements: [PartialDate]) -> PartialDate? {
        guard !printed.contains(date) else { return nil }
        return printed.first { $0.precision == .day && statements.contains($0) }
    }

    /// Inhabited time zones run from UTC−10 to UTC+14: the day before a UTC time before 10:00,
    /// or the day after one from 10:00, is that instant's day somewhere.
    private static func isLocalDay(_ local: PartialDate, of utc: PartialDate, minutes: Int) -> Bool {
        switch days(local) - days(utc) {
        case -1: minutes < 600
        case 1: minutes >= 600
        default: false
        }
    }

    /// The day after `date`.
    private static func next(_ date: PartialDate) -> PartialDate? {
        guard let month = date.month, let day = date.day else { return nil }
        if let same = PartialDate(year: date.year, month: month, day: day + 1) { return same }
        return month == 12 ? PartialDate(year: date.year + 1, month: 1, day: 1) : PartialDate(year: date.year, month: month + 1, day: 1)
    }

    /// Days since 1 March of year 0 (proleptic Gregorian): enough to compare dates a day apart.
    static func days(_ date: PartialDate) -> Int {
        let month = date.month ?? 1, day = date.day ?? 1
        let year = month <= 2 ? date.year - 1 : date.year
        let shifted = (month + 9) % 12
        return 365 * year + year / 4 - year / 100 + year / 400 + (153 * shifted + 2) / 5 + day - 1
    }
}
