import Foundation
import Testing
@testable import Archive

/// Pages written for these tests: each is refused by the paragraph scorer alone, or exercises one
/// fallback, one script, or a stray byte.
@Suite("Article fallbacks")
struct ArticleFallbackTests {
    private func read(_ html: String) throws -> Article { try HTMLReader.read(Array(html.utf8), path: "page.html") }

    private func page(_ body: String, title: String = "Page") -> String {
        "<!doctype html><html><head><meta charset=utf-8><title>\(title)</title></head><body>\(body)</body></html>"
    }

    /// A parsed, measured body, as each fallback receives it.
    private func body(_ html: String) throws -> HTMLElement {
        let root = try #require(HTMLParser.parsePage(Array(page(html).utf8), encoding: "UTF-8")?.root)
        let body = try #require(root.elements.first { $0.name == "body" })
        TextMeasure.measure(body)
        return body
    }

    private static let english = [
        "The council agreed on Wednesday to rebuild the old footbridge over the river, which has been closed since the spring floods.",
        "Work will start next month and should take about a year, the council said, and a ferry will run in the meantime.",
        "Shopkeepers on both banks said the closure had cost them customers, and welcomed the decision after months of waiting.",
    ]

    @Test("an article whose wrapper has a share-bar class is kept, not dropped as furniture")
    func wrapperWithFurnitureClass() throws {
        let prose = Self.english.map { "<p>\($0)</p>" }.joined()
        let article = try read(page("<nav><a href=/>Home</a></nav><article><div class=\"entry share\">\(prose)</div></article>"))
        #expect(article.body.hasPrefix("The council agreed on Wednesday"))
        #expect(article.body.contains("welcomed the decision"))
        #expect(!article.body.contains("Home"))
    }

    @Test("the marked article: itemprop articleBody wins over a longer list of links")
    func markedArticle() throws {
        let links = (1...30).map { "<li><a href=/\($0)>Another story number \($0) about something else</a></li>" }.joined()
        let body = try body("<ul>\(links)</ul><div itemprop=articleBody><p>\(Self.english[0])</p><p>\(Self.english[1])</p></div>")
        let text = ArticleFallback.markedArticle(body).map(\.text)
        #expect(text == [Self.english[0], Self.english[1]])
    }

    @Test("text between <br>s is found by its own length")
    func textBetweenBreaks() throws {
        let lines = Self.english.joined(separator: "<br><br>")
        let body = try body("<div><a href=/a>Menu</a></div><div class=x>\(lines)</div>")
        #expect(ArticleFallback.inlineText(body).map(\.text) == Self.english)
    }

    @Test("the densest block: down the tree while one child holds most of the text")
    func densestBlock() throws {
        let blocks = Self.english.map { "<div>\($0)</div>" }.joined()
        let body = try body("<div><div><span>Logo</span></div><div><div>\(blocks)</div></div></div>")
        #expect(ArticleFallback.densestBlock(body).map(\.text) == Self.english)
    }

    @Test("Hindi sentences end with a danda: short paragraphs are prose")
    func hindi() throws {
        let sentences = [
            "नगर परिषद ने बुधवार को नदी पर नए पुल का काम शुरू किया।",
            "अधिकारियों के अनुसार यह काम तीन महीने में पूरा हो जाएगा।",
            "दुकानदारों ने कहा कि इस फैसले से बाज़ार में फिर से रौनक लौटेगी।",
        ]
        let article = try read(page("<div class=khabar>" + sentences.map { "<p>\($0)</p>" }.joined() + "</div>"))
        #expect(article.body == sentences.joined(separator: "\n\n"))
    }

    @Test("Japanese has no spaces: words are counted by characters, sentences end with 。")
    func japanese() throws {
        let sentences = ["市議会は水曜日に新しい橋の工事を始めると発表した。", "工事は三か月ほどかかる見込みだ。", "その間は近くの道路が混雑する。"]
        let article = try read(page("<div class=honbun>" + sentences.map { "<p>\($0)</p>" }.joined() + "</div>"))
        #expect(article.body == sentences.joined(separator: "\n\n"))
        #expect(Words.count(in: sentences[1]) >= 7)
    }

    @Test("Greek prose in plain divs")
    func greek() throws {
        let sentences = [
            "Το δημοτικό συμβούλιο ανακοίνωσε την Τετάρτη ότι οι εργασίες στη νέα γέφυρα θα ξεκινήσουν τον επόμενο μήνα.",
            "Οι κάτοικοι της περιοχής περιμένουν την απόφαση εδώ και δύο χρόνια.",
        ]
        let article = try read(page("<main><div>" + sentences.map { "<div>\($0)</div>" }.joined() + "</div></main>"))
        #expect(article.body.contains(sentences[0]))
        #expect(article.body.contains(sentences[1]))
    }

    @Test("a page of links is refused, and the reason says what it is")
    func indexPage() throws {
        let links = (1...40).map { "<li><a href=/\($0)>Headline of story \($0) on the front page</a></li>" }.joined()
        #expect {
            try read(page("<ul>\(links)</ul>"))
        } throws: { error in
            guard case let ArchiveError.unreadableFile(_, reason) = error else { return false }
            return reason.hasPrefix("no article text found") && reason.contains("list of links")
        }
    }

    @Test("a few stray NUL bytes in a page do not make it binary; a page full of them stays binary")
    func strayNULs() throws {
        let html = page("<article>" + Self.english.map { "<p>\($0)</p>" }.joined() + "</article>")
        var bytes = Array(html.utf8)
        let image = try #require(html.range(of: "<article>")).upperBound.utf16Offset(in: html)
        bytes.insert(contentsOf: Array("<img src=a.png>".utf8) + [UInt8](repeating: 0, count: 22), at: image)
        let article = try HTMLReader.read(bytes, path: "page.html")
        #expect(article.body.hasPrefix("The council agreed"))
        let binary = [UInt8](repeating: 0, count: 400) + Array(html.utf8)
        #expect(throws: ArchiveError.self) { try HTMLReader.read(binary, path: "page.html") }
    }
}
