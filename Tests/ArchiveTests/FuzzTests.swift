import Foundation
import Testing
@testable import Archive

/// Seeded random inputs for the decoders and the query parser, a fixed number each, so every run
/// tries the same inputs however fast the machine is. A crash fails the whole run; a property
/// broken is reported with the seed and the input's number, so `FuzzInput(seed:)` replays it.
@Suite("Fuzz")
struct FuzzTests {
    /// Runs `body` on `inputs` inputs from a seeded generator; returns how many of them reached the
    /// code under test (`body` returns true: decoded, parsed, gave an article), which the tests
    /// hold to a floor so that a generator gone wrong, feeding only rejects, is noticed.
    @discardableResult
    static func fuzz(_ name: String, seed: UInt64, inputs: Int, _ body: (inout SeededGenerator, Int) throws -> Bool) rethrows -> Int {
        var random = SeededGenerator(seed: seed)
        var reached = 0
        for number in 0..<inputs where try body(&random, number) { reached += 1 }
        print("fuzz \(name): \(reached) of \(inputs) inputs reached the target (seed \(seed))")
        return reached
    }

    static let seedBytes: [[UInt8]] = Fixtures.seedNames.map { try! Array(Data(contentsOf: Fixtures.seedURL($0))) }

    @Test("text files: any bytes decode to clean text or a reason, and the reader never crashes")
    func text() {
        let reached = Self.fuzz("text", seed: 1, inputs: 300) { random, _ in
            let bytes = FuzzInput.bytes(&random, base: Self.seedBytes.randomElement(using: &random)!)
            if let decoded = try? TextDecoder.decode(bytes) {
                #expect(!decoded.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "control characters left")
                #expect(!decoded.text.contains("\r"))
            }
            return Self.extract(bytes, format: .text)
        }
        #expect(reached >= 140)
    }

    @Test("web pages: tag soup, broken charsets and deep nesting never crash the HTML reader")
    func html() {
        let reached = Self.fuzz("html", seed: 2, inputs: 400) { random, _ in
            let bytes = Array(FuzzInput.html(&random).utf8)
            Self.extract(bytes, format: .html)
            return HTMLParser.parsePage(bytes, encoding: "UTF-8") != nil
        }
        #expect(reached >= 320)
    }

    @Test("cutting script and style text out before parsing gives the tree and scripts a whole parse gives")
    func rawTextStripping() {
        let reached = Self.fuzz("raw text", seed: 5, inputs: 600) { random, number in
            let bytes = Array(FuzzInput.scripts(&random).utf8)
            let whole = HTMLParser.parsePage(bytes, encoding: "UTF-8", stripsRawText: false)
            let stripped = HTMLParser.parsePage(bytes, encoding: "UTF-8")
            #expect(whole.map { FuzzInput.dump($0.root) } == stripped.map { FuzzInput.dump($0.root) }, "tree differs, input \(number)")
            #expect(whole?.scripts == stripped?.scripts, "scripts differ, input \(number)")
            return whole != nil
        }
        #expect(reached >= 500)
    }

