import Testing
@testable import Archive

/// Looting, burning and arrests told in the same sentence as a riot, a protest or a fight are part
/// of that event: the violence is what the sentence reports first. Sentences written for these tests.
@Suite("Looting and arrests beside violence are part of it")
struct RiotPartsTests {
    @Test("the riot or fight leads, not the looting or the arrests", arguments: [
        "On 4 June 2022, hundreds of angry youths blocked roads with burning tyres and looted shops in Kisumu town.",
        "On 4 June 2022, police arrested twelve people as rival groups of traders fought with machetes at the market in Eldoret.",
    ])
    func violenceLeads(text: String) {
        let first = EventJudgeTests.acled(text).first
        #expect(first != nil && first?.subType.eventType != .strategicDevelopments, "\(text): \(String(describing: first?.subType))")
    }

    @Test("looting alone is still looting")
    func lootingAlone() {
        let text = "On 4 June 2022, soldiers looted shops and burned houses in a village near Beni."
        #expect(EventJudgeTests.acled(text).first?.subType == .lootingPropertyDestruction)
    }
}
