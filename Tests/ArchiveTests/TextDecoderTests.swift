import Foundation
import Testing
@testable import Archive

@Suite("Text decoding")
struct TextDecoderTests {
    @Test("UTF-8 with and without BOM")
    func utf8() throws {
        #expect(try TextDecoder.decode(Array("Aṣḥab".utf8)) == DecodedText(text: "Aṣḥab", encoding: "utf-8"))
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Dhi Qar".utf8)) == DecodedText(text: "Dhi Qar", encoding: "utf-8-bom"))
    }

    @Test("UTF-16 with a byte-order mark, both byte orders")
    func utf16() throws {
        let text = "ذي قار — Dhi Qar"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(le) == DecodedText(text: text, encoding: "utf-16le"))
        #expect(try TextDecoder.decode(be) == DecodedText(text: text, encoding: "utf-16be"))
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252 (which covers Latin-1)")
    func windows1252() throws {
        // "Pérez won €5 “easily”" in Windows-1252; é is Latin-1, € and the quotes are 1252's own.
        let bytes: [UInt8] = Array("P".utf8) + [0xE9] + Array("rez won ".utf8) + [0x80] + Array("5 ".utf8) + [0x93] + Array("easily".utf8) + [0x94]
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: "Pérez won €5 “easily”", encoding: "windows-1252"))
    }

    @Test("line endings become \\n; zero-width, bidi and control characters go; NFC")
    func cleanup() throws {
        let decomposed = "A\u{0323}s\u{0323}h\u{0323}ab"  // combining dots below
        let raw = "one\r\ntwo\rthree\u{200B}\u{FEFF}\u{00AD}\u{0007}\u{200E}\nfour\t" + decomposed
        let decoded = try TextDecoder.decode(Array(raw.utf8))
        #expect(decoded.text == "one\ntwo\nthree\nfour\t" + decomposed.precomposedStringWithCanonicalMapping)
        #expect(decoded.text.unicodeScalars.count == "one\ntwo\nthree\nfour\tAṣḥab".unicodeScalars.count)
    }

    @Test("NUL bytes without a UTF-16 mark are binary and refused with a reason")
    func binary() {
        #expect(throws: ArchiveError.self) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
    }
}

@Suite("Dates in text")
struct DateTextTests {
    @Test("whole-line dates as article headers write them", arguments: [
        ("1 Jan 2022 10:23", "2022-01-01"),
        ("January 1, 2022", "2022-01-01"),
        ("Sat, 01 Jan 2022 10:00 GMT", "2022-01-01"),
        ("2021-09-07", "2021-09-07"),
        ("Updated: 7 September 2021", "2021-09-07"),
        ("December 2021", "2021-12"),
        ("Sept. 3rd, 2021", "2021-09-03"),
    ])
    func wholeLine(text: String, iso: String) {
        #expect(MetadataLine.parse(TextLine(Substring(text))) == .date(PartialDate(iso: iso)!))
    }

    @Test("things that are not dates", arguments: ["31 February 2022", "Iraq 2022", "1 2 3", "January", "The 2022 war"])
    func notDates(text: String) {
        #expect(DateText.parseWhole(text) == nil)
    }

    @Test("dates in addresses")
    func urlDates() {
        #expect(DateText.fromURLPath("https://media.thecradle.co/wp-content/uploads/2021/12/x.png")?.description == "2021-12")
        #expect(DateText.fromURLPath("https://example.com/2021/09/07/convoy-hit/")?.description == "2021-09-07")
        #expect(DateText.fromURLPath("https://example.com/news/12345") == nil)
    }

    @Test("partial dates print at their precision and compare")
    func partialDates() {
        #expect(PartialDate(iso: "2021-12")?.precision == .month)
        #expect(PartialDate(iso: "2021-12-28")! > PartialDate(iso: "2021-12")!)
        #expect(PartialDate(iso: "2021-13") == nil)
        #expect(PartialDate(iso: "21-12-01") == nil)
    }
}

@Suite("Header lines")
struct MetadataLineTests {
    @Test("bylines, sources, counters", arguments: [
        ("By Staff, Agencies", MetadataLine.byline("Staff, Agencies")),
        ("By Al Mayadeen Net", .byline("Al Mayadeen Net")),
        ("Net Source: Al Mayadeen", .source("Al Mayadeen")),
        ("Source: Reuters", .source("Reuters")),
        ("1 Shares", .counter),
        ("2 Min Read", .counter),
        ("Title: Floods close the coast road", .title("Floods close the coast road")),
        ("HEADLINE:  Floods close the coast road ", .title("Floods close the coast road")),
        ("URL: https://news.example.org/2024/03/02/floods", .url("https://news.example.org/2024/03/02/floods")),
        ("Author: Jane Roe", .byline("Jane Roe")),
    ])
    func headerLines(text: String, expected: MetadataLine) {
        #expect(MetadataLine.parse(TextLine(Substring(text))) == expected)
    }

    @Test("sentences that start like header lines are not header lines", arguments: [
        "By the end of the year the troops had left.",
        "by the way",
        "Source: a senior official who asked not to be named because he was not authorised to speak",
        "Link: see the council's page for the new timetable",
        "Author: the council, which wrote the report.",
    ])
    func sentences(text: String) {
        #expect(MetadataLine.parse(TextLine(Substring(text))) == nil)
    }
}

@Suite("Labelled headers of scraped text")
struct LabelledHeaderTests {
    @Test("a scraper's labelled header gives the title, address, author and date, and none of it is body")
    func labelledHeader() throws {
        let text = """
        Title: Floods close the coast road
        URL: https://news.example.org/2024/03/02/floods
        Author: Jane Roe
        Date: 2 March 2024

        Heavy rain closed the coast road between the two harbours on Saturday, the county council said. \
        Crews expect to reopen one lane by Monday evening once the water has drained.
        """
        let article = try TextReader.read(DecodedText(text: text, encoding: "utf-8"))
        #expect(article.title == "Floods close the coast road")
        #expect(article.url == "https://news.example.org/2024/03/02/floods")
        #expect(article.byline == "Jane Roe")
        #expect(article.published?.description == "2024-03-02")
        #expect(article.body.hasPrefix("Heavy rain closed"), "\(article.body)")
    }

    @Test("without a date line, the labelled address's upload path dates the article")
    func addressDates() throws {
        let text = """
        Title: Floods close the coast road
        URL: https://news.example.org/2024/03/02/floods

        Heavy rain closed the coast road between the two harbours on Saturday, the county council said.
        """
        let article = try TextReader.read(DecodedText(text: text, encoding: "utf-8"))
        #expect(article.published?.description == "2024-03-02")
    }
}
