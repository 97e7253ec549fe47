/// Removes the site's name that pages append to (or put before) their title: `Headline | Site`.
enum SiteSuffix {
    private static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " // "].map { Array($0.utf8) }

    /// Strips a part naming `site`; with `guess`, also a short last part after ` | ` or ` - `,
    /// which in a `<title>` is the site's name far more often than part of the headline.
    static func strip(_ title: String, site: String?, guess: Bool) -> String {
        let siteKey = site.map(key)
        let bytes = Array(title.utf8)
        return bytes.withUnsafeBufferPointer { text in
            // Separators begin and end with a space, so every cut falls between characters.
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
            for separator in separators {
                guard let last = ByteSearch.lastIndex(of: separator, in: text, before: text.count) else { continue }
                let head = string(0..<last), tail = string((last + separator.count)..<text.count)
                if let siteKey, !siteKey.isEmpty {
                    if matches(key(tail), siteKey) { return head }
                    if let first = ByteSearch.firstIndex(of: separator, in: text, from: 0), matches(key(string(0..<first)), siteKey) {
                        return string((first + separator.count)..<text.count)
                    }
                }
                if guess, Words.count(in: tail) <= 4, Words.count(in: head) >= 3 { return head }
            }
            return title
        }
    }

    private static func matches(_ part: String, _ site: String) -> Bool {
        !part.isEmpty && (part == site || part.hasPrefix(site) || site.hasPrefix(part))
    }

    private static func key(_ text: String) -> String { Words.tokens(text).joined() }
}
