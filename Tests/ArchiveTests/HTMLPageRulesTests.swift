import Foundation
import Testing
@testable import Archive

/// Rules of the HTML extractor that hold for pages in general, each on a page written for the test.
@Suite("HTML page rules")
struct HTMLPageRulesTests {
    private let prose = String(repeating: "The ferry will run every hour from May, and the council will pay for a second boat in the summer. ", count: 3)

    private func read(_ html: String) throws -> Article {
        try HTMLReader.read(Array(html.utf8))
    }

    private func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/html/" + name, withExtension: nil))
        return try Array(Data(contentsOf: url))
    }

    @Test("an article split into a page builder's text modules, nested deeper than scores climb, is read whole, its best module kept")
    func pageBuilderModules() throws {
        let article = try HTMLReader.read(fixture("page-builder.html"))
        for part in ["forty new plots on the old railway land", "almost two hundred names",
                     "clearing brambles, old sleepers", "open a second site next year", "first weekend of April"] {
            #expect(article.body.contains(part), "body lacks \(part)")
        }
        // The best module's row, link-heavy with its column of event links, stays; the links go.
        #expect(!article.body.contains("Seed swap"))
    }

    @Test("a heading left with nothing under it (its teaser list cleaned away) is dropped")
    func orphanHeadings() throws {
        let article = try read("""
            <html><body><article><h1>Ferry timetable</h1><p>\(prose)</p><h2>What changes</h2><p>\(prose)</p>
            <h2>Read next</h2><h2>More on this</h2><ul><li><a href="/a">Bus station to close</a></li><li><a href="/b">New cycle lane</a></li></ul>
            </article></body></html>
            """)
        #expect(article.body.contains("What changes"))
        #expect(!article.body.contains("Read next"))
        #expect(!article.body.contains("More on this"))
        #expect(article.body.hasSuffix("summer."))
    }

    @Test("disclaimers, the author's box, star ratings and the entry's meta line are not the article")
    func boxesUnderTheText() throws {
        let article = try read("""
            <html><body><article><div class="entry-content"><p>\(prose)</p>
            <p class="affiliate-disclaimer">Links marked with a star are affiliate links: we earn a small fee.</p>
            <div class="post-ratings">Was this useful? Rate this post</div>
            <div class="entry-meta">Filed under Transport on a Tuesday</div>
            <div class="author-info"><p>Jo Marsh writes about the coast, the ferries and the people who run them, and has done so for twenty years.</p></div>
            </div></article></body></html>
            """)
        #expect(article.body.hasPrefix("The ferry will run"))
        for furniture in ["affiliate links", "Rate this post", "Filed under", "Jo Marsh"] {
            #expect(!article.body.contains(furniture), "body contains \(furniture)")
        }
    }

    @Test("a modified date before two agreeing statements of publication does not bound them")
    func scheduledPost() throws {
        let article = try HTMLReader.metadata(Array("""
            <html><head><meta property="article:published_time" content="2022-03-10T08:00:00+01:00">
            <meta property="article:modified_time" content="2022-03-02T17:30:00+01:00">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable",
            "datePublished": "2022-03-10T08:00:00+01:00", "dateModified": "2022-03-02T17:30:00+01:00"}</script>
            </head><body><article><p>\(prose)</p></article></body></html>
            """.utf8))
        #expect(article.published == PartialDate(year: 2022, month: 3, day: 10))
    }

    @Test("RDFa's schema:dateCreated on a printed element is a publication date")
    func rdfaDate() throws {
        let article = try HTMLReader.metadata(Array("""
            <html><body><article><div class="node__meta"><span property="schema:dateCreated" content="2021-09-14T10:15:00+00:00"></span>
            <span>Comments: 0</span></div><p>\(prose)</p></article></body></html>
            """.utf8))
        #expect(article.published == PartialDate(year: 2021, month: 9, day: 14))
    }

    @Test("day, month and a two-digit year, written with dots")
    func twoDigitYears() {
        #expect(DateValue.find(in: "Von: Anna Berg | 31.10.23") == PartialDate(year: 2023, month: 10, day: 31))
        #expect(DateValue.find(in: "05.06.98") == PartialDate(year: 1998, month: 6, day: 5))
        #expect(DateValue.find(in: "version 1.2.23") == nil)
        #expect(DateValue.find(in: "12.30.45") == nil)
    }
}
