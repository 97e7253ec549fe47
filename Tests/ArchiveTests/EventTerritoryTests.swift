import Testing
@testable import Archive

/// Who took a place decides how ACLED codes it: state forces regain territory, armed groups overtake
/// it, forces that pull out of a place hand it over. Sentences written for these tests.
@Suite("Territory taken, regained or left")
struct EventTerritoryTests {
    static func first(_ text: String) -> SubEventType? {
        EventExtractorTests.events(text, published: "2023-05-10").first { $0.kind == nil }?.subType
    }

    @Test("state forces that take a place regain it, whatever the verb", arguments: [
        "Government troops seized control of the hill town of Karo on Sunday after a week of fighting.",
        "The army took control of the river port of Menda on Tuesday, a military spokesman said.",
        "Security forces have taken control of two villages near the northern border.",
    ])
    func takenByState(sentence: String) {
        #expect(Self.first(sentence) == .governmentRegainsTerritory)
    }

    @Test("armed groups that take a place overtake it, even from the army", arguments: [
        "Rebel fighters seized control of the hill town of Karo on Sunday after a week of fighting.",
        "Militants seized control of the hill town of Karo on Sunday after the army withdrew.",
    ])
    func takenByArmedGroups(sentence: String) {
        #expect(Self.first(sentence) == .nonStateActorOvertakesTerritory)
    }

    @Test("control recovered is territory regained")
    func recoveredControl() {
        #expect(Self.first("The army has recovered control of three villages near the river after heavy fighting.") == .governmentRegainsTerritory)
    }
}
