/// Finds the date expressions news uses in a sentence's tokens: explicit dates with or without a
/// year, weekdays, and dates relative to publication or to another event.
enum DateFinder {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    /// Month words that are also ordinary words (`may`, `march`) or abbreviations need a number beside them.
    static let ambiguousMonths: Set<String> = ["may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                                "sept", "oct", "nov", "dec"]
    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    ]

    /// Words a date expression can start with; any other word without a digit is passed over at once.
    static let starters: Set<String> = Set(months.keys).union(weekdays.keys).union(counts.keys).union([
        "yesterday", "today", "tonight", "last", "this", "earlier", "later", "that", "same", "next", "following", "in",
        "since", "during",
    ])

    static func dates(in tokens: [EventToken]) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            let first = tokens[i].lower.utf8.first ?? 0
            guard (first >= 0x30 && first <= 0x39) || EventLexicon.shared.startsDate(tokens[i]) else { i += 1; continue }
            if let mention = date(at: i, tokens) {
                found.append(mention)
                i = mention.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    private static func date(at i: Int, _ t: [EventToken]) -> DateMention? {
        let w = t[i].lower
        func word(_ k: Int) -> String? { k >= 0 && k < t.count ? t[k].lower : nil }
        if let numeric = numericDate(at: i, t) { return numeric }
        if let month = month(at: i, t) {
            var k = i + 1
            if word(k) == "." { k += 1 }
            if let day = day(word(k)) {
                var end = k
                if word(k + 1) == ",", let y = year(word(k + 2)) { end = k + 2; return make(y, month, day, i, end) }
                if let y = year(word(k + 1)) { end = k + 1; return make(y, month, day, i, end) }
                return DateMention(form: .monthDay(month: month, day: day), first: i, last: end)
            }
            if let y = year(word(k)) { return make(y, month, nil, i, k) }
            if t[i].isCapitalised, !ambiguousMonths.contains(w) || isMonthAlone(at: i, t) {
                return DateMention(form: .month(month), first: i, last: i)
            }
            return nil
        }
        if let day = day(w), t[i].isNumber || w.hasSuffix("th") || w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") {
            var k = i + 1
            if word(k) == "of" { k += 1 }
            if let month = month(at: k, t) {
                var end = k
                if word(k + 1) == ",", let y = year(word(k + 2)) { end = k + 2; return make(y, month, day, i, end) }
                if let y = year(word(k + 1)) { end = k + 1; return make(y, month, day, i, end) }
                return DateMention(form: .monthDay(month: month, day: day), first: i, last: end)
            }
        }
        if (w == "in" || w == "since" || w == "during"), let y = year(word(i + 1)), word(i + 2) != "%" {
            return make(y, nil, nil, i + 1, i + 1)
        }
        if let y = yearSpanEnd(w), i > 0, spanPrepositions.contains(t[i - 1].lower) { return make(y, nil, nil, i, i) }
        if t[i].isCapitalised, let weekday = weekdays[w] { return DateMention(form: .weekday(weekday), first: i, last: i) }
        return relative(at: i, t)
    }

    /// Words before a month named alone that make `March` and `May` the months, not the walk or the verb.
    static let monthAloneBefore: Set<String> = ["in", "early", "late", "mid", "since", "during"]
    /// `until late March`, `by early May`: the end of a time to come, not a day of the news.
    static let monthAloneEnding: Set<String> = ["until", "till", "by", "before", "after", "through"]

    /// `in March`, `since early May`; not `Theresa May`, `May's`, `in May Hall`. The noun
    /// `march` after `in` is written in lower case, and a capitalised `May` after `in` whose next
    /// word is a possessive or a capitalised name is the person.
    private static func isMonthAlone(at i: Int, _ t: [EventToken]) -> Bool {
        let w = t[i].lower
        guard w == "march" || w == "may", i > 0, monthAloneBefore.contains(t[i - 1].lower) else { return false }
        if i > 1, monthAloneEnding.contains(t[i - 2].lower) { return false }
        guard i + 1 < t.count else { return true }
        let next = t[i + 1]
        if next.lower == "'s" || next.lower == "’s" || next.lower == "'" || next.lower == "’" { return false }
        return !(next.isCapitalised && w == "may")
    }

