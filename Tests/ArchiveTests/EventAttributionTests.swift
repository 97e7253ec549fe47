import Testing
@testable import Archive

/// Words told by a source and crime named by its setting: a verb of saying after the clause it
/// reports is no party's statement, and a killing named as organised crime's is no armed clash;
/// beside each, a sentence in the same words that keeps its event. Sentences written for these tests.
@Suite("Events: a source's attribution, crime named by its setting")
struct EventAttributionTests {
    static func events(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.events(text, published: "2023-05-10")
    }

    @Test("a report closed by its source (`…, officials said.`) is no statement", arguments: [
        "Armed men let go of forty passengers from a hijacked bus near the northern border on Tuesday, officials said.",
        "A cargo plane flying from the capital to the coast made an emergency landing at the military airport on Monday after a phone threat, said a police spokesman.",
    ])
    func attribution(_ text: String) {
        let events = Self.events(text)
        #expect(!events.contains { $0.kind == .statement }, "\(events.map(\.kind))")
    }

    @Test("a party's own word, quoted or told with `that`, stays a statement", arguments: [
        "\"We will not leave the valley before the spring,\" the army said on Tuesday.",
        "The army said on Tuesday that its troops would stay in the valley until the spring.",
    ])
    func ownWord(_ text: String) {
        let events = Self.events(text)
        #expect(events.contains { $0.kind == .statement }, "\(events.map(\.kind))")
    }

    @Test("a gangland shooting is crime, and so are arrests over a Mafia killing; a militant shooting stays")
    func crimeSetting() {
        let gangland = Self.events("A gangland shooting left two shopkeepers dead near the harbour on Sunday night, police said.")
        #expect(!gangland.contains { $0.subType.isViolent }, "\(gangland.map(\.subType))")
        let arrests = Self.events("Police arrest three brothers after Mafia killing of a shopkeeper")
        #expect(arrests.filter { $0.kind == nil }.isEmpty, "\(arrests.map(\.subType))")
        let militants = Self.events("A militant shooting left two shopkeepers dead near the harbour on Sunday night, police said.")
        #expect(militants.contains { $0.subType.isViolent }, "\(militants.map(\.subType))")
    }
}
