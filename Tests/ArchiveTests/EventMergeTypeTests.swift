import Testing
@testable import Archive

/// Two reports of one event in one text: which sub-event type the merged event keeps. Articles
/// written for these tests, published 2022-03-08.
@Suite("Merged reports keep the codebook's type")
struct EventMergeTypeTests {
    static func reports(_ text: String) -> [ExtractedEvent] {
        let published = PartialDate(iso: "2022-03-08")
        return EventExtractor.events(in: text, published: published, mentions: EntityExtractor.mentions(in: text)).filter { $0.kind == nil }
    }

    @Test("shelling told beside an exchange of fire is one armed clash")
    func shellingInABattle() {
        let text = """
        Rebels clashed with the army near Goma on Monday, the army said. \
        The rebels also shelled army positions near Goma on Monday.
        """
        let events = Self.reports(text)
        #expect(events.map(\.subType) == [.armedClash], "\(events.map(\.subType))")
    }

    @Test("shelling alone stays a remote attack, and a bare attack takes the weapon")
    func shellingAlone() {
        #expect(Self.reports("Rebels shelled army positions on the outskirts of Goma on Monday.").map(\.subType) == [.shelling])
        let text = """
        Gunmen attacked a village near Goma on Monday, killing three people. \
        The gunmen threw a grenade at a market in the village on Monday.
        """
        #expect(Self.reports(text).map(\.subType) == [.grenade], "\(Self.reports(text).map(\.subType))")
    }
}
