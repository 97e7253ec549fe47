import Testing
@testable import Archive

/// The byte checks that spare Foundation's search give its answers: separators, digits and the
/// characters canonically equal to ASCII ones.
@Suite("Byte shortcuts")
struct ByteShortcutTests {
    @Test("dates are still split at every separator the tokenizer knew, \\r\\n and non-ASCII spaces included")
    func separators() {
        #expect(DateValue.find(in: "Posted\r\n09.07.2019") == PartialDate(year: 2019, month: 7, day: 9))
        #expect(DateValue.find(in: "(3 March 2021)") == PartialDate(year: 2021, month: 3, day: 3))
        #expect(DateValue.find(in: "[Foto]|2021/04/17") == PartialDate(year: 2021, month: 4, day: 17))
        #expect(DateValue.find(in: "3\u{00A0}March\u{2009}2021") == PartialDate(year: 2021, month: 3, day: 3))
        #expect(DateValue.find(in: "10:30 Uhr") == nil)
    }

    @Test("a paragraph that may hold the probe: its bytes, or a character canonically equal to an ASCII one")
    func mayContain() {
        #expect(ArticleText.mayContain("The mayor said on Monday", "mayor said"))
        #expect(!ArticleText.mayContain("The mayor said on Monday", "council voted"))
        // U+212A KELVIN SIGN is canonically `K`: Foundation may find `K` there, so the search runs.
        #expect(ArticleText.mayContain("300 \u{212A}", "300 K"))
        // A probe beyond ASCII is always searched.
        #expect(ArticleText.mayContain("Zürich", "Genève"))
    }
}
