/// What an article recalls rather than reports: the violence of years before in a story about a
/// trial, a film or an anniversary was reported when it happened, and dating it by the story's
/// publication would put it on the wrong day.
extension ArticleEvents {
    /// `in the 1990s, militants attacked …`: a sentence that names a decade tells background.
    /// Dates alone proved too blunt (a sentence dated a month or more before publication): a
    /// report tells an event of months before as news (the seeds; a law passed two days after a
    /// strike, read a year later), and telling a report's own news from what it recalls needs more
    /// than its dates.
    func tellsBackground(_ sentence: EventSentence) -> Bool {
        let t = sentence.tokens
        // Most tokens are passed over on their length: `1990s` has five bytes, `19th` four, `19th-century` twelve.
        for i in t.indices {
            switch t[i].lower.utf8.count {
            case 5: if Self.isDecade(t[i]) { return true }
            case 4, 12: if Self.isCentury(t, i) { return true }
            default: continue
            }
        }
        return false
    }

    /// `the 19th century`, `19th-century`: a century, told as a time past.
    static func isCentury(_ t: [EventToken], _ i: Int) -> Bool {
        let w = t[i].lower.utf8
        guard let c = w.first, c >= 0x31, c <= 0x32 else { return false }
        if w.count == 12 { return t[i].lower.hasSuffix("-century") && ordinal(t[i].lower.prefix(4)) }
        return w.count == 4 && i + 1 < t.count && t[i + 1].lower == "century" && ordinal(Substring(t[i].lower))
    }

    /// `19th`, `18th`, `21st`.
    private static func ordinal(_ s: Substring) -> Bool {
        ["11th", "12th", "13th", "14th", "15th", "16th", "17th", "18th", "19th", "20th"].contains(s)
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
