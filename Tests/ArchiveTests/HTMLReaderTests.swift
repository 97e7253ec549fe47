import Foundation
import Testing
@testable import Archive

@Suite("HTMLReader")
struct HTMLReaderTests {
    private func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/html/" + name, withExtension: nil))
        return try Array(Data(contentsOf: url))
    }

    private func read(_ name: String) throws -> Article {
        try ArticleExtractor.extract(bytes: fixture(name), format: #require(FileFormat(path: name)), path: name)
    }

    @Test("the article comes out without nav, ticker, share bar, related list, comments or footer")
    func furnitureAroundArticle() throws {
        let article = try read("article-furniture.html")
        #expect(article.title == "Harbour wall repaired after winter storms")
        #expect(article.published == PartialDate(year: 2021, month: 3, day: 4))
        #expect(article.published?.precision == .day)
        #expect(article.byline == "Mary Lane")
        #expect(article.source == "Coastal Gazette")
        #expect(article.url == "https://www.coastalgazette.example/news/harbour-wall-repaired")
        #expect(article.language == "en")
        #expect(article.tags == ["harbour", "storms", "Council", "infrastructure"])
        #expect(article.body.hasPrefix("Workers finished repairing the harbour wall"))
        #expect(article.body.hasSuffix("after every major storm."))
        #expect(article.body.contains("\n\nFishermen relieved\n\n"))
        #expect(article.body.contains("• New granite facing on the seaward side\n• A raised walkway for visitors"))
        for furniture in ["BREAKING", "Home", "Your town", "By Mary Lane", "Share", "Tweet", "Shares", "Advertisement",
                          "Related", "Storm damage", "Comments", "great result", "Most read", "Lifeboat", "Copyright"] {
            #expect(!article.body.contains(furniture), "body contains \(furniture)")
        }
    }

    @Test("JSON-LD gives headline, date, authors, publisher, keywords and the article body")
    func jsonLD() throws {
        let article = try read("jsonld.html")
        #expect(article.title == "Bridge reopens to traffic after two years")
        #expect(article.published == PartialDate(year: 2022, month: 6, day: 15))
        #expect(article.byline == "Ana Ruiz, Tom Becker")
        #expect(article.source == "The Valley Courier")
        #expect(article.url == "https://valleycourier.example/local/bridge-reopens")
        #expect(article.language == "es")
        #expect(article.tags == ["bridges", "traffic"])
        #expect(article.body.hasPrefix("The river bridge reopened to traffic on Wednesday morning after two years"))
        #expect(article.body.hasSuffix("corrosion in the steel beams."))
        #expect(article.body.components(separatedBy: "\n\n").count == 3)
    }

    @Test("a <time datetime> in the article is the publication date; <title> loses the site suffix")
    func timeElement() throws {
        let article = try read("time-only.html")
        #expect(article.title == "Library extends opening hours")
        #expect(article.published == PartialDate(year: 2020, month: 11, day: 2))
        #expect(article.byline == nil)
        #expect(article.url == nil)
        #expect(article.body.hasPrefix("The central library will stay open"))
        #expect(!article.body.contains("2 November 2020"))
        #expect(!article.body.contains("Library extends opening hours"))
    }

    @Test("a date only in the canonical URL is used at the URL's precision")
    func urlDate() throws {
        let article = try read("url-date.html")
        #expect(article.published == PartialDate(year: 2021, month: 12, day: 28))
        // An outlet not in the list is named by its registrable domain.
        #expect(article.source == "example.org")
        #expect(article.title == "Council approves new cycle lanes")
        #expect(article.body.hasSuffix("within three years."))
    }

    @Test("no date anywhere gives no date")
    func noDate() throws {
        #expect(try read("broken.html").published == nil)
    }

    @Test("unclosed tags and stray end tags still give the whole article")
    func brokenMarkup() throws {
        let article = try read("broken.html")
        #expect(article.title == "Museum finds lost painting")
        #expect(article.body.hasPrefix("A painting missing for more than a century"))
        #expect(article.body.contains("for decades."))
        #expect(article.body.hasSuffix("once restorers have cleaned it."))
    }

    @Test("Latin-1 pages decode, whether declared or mislabelled as UTF-8", arguments: [
        ("latin1.html", "windows-1252"), ("mislabelled-utf8.html", "windows-1252"),
    ])
    func latin1(name: String, encoding: String) throws {
        let article = try read(name)
        #expect(article.title == "Café reopens")
        #expect(article.body.contains("crème brûlée"))
        #expect(article.body.contains("naïvely"))
        #expect(article.encoding == encoding)
    }

    @Test("a page with no article throws")
    func noArticle() throws {
        #expect {
            try read("index.html")
        } throws: { error in
            guard case let ArchiveError.unreadableFile(_, reason) = error else { return false }
            return reason.hasPrefix("no article text found")
        }
        #expect(throws: ArchiveError.self) { try HTMLReader.read(Array("<html><body></body></html>".utf8)) }
        #expect(throws: ArchiveError.self) { try HTMLReader.read([]) }
    }

    @Test("gzip pages are inflated first")
    func gzip() throws {
        #expect(FileFormat(path: "a/b/compressed.html.gz") == .html)
        #expect(FileFormat(path: "notes.txt.gz") == nil)
        let article = try read("compressed.html.gz")
        #expect(article.title == "Library extends opening hours")
        #expect(article.published == PartialDate(year: 2020, month: 11, day: 2))
        #expect(throws: ArchiveError.self) { try HTMLReader.read([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]) }
    }

    @Test("20,000 nested divs neither crash nor hang")
    func deepNesting() {
        let depth = 20_000
        let prose = "<p>The deeply nested page still has a paragraph of text, with commas, sentences and enough words to count as prose.</p>"
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + prose
            + String(repeating: "</div>", count: depth) + prose + "</body></html>"
        do {
            let article = try HTMLReader.read(Array(html.utf8))
            #expect(article.body.contains("deeply nested page"))
        } catch let ArchiveError.unreadableFile(_, reason) {
            #expect(reason.hasPrefix("no article text found"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("the UTF-8 check agrees with the standard library, byte by byte", arguments: [
        Array("plain ASCII text, longer than eight bytes".utf8), Array("café – 東京 – 😀 at the end".utf8),
        [0x61, 0xC3], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0xE9, 0x20], Array("ascii before a NUL\u{0}".utf8),
    ] as [[UInt8]])
    func utf8Check(bytes: [UInt8]) {
        let expected = String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0)
        #expect(HTMLInput.isPlainUTF8(bytes) == expected)
    }

    @Test("the h1 is the headline where the title adds a kicker, a tail or the site's name to it")
    func headingAgreedWithTitle() {
        #expect(HTMLMetadata.agreedHeading(["Harbour wall repaired"], title: "Storms: Harbour wall repaired", site: nil) == "Harbour wall repaired")
        #expect(HTMLMetadata.agreedHeading(["Harbour wall repaired"], title: "Harbour wall repaired | Town Post", site: nil) == "Harbour wall repaired")
        #expect(HTMLMetadata.agreedHeading(["HARBOUR WALL REPAIRED"], title: "Harbour wall repaired", site: nil) == "HARBOUR WALL REPAIRED")
        #expect(HTMLMetadata.agreedHeading(["„Walls hold“ says mayor"], title: "\"Walls hold\" says mayor", site: nil) == "„Walls hold“ says mayor")
        // A heading in the middle of the title, a one-word heading and the site's own name are not taken.
        #expect(HTMLMetadata.agreedHeading(["wall repaired"], title: "Harbour wall repaired after storms", site: nil) == nil)
        #expect(HTMLMetadata.agreedHeading(["Harbour"], title: "Harbour wall repaired", site: nil) == nil)
        #expect(HTMLMetadata.agreedHeading(["Town Post"], title: "Harbour wall repaired | Town Post", site: "Town Post") == nil)
    }

    @Test("the page's h1 wins over an og:title with a kicker")
    func headingOverKicker() throws {
        let page = """
            <html><head><meta property="og:title" content="Storms: Harbour wall repaired after winter damage"></head>
            <body><article><h1>Harbour wall repaired after winter damage</h1>
            <p>\(String(repeating: "The council met on the harbour wall, and the works will go on through the spring. ", count: 4))</p>
            </article></body></html>
            """
        #expect(try HTMLReader.read(Array(page.utf8)).title == "Harbour wall repaired after winter damage")
    }

    @Test("the lead printed in the article's header, which the page's description repeats, opens the text")
    func leadFromDescription() throws {
        let lead = "The harbour wall that the winter storms broke in three places is whole again, two months before the ferry season."
        let body = "<p>" + String(repeating: "The council met on the harbour wall, and the works will go on through the spring. ", count: 4) + "</p>"
        let page = """
            <html><head><meta name="description" content="The harbour wall that the winter storms broke in three places is whole again, two…">
            <title>Harbour wall repaired</title></head><body>
            <header class="article-header"><h1>Harbour wall repaired</h1><p class="lead">\(lead)</p></header>
            <div class="article-body">\(body)</div></body></html>
            """
        let text = try HTMLReader.read(Array(page.utf8)).body
        #expect(text.hasPrefix(lead))
        // Already in the text: not repeated.
        let inline = page.replacingOccurrences(of: "<div class=\"article-body\">", with: "<div class=\"article-body\"><p>\(lead)</p>")
        let once = try HTMLReader.read(Array(inline.utf8)).body
        #expect(once.components(separatedBy: "two months before").count == 2)
    }
}
