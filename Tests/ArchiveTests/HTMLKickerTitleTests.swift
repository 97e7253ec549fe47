import Testing
@testable import Archive

/// Headlines under a kicker (a topic line in the same `h1`), headings styled by CSS-in-JS, and
/// sites named only by their JSON-LD graph.
@Suite struct HTMLKickerTitleTests {
    private let body = "<p>" + String(repeating: "The lock keepers said the new gates would hold the spring floods better than the old oak ones. ", count: 4) + "</p>"

    private func read(_ head: String, _ top: String) throws -> Article {
        let page = "<html><head>\(head)</head><body><article>\(top)<div class=\"entry\">\(body)</div></article></body></html>"
        return try HTMLReader.read(Array(page.utf8))
    }

    private func title(_ head: String, _ top: String) throws -> String? { try read(head, top).title }

    @Test("a kicker span and its hidden colon leave the headline that og:title joins them into")
    func kickerWithHiddenColon() throws {
        let head = "<meta property=\"og:title\" content=\"Waterways: New gates for the old canal\">"
        let top = "<h1><span class=\"headline__kicker\">Waterways</span><span class=\"visually-hidden\">: </span>"
            + "<span class=\"headline__title\">New gates for the old canal</span></h1>"
        #expect(try title(head, top) == "New gates for the old canal")
    }

    @Test("a Dachzeile or overline before the headline text is dropped, the title's dash with it")
    func dachzeile() throws {
        let top = "<h1><span class=\"dachzeile\">Nach dem Hochwasser</span> <span class=\"headline\">Schleusentore am alten Kanal ersetzt</span></h1>"
        #expect(try title("<title>Nach dem Hochwasser - Schleusentore am alten Kanal ersetzt | Kanalbote</title>", top)
                == "Schleusentore am alten Kanal ersetzt")
        let overline = "<h1><span class=\"overline\">Canal works</span>New gates for the old canal</h1>"
        #expect(try title("<title>Canal works - New gates for the old canal</title>", overline) == "New gates for the old canal")
    }

    @Test("an h1 that opens with plain words or an unmarked span keeps them")
    func noKicker() throws {
        let head = "<meta property=\"og:title\" content=\"Update: New gates for the old canal\">"
        #expect(try title(head, "<h1><b>Update:</b> New gates for the old canal</h1>") == "Update: New gates for the old canal")
        #expect(try title(head, "<h1>Update: <span class=\"kicker\">New</span> gates for the old canal</h1>")
                == "Update: New gates for the old canal")
    }

    @Test("style sheets inside a heading are no part of its text")
    func styleInsideHeading() throws {
        let top = "<h1><style>.c-1x{font-size:16px;color:#707070}</style><span class=\"c-1x\">New gates for the old canal</span></h1>"
        #expect(try title("<title>Press releases</title>", top) == "New gates for the old canal")
    }

    @Test("a JSON-LD WebSite's name is the site's, not the headline, and a publisher by reference is named")
    func jsonLDSiteName() throws {
        let graph = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"https://locks.example/#org","name":"Lock and Weir Ltd"},
            {"@type":"WebSite","@id":"https://locks.example/#site","name":"Lock and Weir Ltd","publisher":{"@id":"https://locks.example/#org"}},
            {"@type":"WebPage","name":"Lock and Weir Ltd","datePublished":"2026-03-02","publisher":{"@id":"https://locks.example/#org"}}]}</script>
            """
        let article = try read(graph + "<title>Gates • Weirs • Service | Lock and Weir Ltd</title>", "<h1>Gates built to outlast the floods</h1>")
        #expect(article.title == "Gates built to outlast the floods")
        #expect(article.source == "Lock and Weir Ltd")
    }
}
