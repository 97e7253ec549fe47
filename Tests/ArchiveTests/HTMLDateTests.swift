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

    @Test("a date written in one piece of the address: year first, compact, or day first")
    func compactURLDates() {
        #expect(DateText.fromURLPath("https://example.org/news/2021-03-09/harbour-wall") == PartialDate(year: 2021, month: 3, day: 9))
        #expect(DateText.fromURLPath("https://example.org/items/4471/20190705/ferry.htm") == PartialDate(year: 2019, month: 7, day: 5))
        #expect(DateText.fromURLPath("https://example.org/posts/report_of_09.11.2020_on_the_ferry") == PartialDate(year: 2020, month: 11, day: 9))
        #expect(DateText.fromURLPath("https://example.org/detail/~04-02-2022-ferry-returns") == PartialDate(year: 2022, month: 2, day: 4))
        #expect(DateText.fromURLPath("https://example.org/detail/04-02-2022-ferry", dayFirst: false) == nil)
        #expect(DateText.fromURLPath("https://example.org/detail/25-02-2022-ferry", dayFirst: false) == PartialDate(year: 2022, month: 2, day: 25))
        // A month path gives way to a full day written elsewhere in the address.
        #expect(DateText.fromURLPath("https://example.org/2003/05/20030512_speech.html") == PartialDate(year: 2003, month: 5, day: 12))
        // Longer digit runs are identifiers, and a host is no date.
        #expect(DateText.fromURLPath("https://example.org/a/2019070512/ferry") == nil)
        #expect(DateText.fromURLPath("https://20190705.example.org/ferry") == nil)
    }

    @Test("a UTC timestamp gives way to another statement of the same instant's local day")
    func utcTimestampAndLocalStatement() throws {
        // 22:41 UTC is 00:41 the next day in Central Europe, as the other meta tag says.
        let meta = try published("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-03-05T22:41:00Z"}</script>
            <meta name="date" content="Tue, 06 Mar 2018 00:41:00 +0200">
            """, prose)
        #expect(meta == PartialDate(year: 2018, month: 3, day: 6))
        // An RFC 822 time in GMT, and the local day printed under the headline.
        let printed = try published("""
            <meta property="og:title" content="Harbour wall repaired">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Fri, 08 Jun 2018 01:12:40 GMT"}</script>
            """, "<h1>Harbour wall repaired</h1><div>7 de junio de 2018</div>\(prose)")
        #expect(printed == PartialDate(year: 2018, month: 6, day: 7))
    }

    @Test("a date alone stored as Central European midnight in UTC is the next day")
    func utcMidnight() throws {
        let date = try published("""
            <meta property="article:published_time" content="2018-02-13T23:00:00.000Z">
            """, prose)
        #expect(date == PartialDate(year: 2018, month: 2, day: 14))
        // With minutes, or on an English page, it is taken as written.
        let timed = try published("<meta property=\"article:published_time\" content=\"2018-02-13T23:12:00Z\">", prose)
        #expect(timed == PartialDate(year: 2018, month: 2, day: 13))
        let english = try HTMLReader.metadata(Array("""
            <html lang="en"><head><meta property="article:published_time" content="2018-02-13T23:00:00Z"></head><body>\(prose)</body></html>
            """.utf8)).published
        #expect(english == PartialDate(year: 2018, month: 2, day: 13))
    }

    @Test("the date line just before the headline, past the byline and photo credit")
    func dateBeforeHeadline() throws {
        let date = try published("<title>Harbour wall repaired</title>", """
            <div class="meta"><a href="/a/1">Ann Example</a> / 09.03.2021 / 06:15 / <a href="#c">Photo: Example</a>
            <span>/</span><a href="#r"><span>12</span></a><span>Listen</span></div>
            <h2>Harbour wall repaired</h2>\(prose)
            """)
        #expect(date == PartialDate(year: 2021, month: 3, day: 9))
    }

    @Test("a date split by the markup into month, day and year")
    func splitDate() throws {
        let date = try published("<title>Harbour wall repaired</title>", """
            <h2>Harbour wall repaired</h2><div class="d"><span>Mar</span><span>09</span><span>2013</span></div>\(prose)
            """)
        #expect(date == PartialDate(year: 2013, month: 3, day: 9))
        let german = try published("<title>Hafenmauer repariert</title>", """
            <h1>Hafenmauer repariert</h1><p><span>6.</span> Oktober 2015 um 17:20</p>\(prose)
            """)
        #expect(german == PartialDate(year: 2015, month: 10, day: 6))
    }

    @Test("a date the heading holds below its title, and a lead that opens with its date")
    func dateInHeadingAndLead() throws {
        let inHeading = try published("<title>Ferry returns to the harbour after repairs | Town Post</title>", """
            <div class="story"><h1>Ferry returns to the harbour after repairs<br><small>07.03.2022 • Town Post</small></h1>\(prose)</div>
            """)
        #expect(inHeading == PartialDate(year: 2022, month: 3, day: 7))
        let lead = try published("<title>Ferry returns</title>", """
            <h1>Ferry returns</h1><h3>Repairs are done</h3>
            <p>07.03.2022 The ferry came back to the harbour this morning after four months of repairs, the council said on the quay.</p>
            """)
        #expect(lead == PartialDate(year: 2022, month: 3, day: 7))
    }

    @Test("day and month written apart with their dots")
    func spacedNumericDate() {
        #expect(DateValue.find(in: "Von Ann Example 7. 5. 2019.") == PartialDate(year: 2019, month: 5, day: 7))
        #expect(DateValue.find(in: "Seite 4. 2. Kapitel") == nil)
    }

    @Test("an h1 that matches the title wins over a sidebar h3 that shares the site's name")
    func headingLevels() throws {
        let date = try published("<title>Ferry returns after repairs | Harbour News</title>", """
            <div class="nav"><h3>Harbour News</h3><p>12.01.2021</p></div>
            <h1>Ferry returns after repairs</h1><p>Ann Example, 3. März 2021</p>\(prose)
            """)
        #expect(date == PartialDate(year: 2021, month: 3, day: 3))
    }

    @Test("without any other date, the date of a line with a publishing word, or the line after it")
    func cuedDate() throws {
        let below = try published("<title>Ferry returns</title>", """
            <h1>Ferry returns</h1>\(prose)\(prose)\(prose)<p>more text</p><p>Links</p><p>Share</p><p>Print</p><p>Top</p>
            <p>Notes</p><p>Mail</p><p>Back</p><p>Next</p><p>Help</p><p>Index</p>
            <dl><dt>Published</dt><dd>9 March 2021</dd></dl>
            """)
        #expect(below == PartialDate(year: 2021, month: 3, day: 9))
        let german = try published("<title>Fähre zurück</title>", """
            \(prose)<div><span>Erschienen am: 14.06.2017</span></div>
            """)
        #expect(german == PartialDate(year: 2017, month: 6, day: 14))
        let none = try published("<title>Ferry returns</title>", "\(prose)<dl><dt>Charter</dt><dd>9 March 2021</dd></dl>")
        #expect(none == nil)
    }

    @Test("a modified date before the address's date is wrong, and bounds nothing")
    func modifiedBeforeAddress() throws {
        let date = try published("""
            <link rel="canonical" href="https://example.org/2017/09/21/ferry-returns/">
            <meta property="article:modified_time" content="2017-09-18T11:05:00+02:00">
            """, prose)
        #expect(date == PartialDate(year: 2017, month: 9, day: 21))
    }

    @Test("a generic date meta tag yields to the address and to the date under the headline")
    func weakDateMeta() throws {
        let printed = try published("<meta name=\"date\" content=\"2017-04-28\"><title>Ferry returns</title>", """
            <h1>Ferry returns</h1><p>Published on: 26.04.2017</p>\(prose)
            """)
        #expect(printed == PartialDate(year: 2017, month: 4, day: 26))
        let alone = try published("<meta name=\"date\" content=\"2017-04-28\">", prose)
        #expect(alone == PartialDate(year: 2017, month: 4, day: 28))
        let marked = try published("<meta name=\"dcterms.date\" content=\"2016-08-10\">", """
            <time itemprop="datePublished" datetime="2016-08-12">12.08.2016</time>\(prose)
            """)
        #expect(marked == PartialDate(year: 2016, month: 8, day: 12))
    }

    @Test("the Open Graph published time before JSON-LD's, as htmldate reads them")
    func openGraphBeforeJSONLD() throws {
        let date = try published("""
            <meta property="article:published_time" content="2016-05-20T09:10:00+02:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-05-17T16:45:00+02:00"}</script>
            """, prose)
        #expect(date == PartialDate(year: 2016, month: 5, day: 20))
    }
}