    private static func relative(at i: Int, _ t: [EventToken]) -> DateMention? {
        func word(_ k: Int) -> String? { k >= 0 && k < t.count ? t[k].lower : nil }
        let w = t[i].lower
        switch w {
        case "yesterday": return DateMention(form: .daysFromPublication(-1), first: i, last: i)
        case "today", "tonight": return DateMention(form: .daysFromPublication(0), first: i, last: i)
        case "last", "this", "earlier", "later":
            var k = i + 1
            if w == "earlier" || w == "later", word(k) == "this" { k += 1 }
            let next = word(k)
            if w == "last", next == "night" { return DateMention(form: .daysFromPublication(-1), first: i, last: k) }
            if w == "this", next == "morning" || next == "afternoon" || next == "evening" {
                return DateMention(form: .daysFromPublication(0), first: i, last: k)
            }
            if next == "week", w == "last" { return DateMention(form: .lastWeek, first: i, last: k) }
            if next == "month" { return DateMention(form: .monthsFromPublication(w == "last" ? -1 : 0), first: i, last: k) }
            if next == "year" { return DateMention(form: .yearsFromPublication(w == "last" ? -1 : 0), first: i, last: k) }
            return nil
        case "that", "same":
            if word(i + 1) == "day", w == "that" || word(i - 1) == "the" { return DateMention(form: .sameDay, first: i, last: i + 1) }
            return nil
        case "next", "following":
            if word(i + 1) == "day", word(i - 1) == "the" { return DateMention(form: .daysFromAnchor(1), first: i - 1, last: i + 1) }
            return nil
        default:
            // `two days after`, `three days later`, `a day earlier`; `two weeks ago`
            guard let unit = word(i + 1) else { return nil }
            let isAgo = word(i + 2) == "ago"
            guard isAgo || unit == "day" || unit == "days",
                  let n = counts[w] ?? (t[i].isNumber ? Int(w) : nil), n <= 60 else { return nil }
            if isAgo { return ago(n, unit).map { DateMention(form: $0, first: i, last: i + 2) } }
            switch word(i + 2) {
            case "after", "later": return DateMention(form: .daysFromAnchor(n), first: i, last: i + 2)
            case "before", "earlier": return DateMention(form: .daysFromAnchor(-n), first: i, last: i + 2)
            default: return nil
            }
        }
    }

    /// `three days ago` is a day; weeks ago are known to the month, like `last week`.
    private static func ago(_ n: Int, _ unit: String) -> DateMention.Form? {
        switch unit {
        case "day", "days": return .daysFromPublication(-n)
        case "week", "weeks": return .weeksFromPublication(-n)
        case "month", "months": return .monthsFromPublication(-n)
        case "year", "years": return .yearsFromPublication(-n)
        default: return nil
        }
    }

    /// `31/12/2021` (day first unless that cannot be), `2020-01-05`.
    private static func numericDate(at i: Int, _ t: [EventToken]) -> DateMention? {
        let w = t[i].lower
        if w.utf8.count == 10, w.utf8.filter({ $0 == 0x2D }).count == 2 {
            let parts = w.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3, let date = PartialDate(year: parts[0], month: parts[1], day: parts[2]), (1900...2100).contains(parts[0]) {
                return DateMention(form: .absolute(date), first: i, last: i)
            }
        }
        guard t[i].isNumber, i + 4 < t.count, t[i + 1].lower == "/", t[i + 3].lower == "/", t[i + 2].isNumber,
              let y = year(t[i + 4].lower), let a = Int(w), let b = Int(t[i + 2].lower) else { return nil }
        let (day, month) = a > 12 || b <= 12 ? (a, b) : (b, a)
        return make(y, month, day, i, i + 4)
    }

    private static func make(_ year: Int, _ month: Int?, _ day: Int?, _ first: Int, _ last: Int) -> DateMention? {
        guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
        return DateMention(form: .absolute(date), first: first, last: last)
    }

    private static func month(at i: Int, _ t: [EventToken]) -> Int? {
        guard i < t.count, t[i].isCapitalised, let m = months[t[i].lower] else { return nil }
        return m
    }

    private static func day(_ word: String?) -> Int? {
        // Only a word starting with a digit can be a day, however it ends.
        guard var w = word, let first = w.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) { w.removeLast(2) }
        guard w.utf8.count <= 2, let d = Int(w), (1...31).contains(d) else { return nil }
        return d
    }

    /// `in 1975-1979`, `the famine of 1998-99`: years written as one span after a preposition, which
    /// a story looks back on (a war, a regime), dated by the year it ended. Only a later second year
    /// makes a span (`1970-1` is none); `a 2013-2017 agreement` names a thing by its years, no date.
    static let spanPrepositions: Set<String> = ["in", "of", "during", "since", "from", "throughout", "("]

    private static func yearSpanEnd(_ w: String) -> Int? {
        // The length and the dash first: most words reach here for their first byte alone.
        let u = w.utf8, n = u.count
        guard n == 9 || n == 7, u[u.index(u.startIndex, offsetBy: 4)] == 0x2D, let start = year(String(w.prefix(4))),
              let tail = Int(String(w.dropFirst(5))) else { return nil }
        let end = n == 9 ? tail : start / 100 * 100 + tail
        return end > start && (1900...2100).contains(end) ? end : nil
    }

    private static func year(_ word: String?) -> Int? {
        guard let w = word, w.utf8.count == 4, let y = Int(w), (1900...2100).contains(y) else { return nil }
        return y
    }
}
