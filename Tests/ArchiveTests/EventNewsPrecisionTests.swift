import Testing
@testable import Archive

/// How sure a story's report is (`ArticleEvents+Confidence`): in a story, the gate's reading counts
/// half and the sentence's evidence (the lead, a day, a place, the dead counted, armed actors) and
/// doubts (a quotation, a second report of a kind told already with no day, no verb of the past)
/// weigh the rest; a short report keeps the gate's confidence. Stories and sentences written for
/// these tests, published on Wednesday 2023-05-10.
@Suite("Events' confidence in news stories")
struct EventNewsPrecisionTests {
    static func reports(_ text: String) -> [ExtractedEvent] {
        EventExtractor.reports(in: text, published: PartialDate(iso: "2023-05-10"), mentions: EntityExtractor.mentions(in: text))
    }

    /// A story of eight sentences and more whose lead reports a clash; the sentence tested comes third.
    static func story(_ sentence: String) -> String {
        """
        Soldiers and rebels clash in the hills

        Soldiers killed four rebels near Garissa on Monday, the army said. The talks will resume next week. \
        \(sentence) Traders said business at the border market was slow. Buses ran on time. Schools stayed open. \
        Farmers planted their crops. The weather was dry.
        """
    }

    /// The sentence in a short report (no story).
    static func short(_ sentence: String) -> String {
        "Soldiers and rebels clash in the hills\n\n\(sentence) Traders said business at the border market was slow.\n"
    }

    static func confidence(of sentence: String, in text: String) -> Double? {
        reports(text).first { $0.notes.hasPrefix(sentence.prefix(30)) }?.confidence
    }

    @Test("a story's lead with its day, place, dead and armed actors is surer than the gate alone")
    func leadWithEvidence() throws {
        let lead = "Soldiers killed four rebels near Garissa on Monday, the army said."
        let c = try #require(Self.confidence(of: lead, in: Self.story("Buses were late.")))
        #expect(c >= 0.98)
        // Control: the same sentence as a short report keeps the gate's reading, still above 0.9.
        let s = try #require(Self.confidence(of: lead, in: Self.short(lead)))
        #expect(s >= 0.9 && s < c)
    }

    @Test("a quotation past the lead is less sure than the same act reported")
    func quoted() throws {
        let quote = "\"Gunmen shot at our houses and burnt the shops,\" a resident said."
        let told = "Gunmen shot at houses and burnt shops in the village, residents said."
        let q = try #require(Self.confidence(of: quote, in: Self.story(quote)))
        let t = try #require(Self.confidence(of: told, in: Self.story(told)))
        #expect(q < 0.8)
        #expect(t >= 0.8)
        #expect(q < t)
    }

    @Test("a short report keeps the gate's confidence, quoted or not")
    func shortKeepsTheGate() throws {
        let quote = "\"Gunmen shot at our houses and burnt the shops,\" a resident said."
        #expect(try #require(Self.confidence(of: quote, in: Self.short(quote))) >= 0.9)
    }

    @Test("a second clash with no day of its own is less sure; one with its day and place stays sure")
    func retold() throws {
        let again = "Rebels fought with soldiers for hours, residents said."
        let dated = "Rebels fought with soldiers near Wajir on Tuesday, residents said."
        let a = try #require(Self.confidence(of: again, in: Self.story(again)))
        let d = try #require(Self.confidence(of: dated, in: Self.story(dated)))
        #expect(a < 0.8)
        #expect(d >= 0.9)
    }

    @Test("a report that lacks evidence but shows no doubt stays at the threshold, not dropped")
    func floored() throws {
        let plain = "Militants attacked a convoy, officials said."
        let c = try #require(Self.confidence(of: plain, in: Self.story(plain)))
        #expect(c >= 0.5)
    }
}
