import Testing
@testable import Archive

/// A short text the scorer took from beside the article, on pages written for these tests.
@Suite("Article fallbacks: short texts")
struct ShortTextFallbackTests {
    private static let paragraphs = [
        "The council agreed on Wednesday to rebuild the old footbridge over the river, which has been closed since the spring floods.",
        "Work will start next month and should take about a year, the council said, and a ferry will run in the meantime.",
        "Shopkeepers on both banks said the closure had cost them customers, and welcomed the decision after months of waiting.",
        "Engineers found that two of the bridge's piers had shifted in the floods, and both will be rebuilt on new foundations.",
        "The ferry will carry bicycles and prams, and will be free for residents of the two wards nearest the river.",
        "A public meeting on the design of the new railings and lights will be held in the library in the first week of June.",
    ]

    private static let notice = "We use cookies to measure visits to this site and to remember your settings, and you may turn them off at any time on the settings page, which also lists every partner we share data with."

    private func page(article: String) -> String {
        """
        <!doctype html><html><head><meta charset=utf-8><title>Footbridge to be rebuilt</title></head><body>
        <div class="notice"><p>\(Self.notice)</p></div>
        \(article)</body></html>
        """
    }

    @Test("the article's wrapper named like a sidebar is pruned; read from what pruning removed, it replaces a consent notice")
    func wrapperNamedSidebar() throws {
        let prose = (Self.paragraphs + Self.paragraphs.reversed()).map { "<p>\($0)</p>" }.joined()
        let html = page(article: "<article><div class=\"sidebar-wrapper\"><div class=\"inner\">\(prose)</div></div></article>")
        let article = try HTMLReader.read(Array(html.utf8))
        #expect(article.body.hasPrefix("The council agreed on Wednesday"))
        #expect(article.body.contains("first week of June"))
        #expect(!article.body.contains("cookies"))
    }

    @Test("comments that pruning removed never replace a short article")
    func commentsStayOut() throws {
        let comments = (Self.paragraphs + Self.paragraphs).map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><head><title>Footbridge to be rebuilt</title></head><body>
            <article><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></article><div class="comments">\(comments)</div></body></html>
            """
        let article = try HTMLReader.read(Array(html.utf8))
        #expect(article.body == Self.paragraphs[0] + "\n\n" + Self.paragraphs[1])
    }

    @Test("a short article on a page with little other prose stays as it is")
    func shortArticleStays() throws {
        let html = """
            <html><head><title>Footbridge to be rebuilt</title></head><body><nav><a href="/">Home</a></nav>
            <article><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></article></body></html>
            """
        let article = try HTMLReader.read(Array(html.utf8))
        #expect(article.body == Self.paragraphs[0] + "\n\n" + Self.paragraphs[1])
    }

    @Test("the page's prose counts paragraphs of some length that are not links")
    func prose() throws {
        let root = try #require(HTMLParser.parsePage(Array(page(article: """
            <p>Short line.</p><p><a href="/a">\(Self.paragraphs[2])</a></p><p>\(Self.paragraphs[3])</p>
            """).utf8), encoding: "UTF-8")?.root)
        let body = try #require(root.elements.first { $0.name == "body" })
        TextMeasure.measure(body)
        let counted = ArticleFallback.prose(in: body)
        // The cookie notice and the last paragraph; not the short line nor the link.
        #expect(counted == Self.notice.count + Self.paragraphs[3].count)
    }
}
