import Foundation
import Testing
@testable import Archive

/// Pages written for these tests: a blog page that is one short post, an article a page prints
/// only inside `<noscript>`, and UTF-8 pages with a few bytes that are not UTF-8.
@Suite("Short posts, noscript articles, stray bytes")
struct ShortPostTests {
    private func read(_ html: String) throws -> Article { try HTMLReader.read(Array(html.utf8), path: "page.html") }

    private func page(_ body: String, title: String = "Page") -> String {
        "<!doctype html><html><head><meta charset=utf-8><title>\(title)</title></head><body>\(body)</body></html>"
    }

    private static let sidebar = "<div id=sidebar><ul>" + (1...12).map { "<li><a href=/c/\($0)>Category \($0)</a></li>" }.joined() + "</ul></div>"

    @Test("a blog page holding one short post is that post, not refused")
    func shortPost() throws {
        let post = "<div class=\"post-7 post type-post hentry\" id=post-7><h2 class=posttitle><a href=/p/7>Rain again</a></h2>"
            + "<p>The kettle whistled while the rain kept drumming on the shed roof.</p><p>– Tea, then.</p></div>"
        let article = try read(page("<div id=header><h1><a href=/>Notebook</a></h1></div>" + post + Self.sidebar, title: "Rain again"))
        #expect(article.body.hasSuffix("The kettle whistled while the rain kept drumming on the shed roof.\n\n– Tea, then."))
        #expect(!article.body.contains("Category"))
    }

    @Test("an index of several short posts is still no article")
    func indexOfShortPosts() {
        let posts = (1...3).map { "<div class=\"post hentry\"><h2><a href=/p/\($0)>Note \($0)</a></h2><p>Photos from the garden, set \($0)</p></div>" }
        #expect(throws: ArchiveError.self) { try read(page(posts.joined() + Self.sidebar)) }
    }

    @Test("a single post with only a link and no sentence of its own is no article")
    func postWithOnlyALink() {
        let post = "<div class=\"post hentry\"><h2>Worksheet</h2><p>PDF: <a href=/sheet.pdf>worksheet-three</a></p></div>"
        #expect(throws: ArchiveError.self) { try read(page(post + Self.sidebar)) }
    }

