import Testing
@testable import Archive

@Suite("HTMLParser")
struct HTMLParserTests {
    private func stripped(_ html: String) -> String? {
        RawTextStripper.strip(Array(html.utf8)).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    private let longScript = "var analytics = {" + String(repeating: "\"k\": 1, ", count: 40) + "};"

    @Test("a long script and every style lose their text; their tags and the rest of the page stay")
    func stripsUnreadRawText() throws {
        let page = "<html><head><style>p { color: red }</style><script async src=\"a.js\">\(longScript)</script></head>"
            + "<body><p>Text</p></body></html>"
        #expect(stripped(page) == "<html><head><style></style><script async src=\"a.js\"></script></head><body><p>Text</p></body></html>")
    }

    @Test("JSON-LD and short scripts keep their text; a long one naming a publishing date leaves a placeholder")
    func keepsReadableScripts() {
        let jsonLD = "<script type=\"application/LD+JSON\">{\"headline\": \"\(longScript)\"}</script>"
        let short = "<script>document.write('4 March 2021')</script>"
        #expect(stripped("<html><head>" + jsonLD + short + "</head><body><p>Text</p></body></html>") == nil)
        let dated = "<script>window.__DATA__ = {\"datePublished\": \"2021-03-04\", \"x\": \"\(longScript)\"}</script>"
        let placeholder = String(decoding: RawTextStripper.placeholder(0), as: UTF8.self)
        #expect(stripped("<html><head>" + jsonLD + short + dated + "</head><body><p>Text</p></body></html>")
            == "<html><head>" + jsonLD + short + "<script>\(placeholder)</script></head><body><p>Text</p></body></html>")
    }

    @Test("a script tag in a comment or a quoted attribute is text; quoted > does not end a tag", arguments: [
        "<!-- <script> --><p>Kept paragraph</p><!-- </script> -->",
        "<a title=\"<script>\">Kept paragraph</a><i>x</i><b>y</b></script>",
        "<div data-x='a > b' class=\"<script>\">Kept paragraph</div></script>",
    ])
    func scriptLookalikes(_ html: String) {
        let page = html + "<script>" + longScript + "</script>"
        let result = stripped(page)
        #expect(result?.contains("Kept paragraph") == true)
        #expect(result?.contains(longScript) == false)
    }

    @Test("raw text ends at the first </script, whatever its case; <script/> has none; an unclosed one is left alone")
    func rawTextEnds() {
        #expect(stripped("<SCRIPT>\(longScript)</Script ><p>After</p>") == "<SCRIPT></Script ><p>After</p>")
        #expect(stripped("<script/><p>\(longScript)</p><script>\(longScript)</script>")
            == "<script/><p>\(longScript)</p><script></script>")
        #expect(stripped("<p>Before</p><script>\(longScript)") == nil)
        #expect(stripped("<scripts>\(longScript)</scripts>") == nil)
    }

    @Test("stripping changes nothing the reader sees")
    func strippingKeepsTheTree() throws {
        let page = "<html lang=en><head><title>A title</title><script>\(longScript)</script>"
            + "<script>var publishDate = \"2021-03-04\"; \(longScript)</script></head>"
            + "<body><p>One &amp; two</p><style>.a{}</style><p>Three</p></body></html>"
        let parsed = try #require(HTMLParser.parsePage(Array(page.utf8), encoding: "UTF-8"))
        #expect(parsed.root["lang"] == "en")
        #expect(parsed.root.text == "A titleOne & twoThree")
        #expect(parsed.scripts.count == 1)
        #expect(parsed.scripts.first?.hasPrefix("var publishDate") == true)
    }

    @Test("text around an entity is one text node; a comment or a dropped element ends one")
    func textNodes() throws {
        let root = try #require(HTMLParser.parse(Array("<p>Fish &amp; chips<!-- c -->, peas<br>and <script>x</script>tea</p>".utf8),
                                                 encoding: "UTF-8"))
        let paragraph = try #require(root.descendants().first { $0.name == "p" })
        let texts = paragraph.children.compactMap { if case let .text(text) = $0 { text } else { nil } }
        #expect(texts == ["Fish & chips", ", peas", "and ", "tea"])
    }

    @Test("implied and auto-closed elements nest as libxml2 closes them")
    func impliedElements() throws {
        let root = try #require(HTMLParser.parse(Array("<p>One<p>Two<ul><li>a<li>b</ul>".utf8), encoding: "UTF-8"))
        #expect(root.name == "html")
        let body = try #require(root.elements.first { $0.name == "body" })
        #expect(body.elements.map(\.name) == ["p", "p", "ul"])
        #expect(Array(body.elements).last.map { Array($0.elements).map(\.text) } == ["a", "b"])
    }
}

