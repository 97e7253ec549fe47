import Testing
@testable import Archive

/// The dates a page prints by its headline, weighed against what its metadata says, on pages
/// written for the test.
@Suite("HTML printed dates")
struct HTMLPrintedDateTests {
    private let prose = "<p>" + String(repeating: "The ferry left the quay at dawn, and the crossing took most of the morning. ", count: 4) + "</p>"

    private func published(_ head: String, _ body: String) throws -> PartialDate? {
        try HTMLReader.metadata(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)).published
    }

    @Test("where the metadata disagrees, the statement printed by the headline is the date")
    func printedStatementWins() throws {
        let head = """
            <title>Ferry timetable changes</title>
            <meta property="article:published_time" content="2021-03-01T09:00:00+01:00">
            <meta property="article:modified_time" content="2021-04-02T10:00:00+01:00">
            """
        let modified = try published(head, "<h1>Ferry timetable changes</h1><p>Updated 2 April 2021</p>\(prose)")
        #expect(modified == PartialDate(year: 2021, month: 4, day: 2))
        // Both printed: the published date stands.
        let both = try published(head, "<h1>Ferry timetable changes</h1><p>1 March 2021</p><p>Updated 2 April 2021</p>\(prose)")
        #expect(both == PartialDate(year: 2021, month: 3, day: 1))
        // A printed date that no statement makes is not taken over the metadata.
        let other = try published(head, "<h1>Ferry timetable changes</h1><p>7 March 2021</p>\(prose)")
        #expect(other == PartialDate(year: 2021, month: 3, day: 1))
        // Two published keys that disagree: the printed one.
        let keys = try published("""
            <title>Ferry timetable changes</title><meta name="pubdate" content="2021-01-05T10:00:00+01:00">
            <meta name="dc.date.issued" content="2021-02-09T15:30:00+01:00">
            """, "<h1>Ferry timetable changes</h1><div>09.02.2021 | 15:30</div>\(prose)")
        #expect(keys == PartialDate(year: 2021, month: 2, day: 9))
    }

    @Test("a UTC timestamp whose day the page prints keeps that day")
    func printedUTCDay() throws {
        // 02:00 UTC on the 4th is the evening of the 3rd in the Americas, as JSON-LD says; the page prints the 4th.
        let date = try published("""
            <title>Ferry timetable changes</title>
            <meta property="article:published_time" content="2022-03-04T02:00:00.120Z">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-03T21:00:00-05:00"}</script>
            """, "<div>4 March 2022 - 2:00</div><h1>Ferry timetable changes</h1>\(prose)")
        #expect(date == PartialDate(year: 2022, month: 3, day: 4))
    }

    @Test("an unmarked time element outside any article yields to the date by the headline")
    func looseTimeYields() throws {
        let date = try published("<title>Ferry timetable changes</title>", """
            <div class="top"><time datetime="2023-05-09T08:00:00+02:00">Tuesday, 9 May 2023</time></div>
            <h2>Ferry timetable changes</h2><p><span>8 May 2023.</span> The ferry left late.</p>\(prose)
            """)
        #expect(date == PartialDate(year: 2023, month: 5, day: 8))
        let alone = try published("<title>Ferry timetable changes</title>", """
            <div class="top"><time datetime="2023-05-09T08:00:00+02:00">Tuesday, 9 May 2023</time></div>\(prose)
            """)
        #expect(alone == PartialDate(year: 2023, month: 5, day: 9))
    }

    @Test("a page that prints text before its head keeps the title the head gives")
    func titleAfterStrayText() throws {
        let page = """
            <b>Notice</b>: something was deprecated in <b>/srv/app.php</b> on line <b>12</b><br />
            <!DOCTYPE html><html><head><title>Ferry timetable changes</title></head>
            <body><h2>Ferry timetable changes</h2>\(prose)</body></html>
            """
        let article = try HTMLReader.read(Array(page.utf8))
        #expect(article.title == "Ferry timetable changes")
    }

    @Test("without a date by the headline, a date-classed element's date that a statement makes")
    func visibleStatement() throws {
        let date = try published("""
            <title>Ferry timetable changes</title>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-01T09:00:00Z","dateModified":"2021-04-02T10:00:00Z"}</script>
            """, "<div class=\"published-date\">Updated Apr 2, 2021</div>\(prose)")
        #expect(date == PartialDate(year: 2021, month: 4, day: 2))
    }

    @Test("the headline's dates are weighed only where the metadata names more than one day")
    func statementsDiffer() throws {
        func page(_ head: String) throws -> PageMetadata {
            PageMetadata(root: try #require(HTMLParser.parse(Array("<html><head>\(head)</head><body></body></html>".utf8), encoding: "UTF-8")))
        }
        let agree = try page("""
            <meta property="article:published_time" content="2021-03-01T09:00:00+01:00"><meta name="date" content="2021-03-01">
            """)
        #expect(!PublishedDate.statementsDiffer(page: agree, jsonLD: nil))
        let differ = try page("""
            <meta property="article:published_time" content="2021-03-01T09:00:00+01:00">
            <meta property="article:modified_time" content="2021-04-02T10:00:00+01:00">
            """)
        #expect(PublishedDate.statementsDiffer(page: differ, jsonLD: nil))
    }
}