    @Test("an article printed only inside <noscript> (the script renders it from a template) is read")
    func noscriptArticle() throws {
        let prose = [
            "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms arrive.",
            "Fishing crews had asked for the work for two years, saying the silt made the entrance dangerous at low tide.",
            "The dredger will arrive from the north coast next week, and the channel will close for ten days.",
        ]
        let html = prose.map { "<p>\($0)</p>" }.joined()
        let menu = "<ul>" + (1...20).map { "<li><a href=/m/\($0)>Section \($0)</a></li>" }.joined() + "</ul>"
        let article = try read(page(menu + "<div class=post-body itemprop=articleBody><script type=text/template>\(html)</script>"
            + "<noscript>\(html)</noscript></div>"))
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("a <noscript> with an unclosed <div> no longer swallows the page's article")
    func unclosedNoscript() throws {
        let prose = [
            "The mountain park counted more bear cubs this year than in any year since its survey began.",
            "Rangers and volunteers watched the slopes at dawn on the same days, so no family was counted twice.",
        ]
        let article = try read(page("<noscript><div id=nojs></noscript><div id=main><h1>Cubs counted</h1><div id=text>"
            + prose.map { "<p>\($0)</p>" }.joined() + "</div></div>"))
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("a UTF-8 page with one stray byte keeps its accented letters", arguments: [
        // A title cut inside a character, and a Latin-1 name pasted into the page.
        [0xC3, 0x2E, 0x2E, 0x2E] as [UInt8], [0x4A, 0xFC, 0x72, 0x67] as [UInt8],
    ])
    func strayByte(stray: [UInt8]) throws {
        let prose = "<p>Die Brücke über den Fluss wird im Frühjahr für drei Wochen gesperrt, teilte die Stadt am Montag mit.</p>"
            + "<p>Fußgänger können in dieser Zeit die Fähre benutzen, die alle zwanzig Minuten fährt.</p>"
        var bytes = Array("<!doctype html><html><head><meta charset=utf-8><title>Page</title></head><body><div class=teaser>".utf8)
        bytes += stray
        bytes += Array("</div><article>\(prose)</article></body></html>".utf8)
        let article = try HTMLReader.read(bytes, path: "page.html")
        #expect(article.body.contains("Die Brücke über den Fluss"))
        #expect(article.body.contains("Fußgänger können"))
        #expect(article.encoding == "utf-8")
    }

    @Test("mixed decoding: UTF-8 sequences as they are, other bytes as Windows-1252; a Latin-1 page is left to the fallback")
    func mostlyUTF8() {
        let mixed: [UInt8] = Array("éü".utf8) + [0xE9, 0x80, 0x41]
        #expect(HTMLInput.mostlyUTF8(mixed).map { String(decoding: $0, as: UTF8.self) } == "éüé€A")
        #expect(HTMLInput.mostlyUTF8([0x63, 0x61, 0x66, 0xE9, 0x20, 0xE8]) == nil)
        #expect(HTMLInput.mostlyUTF8(Array("é".utf8) + [0xE9, 0x00]) == nil)
    }

    @Test("Windows-1252 bytes converted to UTF-8 byte by byte read as TextDecoder reads them")
    func windows1252Bytes() {
        let bytes = (1...255).map(UInt8.init)
        #expect(String(decoding: HTMLInput.windows1252AsUTF8(bytes), as: UTF8.self) == TextDecoder.windows1252(bytes))
    }
}

/// Pages written for these tests: a lead printed in its own box under the headline.
@Suite("Standfirst")
struct StandfirstTests {
    private func read(_ html: String) throws -> Article { try HTMLReader.read(Array(html.utf8), path: "page.html") }

    private static let prose = [
        "The county opened its new library on Saturday in the old grain store by the station, after three years of work.",
        "Readers queued from early morning, and the first hundred were given a bookmark cut from the building's old floorboards.",
        "The librarian said the reading room would stay open until nine on weekdays, two hours longer than the old branch.",
    ].map { "<p>\($0)</p>" }.joined()

    private func page(header: String) -> String {
        "<!doctype html><html><head><meta charset=utf-8><title>A library in the grain store</title></head><body>"
            + "<header class=story-head><h1>A library in the grain store</h1>\(header)</header>"
            + "<div class=story-body>\(Self.prose)</div></body></html>"
    }

    @Test("the lead in the article's header, under the headline past the byline, opens the text")
    func leadUnderHeadline() throws {
        let lead = "Three years after the mill closed, its grain store holds forty thousand books and a reading room."
        let article = try read(page(header: "<div class=author>By Ann Lee</div><p class=intro>\(lead)</p>"))
        #expect(article.body.hasPrefix(lead + "\n\nThe county opened its new library"))
    }

    @Test("a subtitle h2 under the headline opens the text")
    func subtitleHeading() throws {
        let lead = "Readers queued from dawn to see the rebuilt grain store by the station"
        let article = try read(page(header: "<h2>\(lead)</h2>"))
        #expect(article.body.hasPrefix(lead + "\n\n"))
    }

    @Test("a teaser with a link, a date line, or unmarked running text past the byline is no lead")
    func noLead() throws {
        let teaser = "<p>Also read: <a href=/other>the council's plan for the old mill and its yard by the river</a></p>"
        let dateLine = "<p class=meta>Published on 3 March 2021 at 10:15 by the county news desk team</p>"
        // Running text not marked as a lead, after the byline: a promotion, not the article's lead.
        let promotion = "<div class=info>By Ann Lee</div><div class=chat><p>Talk to our newsroom on the chat app and hear about events as they unfold.</p></div>"
        for header in [teaser, dateLine, promotion] {
            #expect(try read(page(header: header)).body.hasPrefix("The county opened its new library"))
        }
    }
}

/// A page written for this test: an article with a table of pros and cons marked by icons.
@Suite("Tables of text with icons")
struct IconTableTests {
    @Test("a table with a cell of text beside each icon stays in the article; a gallery of images goes")
    func iconTable() throws {
        let prose = [
            "Buying a bicycle on credit spreads the cost over a year or two, and many shops offer it without interest.",
            "Paying in cash is still cheapest, since no fee or interest is added and the bicycle is yours at once.",
            "Whichever way you choose, compare the total cost over the whole term and not only the monthly rate.",
        ].map { "<p>\($0)</p>" }.joined()
        let rows = [("Small monthly instalments over two years", "A fee is charged when you pay off early"),
                    ("Ride the new bicycle home the same day", "The shop checks your credit record first")]
            .map { "<tr><td><img src=yes.svg></td><td>\($0.0)</td><td><img src=no.svg></td><td>\($0.1)</td></tr>" }.joined()
        let gallery = "<table><tr>" + (1...4).map { "<td><img src=photo\($0).jpg></td>" }.joined() + "</tr><tr><td>Photos</td></tr></table>"
        let html = "<!doctype html><html><head><meta charset=utf-8><title>Credit or cash</title></head><body>"
            + "<div class=article-body>\(prose)<table>\(rows)</table>\(gallery)</div></body></html>"
        let article = try HTMLReader.read(Array(html.utf8), path: "page.html")
        #expect(article.body.contains("The shop checks your credit record first"))
        #expect(!article.body.contains("Photos"))
    }
}
