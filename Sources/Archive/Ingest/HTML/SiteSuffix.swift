import Foundation

/// Removes the site's name that pages append to (or put before) their title: `Headline | Site`.
enum SiteSuffix {
    private static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " // "].map { Array($0.utf8) }

    /// Strips a part naming `site`; with `guess`, also a short last part after ` | ` or ` - `,
    /// which in a `<title>` is the site's name far more often than part of the headline.
    static func strip(_ title: String, site: String?, guess: Bool) -> String {
        let siteKey = site.map(key)
        if let siteKey, siteKey.count >= 3, let cut = cutAtSite(title, siteKey: siteKey) { return cut }
        let bytes = Array(title.utf8)
        return bytes.withUnsafeBufferPointer { text in
            // Separators begin and end with a space, so every cut falls between characters.
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
            for separator in separators {
                guard let last = ByteSearch.lastIndex(of: separator, in: text, before: text.count) else { continue }
                let head = string(0..<last), tail = string((last + separator.count)..<text.count)
                if let siteKey, !siteKey.isEmpty {
                    if mayName(text, (last + separator.count)..<text.count, siteKey), matches(key(tail), siteKey) { return head }
                    if let first = ByteSearch.firstIndex(of: separator, in: text, from: 0), mayName(text, 0..<first, siteKey),
                       matches(key(string(0..<first)), siteKey) {
                        return string((first + separator.count)..<text.count)
                    }
                }
                if guess, Words.count(in: tail) <= 4, Words.count(in: head) >= 3 { return head }
            }
            return title
        }
    }


    /// The headline of a title split into parts, one of them the site's name, by any separator
    /// (` : ` too, which titles use only between parts): the parts before the site's name, or
    /// after a site's name that comes first, the rest, or its last part when one separator repeats
    /// (a trail of sections: `Site » Blog » Headline`). The parts after a site's name are its motto.
    private static func cutAtSite(_ title: String, siteKey: String) -> String? {
        let bytes = Array(title.utf8)
        return bytes.withUnsafeBufferPointer { text -> String? in
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
            var cuts: [(start: Int, end: Int, separator: Int)] = []
            var index = 0
            while index < text.count {
                if text[index] == 0x20, let separator = partSeparators.firstIndex(where: { begins(text, at: index, with: $0) }) {
                    cuts.append((index, index + partSeparators[separator].count, separator))
                    index += partSeparators[separator].count
                } else {
                    index += 1
                }
            }
            guard !cuts.isEmpty else { return nil }
            let starts = [0] + cuts.map(\.end), ends = cuts.map(\.start) + [text.count]
            guard let site = starts.indices.first(where: { part in
                guard mayName(text, starts[part]..<ends[part], siteKey) else { return false }
                let partKey = key(string(starts[part]..<ends[part]))
                return partKey.count >= 3 && matches(partKey, siteKey)
            }) else { return nil }
            let isTrail = cuts.allSatisfy { $0.separator == cuts[0].separator }
            let headline = site > 0 ? string(0..<ends[site - 1]) : string((isTrail ? starts[starts.count - 1] : starts[1])..<text.count)
            // `Site //   » Headline`: a second separator right after the first is left at the edge.
            let trimmed = headline.trimmingCharacters(in: edgeMarks)
            return Words.count(in: trimmed) >= 1 ? trimmed : nil
        }
    }

    private static func begins(_ text: UnsafeBufferPointer<UInt8>, at index: Int, with pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= text.count else { return false }
        for offset in pattern.indices where text[index + offset] != pattern[offset] { return false }
        return true
    }

    private static let edgeMarks = CharacterSet(charactersIn: " |-—–:·»«•/")

    private static let partSeparators = [" | ", " - ", " — ", " – ", " :: ", " : ", " · ", " » ", " « ", " • ", " // ", " / "]
        .map { Array($0.utf8) }

    /// Whether a part of a title can name the site at all, by its first letter or digit: most parts
    /// are the headline, and folding each into a key costs more than the rest of the title's reading.
    private static func mayName(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ siteKey: String) -> Bool {
        guard let first = siteKey.utf8.first, first < 0x80 else { return true }
        for index in range {
            let byte = text[index]
            if byte >= 0x80 { return true }
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) { return byte == first }
            if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 == first }
        }
        return false
    }

    private static func matches(_ part: String, _ site: String) -> Bool {
        !part.isEmpty && (part == site || part.hasPrefix(site) || site.hasPrefix(part))
    }

    /// A name's words run together, for comparing names written with other spaces and marks.
    static func key(_ text: String) -> String { Words.tokens(text).joined() }
}