@Suite("TextCollector")
struct TextCollectorTests {
    @Test("its list of spaces is Unicode's White_Space property, scalar by scalar")
    func spacesAreWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextCollector.isSpace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16)) differs")
                return
            }
        }
    }
}

@Suite("RawTextStripper")
struct RawTextStripperTests {
    private let filler = String(repeating: "var x = 1; ", count: 30)

    @Test("a long script naming a publishing date is lifted out whole and listed in page order")
    func liftsDatedScripts() throws {
        let dated = "window.__DATA__ = {\"datePublished\": \"2021-03-04\"}; \(filler)"
        let page = "<html><head><script>var pubDate = '2020'</script><script>\(dated)</script>"
            + "<script>\(filler)</script></head><body><p>Text</p></body></html>"
        let stripped = try #require(RawTextStripper.strip(Array(page.utf8)))
        #expect(stripped.lifted == [dated])
        #expect(!String(decoding: stripped.bytes, as: UTF8.self).contains("datePublished"))
        let parsed = try #require(HTMLParser.parsePage(Array(page.utf8), encoding: "UTF-8"))
        #expect(parsed.scripts == ["var pubDate = '2020'", dated])
    }

    @Test("a lifted script reads as libxml2 reads it: forbidden characters dropped, line ends kept")
    func liftedTextAsLibxml2() throws {
        let dated = "var publishDate = \"2021-03-04\";\r\n\u{1}\u{FFFE}\(filler)"
        let page = "<html><head><script>\(dated)</script></head><body><p>Text</p></body></html>"
        let stripped = try #require(RawTextStripper.strip(Array(page.utf8)))
        #expect(stripped.lifted == ["var publishDate = \"2021-03-04\";\r\n\(filler)"])
    }

    @Test("a page that writes a placeholder itself is parsed whole, its scripts in order")
    func forgedPlaceholder() throws {
        let dated = "var publishDate = \"2021-03-04\"; \(filler)"
        let forged = String(decoding: RawTextStripper.placeholder(0), as: UTF8.self)
        let page = "<html><head><script>\(forged)</script><script>\(dated)</script></head><body><p>Text</p></body></html>"
        #expect(RawTextStripper.strip(Array(page.utf8)) == nil)
        let parsed = try #require(HTMLParser.parsePage(Array(page.utf8), encoding: "UTF-8"))
        #expect(parsed.scripts == [forged, dated])
    }

    @Test("raw text opening with a tag, NUL bytes and unknown declarations leave the page whole", arguments: [
        "<style></p>\(String(repeating: "p{} ", count: 80))</style>",
        "<style><body>\(String(repeating: "p{} ", count: 80))</style>",
        "<script><noscript>\(String(repeating: "x(); ", count: 80))</script>",
        "<script>\(String(repeating: "x(); ", count: 80))</scriptx>y</script>",
        "<p>a\u{0}b</p><style>\(String(repeating: "p{} ", count: 80))</style>",
        "<!DOCTYPE html <p>><style>\(String(repeating: "p{} ", count: 80))</style>",
    ])
    func unsurePages(_ page: String) {
        #expect(RawTextStripper.strip(Array(page.utf8)) == nil)
    }
}

@Suite("RawTextScanner")
struct RawTextScannerTests {
    @Test("empty scripts, doctypes with identifiers, comments and attributes of every kind are read through")
    func readsOrdinaryMarkup() throws {
        let page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">"
            + "<?xml version=\"1.0\"?><html><head><script src=\"a.js\" async></script><!-- <script> -->"
            + "<style media=screen>p{}</style></head><body data-x='<script>' hidden><p>x</p></body></html>"
        let elements = try #require(Array(page.utf8).withUnsafeBufferPointer { RawTextScanner.elements(in: $0) })
        #expect(elements.map(\.isStyle) == [false, true])
        #expect(elements.map(\.content.count) == [0, 3])
        let template = "<![if !IE]><script type=\"text/template\"><div>{{x}}</div></script><![endif]>"
        let templates = try #require(Array(template.utf8).withUnsafeBufferPointer { RawTextScanner.elements(in: $0) })
        #expect(templates.map(\.content.count) == [16])
    }
}
