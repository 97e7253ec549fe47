import Testing
@testable import Archive

/// The publication-date rules of the HTML reader, each on a page written for the test.
@Suite("HTML dates")
struct HTMLDateTests {
    private let prose = "<p>" + String(repeating: "The council met on the harbour wall, and the works will go on through the spring. ", count: 4) + "</p>"

    private func published(_ head: String, _ body: String) throws -> PartialDate? {
        try HTMLReader.metadata(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)).published
    }

    @Test("the date under the headline beats a date-classed box in the masthead")
    func headlineDate() throws {
        let date = try published("<title>Harbour wall repaired | Site</title>", """
            <div class="top"><span class="date">Tue, 14 Jan 2020</span></div>
            <h2>Harbour wall repaired</h2><p>News24<br>13 Jan 2020, 22:11 GMT+10</p>\(prose)
            """)
        #expect(date == PartialDate(year: 2020, month: 1, day: 13))
    }

    @Test("a masthead h1 is not the headline: its date is today's")
    func mastheadIsNotHeadline() throws {
        let date = try published("<title>Daily Legal News</title>", """
            <h1 class="masthead">Daily Legal News</h1><div>Wednesday, August 19, 2020</div>\(prose)
            """)
        #expect(date == nil)
    }

    @Test("month names in Arabic, also written in two calendars at once")
    func arabicMonths() {
        #expect(DateValue.find(in: "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً") == PartialDate(year: 2020, month: 4, day: 24))
        #expect(DateValue.find(in: "5 مايو 2021") == PartialDate(year: 2021, month: 5, day: 5))
    }

    @Test("abbreviated month names in French, Spanish, German, Italian and Portuguese")
    func abbreviatedMonths() {
        #expect(DateValue.find(in: "publié le 3 févr. 2021") == PartialDate(year: 2021, month: 2, day: 3))
        #expect(DateValue.find(in: "12 dic 2020") == PartialDate(year: 2020, month: 12, day: 12))
        #expect(DateValue.find(in: "7. Okt. 2019") == PartialDate(year: 2019, month: 10, day: 7))
        #expect(DateValue.find(in: "4 out 2020") == PartialDate(year: 2020, month: 10, day: 4))
    }

    @Test("a published date before 1990 or after the page's last modification is rejected")
    func implausibleDates() throws {
        let old = try published("""
            <meta property="article:published_time" content="1985-02-03"><link rel="canonical" href="https://example.org/2021/05/06/story">
            """, prose)
        #expect(old == PartialDate(year: 2021, month: 5, day: 6))
        let future = try published("""
            <meta property="article:published_time" content="2030-01-01T10:00:00Z">
            <meta property="article:modified_time" content="2021-03-04T10:00:00Z"><meta name="date" content="2021-03-02">
            """, prose)
        #expect(future == PartialDate(year: 2021, month: 3, day: 2))
    }

    @Test("metadata in UTC wins over the URL; a time zone a day away is within the modified bound")
    func metadataBeforeURL() throws {
        let date = try published("""
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-02-18T02:18:11Z",
            "dateModified":"2020-02-17T21:18:29-05:00"}]}</script><link rel="canonical" href="https://example.org/2020/02/17/story/">
            """, prose)
        #expect(date == PartialDate(year: 2020, month: 2, day: 18))
    }

    @Test("days between dates count month and leap-year lengths")
    func dayCount() throws {
        let a = try #require(PartialDate(year: 2020, month: 2, day: 28)), b = try #require(PartialDate(year: 2020, month: 3, day: 1))
        #expect(PublishedDate.days(b) - PublishedDate.days(a) == 2)
    }
}