    @Test("JSON: broken documents, lines and shapes give records or a reason, never a crash")
    func json() {
        let reached = Self.fuzz("json", seed: 3, inputs: 2000) { random, _ in
            let text = FuzzInput.json(&random)
            guard let records = try? JSONReader.read(Array(text.utf8)) else { return false }
            for record in records { if case let .success(article) = record.result { #expect(!article.body.isEmpty) } }
            return true
        }
        #expect(reached >= 15)
    }

    @Test("queries: whatever the user types, the parser gives FTS5 a query it accepts")
    func queries() throws {
        let db = try Connection(path: ":memory:")
        try db.execute(script: "CREATE VIRTUAL TABLE t USING fts5(title, body, title_forms, body_forms, tokenize='porter unicode61 remove_diacritics 2');"
                       + "INSERT INTO t VALUES ('Convoy hit', 'The convoy was hit near the bridge in Dhi Qar', NULL, NULL);")
        let match = try db.prepare("SELECT count(*) FROM t WHERE t MATCH ?")
        let reached = try Self.fuzz("query", seed: 4, inputs: 6000) { random, number in
            let query = FuzzInput.query(&random)
            guard let parsed = try? FTSQuery.parse(query) else { return false }
            try match.bind([.text(parsed.expression)])
            do {
                _ = try match.next()
                try match.bind([])
            } catch {
                Issue.record("input \(number): \(query.debugDescription) became \(parsed.expression.debugDescription): \(error)")
            }
            return true
        }
        #expect(reached >= 4500)
    }

    /// The whole chain a worker runs on a file; anything but a crash is fine. True when it gave an article.
    @discardableResult
    private static func extract(_ bytes: [UInt8], format: FileFormat) -> Bool {
        guard let article = try? ArticleExtractor.extract(bytes: bytes, format: format, path: "fuzz") else { return false }
        _ = Fingerprint(body: article.body)
        _ = EntityExtractor.mentions(in: article.body)
        #expect(!article.body.isEmpty)
        return true
    }
}

/// Random inputs built from the pieces that break parsers: structure characters, escapes,
/// invalid encodings, huge and deep values, and real text cut and spliced.
enum FuzzInput {
    static func bytes(_ random: inout SeededGenerator, base: [UInt8]) -> [UInt8] {
        var bytes = base
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes = (0..<Int.random(in: 0..<512, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 1: bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        case 2: bytes = Array(bytes.utf16Shaped(littleEndian: Bool.random(using: &random)))
        default: break
        }
        for _ in 0..<Int.random(in: 0..<12, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            case 1: bytes.insert(contentsOf: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xED, 0xA0, 0x80], [0], [0x0D], [0xE2, 0x80, 0xA8]]
                .randomElement(using: &random)!, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1..<64, using: &random)))
            case 3: bytes.insert(contentsOf: Array(repeating: UInt8.random(in: 0...255, using: &random), count: Int.random(in: 1..<2000, using: &random)), at: at)
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 200)], at: Int.random(in: 0...bytes.count, using: &random))
            }
        }
        return bytes
    }

    static func html(_ random: inout SeededGenerator) -> String {
        let pieces = ["<html>", "<head>", "</head>", "<body>", "<article>", "</article>", "<div class=\"content\">", "</div>", "<p>", "</p>",
                      "<h1>", "</h1>", "<script>", "</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset=\"",
                      "shift_jis", "utf-16", "x-unknown", "\">", "<meta property=\"article:published_time\" content=\"", "2021-13-45T99:99",
                      "<title>", "</title>", "&amp;", "&#x110000;", "&#0;", "&bogus;", "&#xD800;", "<a href=\"javascript:x\">", "</a>",
                      "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<br/>", "<img src=x>", "<", ">", "\"", "'", "\u{0}",
                      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":", "\"datePublished\":\"2021\"}", "\n",
                      "The convoy was hit near the bridge on Monday, officials said, and nobody claimed it. ", "Dhi Qar", "Aṣḥab al-Kahf",
                      "<noscript>", "<iframe>", "<svg><text>", "</svg>", "<p style=\"display:none\">", "<nav>", "</nav>", "<footer>"]
        var html = ""
        for _ in 0..<Int.random(in: 0..<300, using: &random) { html += pieces.randomElement(using: &random)! }
        if Int.random(in: 0..<20, using: &random) == 0 {
            let depth = Int.random(in: 1_000..<20_000, using: &random)
            html = String(repeating: "<div><span>", count: depth) + html + String(repeating: "</span></div>", count: depth / 2)
        }
        return html
    }

    /// Tag soup around scripts and styles: comments, quoted values holding tags, odd closings.
    static func scripts(_ random: inout SeededGenerator) -> String {
        let filler = String(repeating: "var a = b < c && d > e; ", count: 10)
        let pieces = ["<script>", "<script type=\"text/javascript\">", "<script type='application/LD+JSON'>", "</script>", "</SCRIPT >",
                      "<script/>", "<scripts>", "</scriptx>", "<style>", "</style>", "<!--", "-->", "<!DOCTYPE html>", "<?php x ?>",
                      "<a title=\"", "<div data-x='", "\"", "'", "=", ">", "<", "</", "<p>", "</p>", "<br>", filler, filler,
                      "\"datePublished\": \"2021-03-04\"", "publishDate = '2020-01-02'", "\r\n", "\u{1}", "\u{FFFE}", "&amp;",
                      "Fish and chips. ", "<html>", "<body>", "</body>", "<title>", "</title>", "<textarea>", "</textarea>",
                      String(decoding: RawTextStripper.placeholder(0), as: UTF8.self), "<noscript>", "<body>", "<frameset>",
                      "<head>", "<img src=x>", "<![if !IE]>", "<![endif]>", "<!x>", "<li>", "<table>", "<td>", "<div>", "</div>"]
        var html = ""
        for _ in 0..<Int.random(in: 0..<120, using: &random) { html += pieces.randomElement(using: &random)! }
        return html
    }

    /// Names, attributes and texts of a tree, in document order.
    static func dump(_ root: HTMLElement) -> [String] {
        var out: [String] = []
        var stack: [HTMLNode] = [.element(root)]
        while let node = stack.popLast() {
            switch node {
            case let .text(text): out.append("#" + text)
            case let .element(element):
                out.append("<" + element.name + element.attributes.map { " \($0.name)=\($0.value)" }.joined())
                stack.append(.text("/" + element.name))
                stack.append(contentsOf: element.children.reversed())
            }
        }
        return out
    }

    static func json(_ random: inout SeededGenerator) -> String {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"title\"", "\"text\"", "\"maintext\"", "\"date_publish\"", "\"authors\"", "\"url\"",
                      "\"The convoy was hit near the bridge on Monday, officials said, and nobody claimed it.\"", "\"\\ud800\"", "\"\\u0000\"",
                      "\"\\\"\"", "\"2021-02-30\"", "\"tomorrow\"", "null", "true", "1e999", "-0", "123456789012345678901234567890", "[]", "{}",
                      "\"<p>An HTML body, with <b>markup</b> and a paragraph of prose long enough to count as text.</p>\"", "\n", " ",
                      "\"", "\\", "\u{0}", "\u{FEFF}", "NaN", "\"tags\"", "[\"Iraq\", 5, null]", "\"source_domain\"", "\"example.com\""]
        var text = ""
        for _ in 0..<Int.random(in: 0..<200, using: &random) { text += pieces.randomElement(using: &random)! }
        if Int.random(in: 0..<20, using: &random) == 0 {
            let depth = Int.random(in: 100..<100_000, using: &random)
            text = String(repeating: "[", count: depth) + text + String(repeating: "]", count: depth)
        }
        return text
    }

    static func query(_ random: inout SeededGenerator) -> String {
        let pieces = ["convoy", "attack", "Dhi", "Qar", "\"", "(", ")", "*", "-", "+", "^", ":", "title:", "body:", "NOT", "OR", "AND",
                      "NEAR", "NEAR(", ",", "'", ";", "--", "DROP", "U.S.", "al-Kahf", "Aṣḥab", "ـ", "١٢", "🚚", "\u{0}", "\u{1}", "\t",
                      "\n", " ", " ", " ", "{", "}", "title", "or", "not", "near", "5", "x*", "*x", "-\"", "\"-", "a-b-c", "'s", "\\", "%",
                      "\u{301}", "ﬁ", "İ", "ß", "\u{200B}", "#", "@", "$", "!", "?", "="]
        var query = ""
        for _ in 0..<Int.random(in: 0..<16, using: &random) { query += pieces.randomElement(using: &random)! }
        return query
    }
}

private extension Array where Element == UInt8 {
    /// The bytes as if they were Latin-1 text written in UTF-16 without a byte-order mark.
    func utf16Shaped(littleEndian: Bool) -> [UInt8] {
        flatMap { littleEndian ? [$0, 0] : [0, $0] }
    }
}
