/// Reads a web page into an `Article`: the article's own text without the page around it, and
/// its metadata from meta tags, JSON-LD and the markup near the headline.
public enum HTMLReader {
    /// The most `<` a page may hold.
    static let maxTags = 400_000

    /// Finds the article in a page's raw bytes (gzip allowed); throws when the page has none.
    public static func read(_ bytes: [UInt8], path: String = "-") throws -> Article {
        try read(bytes, path: path, requireText: true)
    }

    /// Like `read`, but a page without article text still gives its metadata, with an empty body:
    /// for measuring the metadata on pages the archive would skip.
    public static func metadata(_ bytes: [UInt8], path: String = "-") throws -> Article {
        try read(bytes, path: path, requireText: false)
    }

    private static func read(_ bytes: [UInt8], path: String, requireText: Bool) throws -> Article {
        let input = try HTMLInput.prepare(bytes, path: path)
        // Memory grows with the number of elements, not bytes: a page of millions of tags would
        // take gigabytes. Real article pages have tens of thousands.
        let tags = tagCount(input.bytes)
        guard tags <= maxTags else {
            throw ArchiveError.unreadableFile(path: path, reason: "too large to be one article page (\(tags) tags, the limit is \(maxTags))")
        }
        guard let parsed = HTMLParser.parsePage(input.bytes, encoding: input.encoding) else {
            throw ArchiveError.unreadableFile(path: path, reason: "no article text found (empty page)")
        }
        let root = parsed.root
        let page = PageMetadata(root: root, scripts: parsed.scripts)
        let jsonLD = JSONLDArticle.find(in: page.jsonLD)
        let preliminary = HTMLMetadata(page: page, jsonLD: jsonLD, text: nil)
        let title = preliminary.title
        // Read before the extractor prunes the page's header, where the date often sits.
        // Where the metadata disagrees, all of them up to a few: the one printed there is the page's date.
        let headline = HeadlineDate.heading(in: root, title: title)
        let printedDates = HeadlineDate.dates(in: root, heading: headline,
                                              limit: PublishedDate.statementsDiffer(page: page, jsonLD: jsonLD) ? 4 : 1)
        let headlineDate = printedDates.first
        // A page with no date in its metadata, address or by its headline: the date of a line with
        // a publishing word, read now, before the extractor prunes the tree (taken only if the
        // article's own header has no date either).
        let cuedDate = preliminary.published == nil && headlineDate == nil ? HeadlineDate.cued(in: root) : nil
        let lead = LeadParagraph.find(in: root, description: page.meta("og:description") ?? page.meta("description")
            ?? page.meta("twitter:description"))
        // Without a lead the description names, the first block of running text under the headline.
        let standfirst = lead == nil ? headline.flatMap(Standfirst.find) : nil
        let body = root.elements.first { $0.name == "body" } ?? root
        var removed: [HTMLElement] = []
        var text = ArticleText(ContentExtractor.blocks(in: body, pruned: false, headline: headline, removed: &removed), title: title)
        if let structured = jsonLD?.body.map({ ArticleText(blocks(ofStructuredBody: $0), title: title) }),
           structured.isArticle, !text.isArticle || Double(structured.length) >= 0.8 * Double(text.length) {
            text = structured
        }
        if text.isArticle, ArticleFallback.isShort(text), let longer = ArticleFallback.fromRemoved(text, removed: removed, title: title) {
            text = longer
        }
        if !text.isArticle {
            // The scorer pruned the tree in place: the fallbacks start again from the page as it came.
            let fallback = ArticleFallback.text(parse: { HTMLParser.parsePage(input.bytes, encoding: input.encoding, readsNoscript: true)?.root },
                                                title: title)
            switch fallback {
            case let .success(found)?: text = found
            case let .failure(none)? where requireText: throw ArchiveError.unreadableFile(path: path, reason: none.reason)
            default:
                guard !requireText else {
                    throw ArchiveError.unreadableFile(path: path, reason: "no article text found (no paragraph of prose in the page)")
                }
            }
        }
        if let lead = lead ?? standfirst, text.isArticle { text.prependLead(lead, title: title) }
        var metadata = HTMLMetadata(page: page, jsonLD: jsonLD, text: text, printedDates: printedDates)
        if metadata.published == nil, let earliest = PublishedDate.earliest, let cuedDate, cuedDate >= earliest {
            metadata.published = cuedDate
        }
        return Article(
            title: metadata.title, published: metadata.published, source: metadata.source, byline: metadata.author,
            url: metadata.url, language: metadata.language, tags: metadata.tags,
            body: text.isArticle ? TextDecoder.clean(text.text) : "", encoding: input.reported
        )
    }

    /// The number of `<` in `bytes`: a branch-free loop over the buffer, which the compiler
    /// vectorises; a `reduce` over the array cost as much as a tenth of libxml2's parse.
    static func tagCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer { count &+= byte == UInt8(ascii: "<") ? 1 : 0 }
            return count
        }
    }

    /// The text of an HTML fragment that is known to be the article (a scraper's body field):
    /// paragraphs, headings and lists, with no search for the main text and no minimum length.
    static func text(ofFragment html: String) -> String {
        let blocks = blocks(ofStructuredBody: html)
        return TextDecoder.clean(blocks.map(\.text).joined(separator: "\n\n"))
    }

    /// JSON-LD `articleBody` is plain text with line breaks, or on some sites HTML.
    private static func blocks(ofStructuredBody body: String) -> [TextBlock] {
        if body.utf8.contains(0x3C), body.contains("</"), let root = HTMLParser.parse(Array(body.utf8), encoding: "UTF-8") {
            var renderer = BlockRenderer()
            renderer.render(Array(root.elements))
            return renderer.blocks
        }
        return body.split(separator: "\n").map { HTMLMetadata.collapsed(String($0)) }.filter { !$0.isEmpty }
            .map { TextBlock(text: $0, kind: .paragraph) }
    }
}
