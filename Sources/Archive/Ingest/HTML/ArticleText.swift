/// The article's rendered blocks after the same furniture rules the plain-text reader applies:
/// end markers, share and menu lines, captions, counters, and header lines before the lead.
struct ArticleText {
    private(set) var paragraphs: [String] = []
    /// A `By …` line found above the lead, kept for the metadata.
    private(set) var byline: String?
    /// A date line found above the lead.
    private(set) var date: PartialDate?
    /// The text is the whole of the page's one post (`ArticleFallback.singlePost`): an article
    /// however short.
    var isWholePost = false

    init(_ blocks: [TextBlock], title: String?) {
        var sawProse = false
        let titleKey = title.map(Self.key)
        // The index of the last paragraph when it is a heading: a heading followed by another, or by
        // nothing, heads a section the cleaner removed (a teaser grid's `More on this`).
        var heading: Int?
        blocks: for block in blocks {
            if block.kind == .list {
                let items = block.text.split(separator: "\n").filter { item in
                    let line = TextLine(item)
                    return Furniture.kind(of: line) == nil && !Furniture.isCaption(line) && !line.text.isEmpty
                }
                if !items.isEmpty { paragraphs.append(items.joined(separator: "\n")) }
                continue
            }
            // Furniture, captions and header lines are short; a long paragraph is the article's own.
            if block.text.utf8.count > 400 {
                if paragraphs.last != block.text { paragraphs.append(block.text) }
                sawProse = true
                continue
            }
            let line = TextLine(Substring(block.text))
            guard !line.isBlank else { continue }
            switch Furniture.kind(of: line) {
            case .end? where sawProse: break blocks
            case .some: continue
            case nil: break
            }
            if Furniture.isCaption(line) { continue }
            if let meta = MetadataLine.parse(line) {
                if meta == .counter { continue }
                if !sawProse {
                    take(meta)
                    continue
                }
            }
            if !sawProse, let titleKey, Self.key(line.text) == titleKey { continue }
            if paragraphs.last == block.text { continue }
            sawProse = sawProse || Self.isProse(line)
            if block.kind == .heading, sawProse, let last = heading, last == paragraphs.count - 1 { paragraphs.removeLast() }
            paragraphs.append(block.text)
            heading = block.kind == .heading ? paragraphs.count - 1 : nil
        }
        if sawProse, let last = heading, last == paragraphs.count - 1 { paragraphs.removeLast() }
    }

    private mutating func take(_ meta: MetadataLine) {
        switch meta {
        case let .byline(name): byline = byline ?? name
        case let .posted(date, by):
            self.date = self.date ?? date
            byline = byline ?? by
        case let .date(date), let .dateHeader(date, _): self.date = self.date ?? date
        case .source, .counter, .title, .url: break
        }
    }

    /// Puts the page's printed lead (`LeadParagraph`) first, unless the text already has it.
    /// The whole lead is looked for: a lead that opens with the body's first sentence and goes on
    /// otherwise says more than the body does.
    mutating func prependLead(_ lead: String, title: String?) {
        // The lead's opening first, as the cheaper test that rules most paragraphs out.
        let probe = String(lead.prefix(80))
        guard !paragraphs.contains(where: { Self.mayContain($0, probe) && $0.contains(probe) && $0.contains(lead) }) else { return }
        if let title, Self.key(title) == Self.key(lead) { return }
        paragraphs.insert(lead, at: 0)
    }

    /// False only where Foundation's `contains` cannot find `probe` in `text`, for a fraction of
    /// its cost (it copies the paragraph to UTF-16): an ASCII probe matches only its own bytes, or
    /// a character canonically equal to an ASCII one (U+037E `;`, U+1FEF `` ` ``, U+212A `K`).
    static func mayContain(_ text: String, _ probe: String) -> Bool {
        let needle = Array(probe.utf8)
        guard needle.allSatisfy({ $0 < 0x80 }) else { return true }
        var text = text
        return text.withUTF8 { hay in
            ByteSearch.firstIndex(of: needle, in: hay, from: 0) != nil
                || asciiEquivalents.contains { ByteSearch.firstIndex(of: $0, in: hay, from: 0) != nil }
        }
    }

    /// The UTF-8 of the only characters whose canonical decomposition is ASCII.
    private static let asciiEquivalents: [[UInt8]] = [[0xCD, 0xBE], [0xE1, 0xBF, 0xAF], [0xE2, 0x84, 0xAA]]

    var text: String { paragraphs.joined(separator: "\n\n") }
    var length: Int { paragraphs.reduce(0) { $0 + $1.count } }

    private static func key(_ text: String) -> String { Words.tokens(text).joined(separator: " ") }
}

extension ArticleText {
    /// Enough running text to be an article rather than a list of links or an empty page.
    var isArticle: Bool {
        if isWholePost { return !paragraphs.isEmpty }
        guard length >= 150 || Words.count(in: text) >= 25 else { return false }
        return paragraphs.contains { paragraph in
            // A list (of headlines, of links) is prose only where one of its items is.
            guard !paragraph.hasPrefix("• ") else { return paragraph.split(separator: "\n").contains { Self.isProse(TextLine($0)) } }
            return paragraph.utf8.count > 400 || Self.isProse(TextLine(Substring(paragraph)))
        }
    }

    /// Running text; in scripts written without spaces (Chinese, Japanese) a long line ending a sentence.
    static func isProse(_ line: TextLine) -> Bool {
        if line.isProse { return true }
        guard line.text.count >= 60, let last = line.text.last else { return false }
        return (TextLine.sentenceEnds.contains(last) || "」”".contains(last)) && line.text.unicodeScalars.contains { $0.value >= 0x2E80 }
    }
}
