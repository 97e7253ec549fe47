/// Removes the site's name that pages append to (or put before) their title: `Headline | Site`.
enum SiteSuffix {
    private static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " // "]

    /// Strips a part naming `site`; with `guess`, also a short last part after ` | ` or ` - `,
    /// which in a `<title>` is the site's name far more often than part of the headline.
    static func strip(_ title: String, site: String?, guess: Bool) -> String {
        let siteKey = site.map(key)
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if let siteKey, !siteKey.isEmpty {
                if matches(key(tail), siteKey) { return head }
                if let first = title.range(of: separator), matches(key(String(title[..<first.lowerBound])), siteKey) {
                    return String(title[first.upperBound...])
                }
            }
            if guess, Words.count(in: tail) <= 4, Words.count(in: head) >= 3 { return head }
        }
        return title
    }

    private static func matches(_ part: String, _ site: String) -> Bool {
        !part.isEmpty && (part == site || part.hasPrefix(site) || site.hasPrefix(part))
    }

    private static func key(_ text: String) -> String { Words.tokens(text).joined() }
}
