import Testing
@testable import Archive

/// Crude bombs, petrol bombs and Molotov cocktails are a riot's weapons in ACLED's codebook:
/// thrown by a crowd at a protest they make it violent, thrown by anyone else they make mob
/// violence, not remote violence; found by police they are disrupted weapons use. Sentences
/// written for these tests.
@Suite("Thrown crude weapons: riots, not explosions")
struct ThrownWeaponTests {
    static func first(_ text: String) -> ExtractedEvent? {
        EventJudgeTests.acled(text).first
    }

    @Test("crude weapons thrown outside a protest are mob violence", arguments: [
        "On 12 March 2022, unknown youths set off some crude bombs outside the ward councillor's house in Barisal city.",
        "On 12 March 2022, supporters of a rival candidate threw cocktail bombs at a campaign office in Jessore town.",
        "On 12 March 2022, two men on a motorbike hurled petrol bombs at a pharmacy in Kisumu town, over a land dispute.",
    ])
    func mob(text: String) {
        #expect(Self.first(text)?.subType == .mobViolence, "\(text)")
    }

    @Test("thrown by protesters, they make the protest violent")
    func demonstration() {
        let text = "On 12 March 2022, students threw Molotov cocktails at the police during a protest against the fee rise in Santiago."
        #expect(Self.first(text)?.subType == .violentDemonstration)
    }

    @Test("a bomb with no word of a crude one stays remote violence")
    func bomb() {
        let text = "On 12 March 2022, a bomb planted under a bridge exploded as an army convoy passed near Kismayo, killing two soldiers."
        #expect(Self.first(text)?.subType.eventType == .explosions)
    }

    @Test("crude bombs found by police are weapons seized, not a riot")
    func seized() {
        let text = "On 12 March 2022, police recovered forty crude bombs from an abandoned shed in Bardhaman district."
        let events = EventJudgeTests.acled(text)
        #expect(events.first?.subType == .disruptedWeaponsUse)
        #expect(!events.contains { $0.subType == .mobViolence })
    }
}
