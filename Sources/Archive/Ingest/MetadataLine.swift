import Foundation

/// A header line that states something about the article rather than being part of it.
enum MetadataLine: Equatable {
    /// `date 2022-01-01 Headline…`: the reposting tools' header, with the headline after the date.
    case dateHeader(PartialDate, rest: String)
    case posted(PartialDate?, by: String?)
    case source(String)
    case byline(String)
    case date(PartialDate)
    /// `Title: …`, `URL: …`: the labelled header scrapers and copy tools write above the text.
    case title(String)
    case url(String)
    /// `1 Shares`, `2 Min Read`, `Updated …`: counters with nothing to keep.
    case counter

    static func parse(_ line: TextLine) -> MetadataLine? {
        let text = line.text
        guard !text.isEmpty, text.utf8.count <= 200 else { return nil }
        let lower = String(text.prefix(16)).lowercased()
        if lower.hasPrefix("date "), let header = dateHeader(text) { return header }
        if lower.hasPrefix("posted on") || lower.hasPrefix("posted:") || lower.hasPrefix("published on") || lower.hasPrefix("published:") {
            return posted(text)
        }
        for prefix in ["net source:", "source:", "sources:"] where lower.hasPrefix(prefix) {
            let value = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return value.isEmpty || Words.count(in: value) > 8 ? nil : .source(value)
        }
        if let labelled = labelled(text, lower) { return labelled }
        if lower.hasPrefix("by "), let name = byline(String(text.dropFirst(3))) { return .byline(name) }
        if text.utf8.count <= 24, isCounter(text.lowercased()) { return .counter }
        if line.wordCount <= 9, let date = DateText.parseWhole(stripLabel(text)) { return .date(date) }
        return nil
    }

    /// A labelled title, address or author line; nil when the label's value is not of its kind
    /// (`Title: none`, a link that is no address), which leaves the line to the other readers.
    private static func labelled(_ text: String, _ lower: String) -> MetadataLine? {
        guard let colon = lower.firstIndex(of: ":") else { return nil }
        let label = lower[..<colon]
        guard labels.contains(String(label)) else { return nil }
        // The labels are ASCII, so their length in the lowercased prefix is their length in the line.
        let value = Words.stripped(String(decoding: text.utf8.dropFirst(label.utf8.count + 1), as: UTF8.self))
        guard !value.isEmpty else { return nil }
        switch label {
        case "title", "headline":
            return Words.count(in: value) <= 40 && value.lowercased() != "none" ? .title(value) : nil
        case "url", "link", "source url", "permalink":
            return TextLine(Substring(value)).isURL ? .url(value) : nil
        case "author", "authors", "byline", "writer":
            return byline(value).map { .byline($0) }
        default:
            return nil
        }
    }

    private static let labels: Set<String> = ["title", "headline", "url", "link", "source url", "permalink",
                                              "author", "authors", "byline", "writer"]

    private static func dateHeader(_ text: String) -> MetadataLine? {
        let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, let date = DateText.isoDate(String(parts[1])) else { return nil }
        return .dateHeader(date, rest: parts.count > 2 ? String(parts[2]).trimmingCharacters(in: .whitespaces) : "")
    }

    /// `Posted on January 1, 2022 by someone` (either part may be missing).
    private static func posted(_ text: String) -> MetadataLine {
        var rest = text
        for label in ["Posted on", "Posted:", "Published on", "Published:"] {
            if let range = rest.range(of: label, options: [.caseInsensitive, .anchored]) {
                rest = String(rest[range.upperBound...])
                break
            }
        }
        var author: String?
        if let by = rest.range(of: " by ", options: .caseInsensitive) ?? (rest.lowercased().hasPrefix("by ") ? rest.range(of: "by ", options: .caseInsensitive) : nil) {
            author = rest[by.upperBound...].trimmingCharacters(in: .whitespaces)
            rest = String(rest[..<by.lowerBound])
        }
        let date = DateText.parseWhole(rest.trimmingCharacters(in: .whitespaces))
        return .posted(date, by: author?.isEmpty == false ? author : nil)
    }

    /// The name after `By`: a few capitalised words (`Staff, Agencies`, `Al Mayadeen Net`).
    private static func byline(_ rest: String) -> String? {
        let name = rest.trimmingCharacters(in: .whitespaces)
        guard let first = name.first, first.isUppercase, !name.hasSuffix("."),
              Words.count(in: name) <= 8, name.count <= 80 else { return nil }
        // "By the end of the year" is a sentence, not a byline: most words of a name are capitalised.
        let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
        let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }
        guard capitalised.count * 2 > words.count else { return nil }
        return name
    }

    private static func isCounter(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        let first = words[0].filter { $0 != "," && $0 != "." && $0 != "k" }
        guard !first.isEmpty, first.allSatisfy(\.isNumber) else { return false }
        let rest = words.dropFirst().joined(separator: " ")
        return ["share", "shares", "min read", "mins read", "minute read", "minutes read", "views", "comments", "comment"].contains(rest)
    }

    private static func stripLabel(_ text: String) -> String {
        for label in ["Updated:", "Updated", "Published", "Date:", "Last updated"] where Words.hasPrefixIgnoringCase(text, label) {
            return String(decoding: text.utf8.dropFirst(label.utf8.count), as: UTF8.self)
        }
        return text
    }
}
