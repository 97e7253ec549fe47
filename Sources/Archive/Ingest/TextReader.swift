import Foundation

/// Reads a plain-text article — typed, reposted or copied from a web page — into an `Article`:
/// header metadata, headline, the article's own paragraphs without the page around them, and tags.
public enum TextReader {
    /// Finds the article in decoded text; throws when there is no article text at all.
    public static func read(_ decoded: DecodedText, path: String = "-") throws -> Article {
        let lines = decoded.text.split(separator: "\n", omittingEmptySubsequences: false).map(TextLine.init)
        let dropped = tickerLines(lines)
        guard let firstProse = firstProseIndex(lines, dropped: dropped).map({ leadStart(lines, prose: $0, dropped: dropped) }) else {
            throw ArchiveError.unreadableFile(path: path, reason: "no article text found (empty, or no line that reads as prose)")
        }
        var header = Header()
        var lastMeta: Int?
        for index in 0..<firstProse where !dropped[index] {
            guard let meta = MetadataLine.parse(lines[index]) else { continue }
            header.take(meta)
            lastMeta = index
        }
        let titleIndex = header.title == nil ? headlineIndex(lines, before: firstProse, dropped: dropped) : nil
        if let titleIndex { header.title = lines[titleIndex].text }
        let anchor = max(titleIndex ?? -1, lastMeta ?? -1)
        var body = BodyBuilder(lines: lines, dropped: dropped)
        body.collect(from: anchor >= 0 ? anchor + 1 : firstProse)
        guard !body.paragraphs.isEmpty else {
            throw ArchiveError.unreadableFile(path: path, reason: "no article text found after removing page furniture")
        }
        // The labelled address first: its site and upload path speak for this article.
        let urls = (header.url.map { [$0] } ?? []) + lines.filter(\.isURL).map(\.text)
        return Article(
            title: header.title,
            published: header.date ?? urls.lazy.compactMap { DateText.fromURLPath($0) }.first,
            source: header.source ?? header.byline.flatMap(outletNamed) ?? urls.lazy.compactMap(Outlets.outlet(forURL:)).first,
            byline: header.byline,
            url: header.url,
            tags: body.tags,
            body: body.text(hardWrapped: isHardWrapped(lines)),
            encoding: decoded.encoding
        )
    }

    /// Metadata gathered from the lines before the article starts; the first of each kind wins.
    private struct Header {
        var title: String?
        var date: PartialDate?
        var source: String?
        var byline: String?
        var url: String?

        mutating func take(_ meta: MetadataLine) {
            switch meta {
            case let .dateHeader(date, rest):
                self.date = self.date ?? date
                if !rest.isEmpty, let inner = MetadataLine.parse(TextLine(Substring(rest))) {
                    take(inner)
                } else if !rest.isEmpty, title == nil {
                    title = rest
                }
            case let .posted(date, _): self.date = self.date ?? date
            case let .source(name): source = source ?? name
            case let .byline(name): byline = byline ?? name
            case let .date(date): self.date = self.date ?? date
            case let .title(text): title = title ?? text
            case let .url(address): url = url ?? address
            case .counter: break
            }
        }
    }

    /// Lines of tickers: from a `BREAKING` marker to the next blank line.
    private static func tickerLines(_ lines: [TextLine]) -> [Bool] {
        var dropped = [Bool](repeating: false, count: lines.count)
        var index = 0
        while index < lines.count {
            if Furniture.kind(of: lines[index]) == .ticker {
                while index < lines.count, !lines[index].isBlank {
                    dropped[index] = true
                    index += 1
                }
            }
            index += 1
        }
        return dropped
    }

    private static func firstProseIndex(_ lines: [TextLine], dropped: [Bool]) -> Int? {
        if let index = lines.indices.first(where: { !dropped[$0] && lines[$0].isProse && MetadataLine.parse(lines[$0]) == nil }) {
            return index
        }
        // A short article may have no long sentence: take its first plain line of text instead.
        return lines.indices.first {
            !dropped[$0] && !lines[$0].isBlank && !lines[$0].isBullet && lines[$0].wordCount >= 3
                && MetadataLine.parse(lines[$0]) == nil && Furniture.kind(of: lines[$0]) == nil && !lines[$0].isURL
        }
    }

    /// A short first paragraph (`Jamie Costin should be paralysed.`) comes before the first long one:
    /// walk back over complete short sentences so the article does not lose its lead.
    private static func leadStart(_ lines: [TextLine], prose: Int, dropped: [Bool]) -> Int {
        var start = prose
        var index = prose - 1
        while index >= 0 {
            let line = lines[index]
            if line.isBlank { index -= 1; continue }
            // Headlines may end in `?`, `!` or `...`; a lead sentence ends in a plain full stop.
            let parenthetical = line.text.hasPrefix("(") && line.text.hasSuffix(")")
            let statement = line.text.last == "." && !line.text.hasSuffix("...")
            guard !dropped[index], !line.isBullet, line.wordCount >= 2, statement || parenthetical,
                  !line.isURL, Furniture.kind(of: line) == nil, MetadataLine.parse(line) == nil else { break }
            start = index
            index -= 1
        }
        return start
    }

    /// The headline: the nearest line above the article start that is not metadata or furniture.
    /// A long sentence-case line there is more likely the lead paragraph left without its full
    /// stop; then a headline-like line above it is the headline.
    private static func headlineIndex(_ lines: [TextLine], before start: Int, dropped: [Bool]) -> Int? {
        guard let nearest = previousContentLine(lines, before: start, dropped: dropped), lines[nearest].isTitleLike else { return nil }
        if lines[nearest].wordCount >= 10, !lines[nearest].isTitleCase,
           let above = previousContentLine(lines, before: nearest, dropped: dropped), lines[above].isTitleLike {
            return above
        }
        return nearest
    }

    private static func previousContentLine(_ lines: [TextLine], before start: Int, dropped: [Bool]) -> Int? {
        var index = start - 1
        while index >= 0 {
            if !dropped[index], !lines[index].isBlank, MetadataLine.parse(lines[index]) == nil { return index }
            index -= 1
        }
        return nil
    }

    private static func outletNamed(_ byline: String) -> String? {
        if let name = Outlets.outlet(named: byline) { return name }
        for suffix in [" Net", " English", " Online", " Staff", " News Desk", " Newsroom"] where byline.hasSuffix(suffix) {
            if let name = Outlets.outlet(named: String(byline.dropLast(suffix.count))) { return name }
        }
        return nil
    }

    /// Text wrapped at a fixed width (e-mail, old archives) has paragraphs running over several lines.
    private static func isHardWrapped(_ lines: [TextLine]) -> Bool {
        var continued = 0, total = 0
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isBlank {
            total += 1
            if !next.isBlank && (45...80).contains(line.text.count) && !line.isBullet { continued += 1 }
        }
        return total >= 4 && continued * 2 > total
    }
}
