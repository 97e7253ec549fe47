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

    @Test("a UTC timestamp gives way to the URL's day when that is the same instant's local day")
    func utcTimestampAndURLDay() throws {
        // 02:18 UTC on the 18th is the evening of the 17th anywhere from UTC−3 to UTC−10.
        let local = try published("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-06-12T02:18:00Z"}</script>
            <link rel="canonical" href="https://example.org/2019/06/11/harbour-wall/">
            """, prose)
        #expect(local == PartialDate(year: 2019, month: 6, day: 11))
        // 10:30 UTC is the 12th in every inhabited time zone west of London: the URL's day is another.
        let stated = try published("""
            <meta property="article:published_time" content="2019-06-12T10:30:00+00:00">
            <link rel="canonical" href="https://example.org/2019/06/11/harbour-wall/">
            """, prose)
        #expect(stated == PartialDate(year: 2019, month: 6, day: 12))
        // A timestamp with its own offset is already local: taken as written.
        let offset = try published("""
            <meta property="article:published_time" content="2019-06-12T00:30:00+02:00">
            <link rel="canonical" href="https://example.org/2019/06/11/harbour-wall/">
            """, prose)
        #expect(offset == PartialDate(year: 2019, month: 6, day: 12))
    }

    @Test("UTC minutes are read from Z and zero offsets only")
    func utcMinutes() {
        #expect(DateValue.utcMinutes("2019-06-12T02:18:00Z") == 138)
        #expect(DateValue.utcMinutes("2019-06-12T23:05:00.000+00:00") == 1385)
        #expect(DateValue.utcMinutes("2019-06-12T02:18:00-05:00") == nil)
        #expect(DateValue.utcMinutes("2019-06-12T02:18:00") == nil)
        #expect(DateValue.utcMinutes("2019-06-12") == nil)
    }

    @Test("digits of other scripts are read as digits")
    func unicodeDigits() throws {
        #expect(DateValue.find(in: "প্রকাশিত: ১৭.০৩.২০২০") == PartialDate(year: 2020, month: 3, day: 17))
        #expect(DateValue.parse("٢٠٢١-٠٥-٠٦") == PartialDate(year: 2021, month: 5, day: 6))
        #expect(DateValue.find(in: "१२ March २०१९") == PartialDate(year: 2019, month: 3, day: 12))
        let date = try published("<meta name=\"date\" content=\"২০২০-০২-১৬\">", prose)
        #expect(date == PartialDate(year: 2020, month: 2, day: 16))
    }

    @Test("a publishing date in a script's JSON that is not JSON-LD")
    func scriptJSONDate() throws {
        let date = try published("""
            <script>window.__STATE__ = {"page":{"id":4411,"datePublished":"2021-09-14T08:00:00+02:00","views":12}};</script>
            """, prose)
        #expect(date == PartialDate(year: 2021, month: 9, day: 14))
        // JSON kept as a string inside the script, with its quotes escaped.
        let escaped = try published("""
            <script>var data = JSON.parse("{\\"headline\\":\\"Wall\\",\\"publishDate\\":\\"2021-09-15\\"}");</script>
            """, prose)
        #expect(escaped == PartialDate(year: 2021, month: 9, day: 15))
        // A key that only ends like one, and a number where the date should be, are not read.
        let none = try published("""
            <script>var x = {"lastdatePublished":"2021-09-16","publishedAt":1631779200};</script>
            """, prose)
        #expect(none == nil)
    }

    @Test("a date that a short inline script writes into the page, after every other source")
    func scriptCallDate() throws {
        let written = try published("<title>Harbour wall</title>", """
            <h1>Harbour wall</h1><div class="info"><script>showDate("2020/04/17 01:43:09")</script></div>\(prose)
            """)
        #expect(written == PartialDate(year: 2020, month: 4, day: 17))
        let stated = try published("<meta name=\"date\" content=\"2020-04-10\">", """
            <div class="info"><script>showDate("2020/04/17 01:43:09")</script></div>\(prose)
            """)
        #expect(stated == PartialDate(year: 2020, month: 4, day: 10))
        // A long script is a program: its date literals are about anything.
        let program = String(repeating: "track('x'); ", count: 30)
        let long = try published("", "<script>\(program) setExpiry('2020/04/17 01:43:09');</script>\(prose)")
        #expect(long == nil)
    }

    @Test("days between dates count month and leap-year lengths")
    func dayCount() throws {
        let a = try #require(PartialDate(year: 2020, month: 2, day: 28)), b = try #require(PartialDate(year: 2020, month: 3, day: 1))
        #expect(PublishedDate.days(b) - PublishedDate.days(a) == 2)
    }
}
