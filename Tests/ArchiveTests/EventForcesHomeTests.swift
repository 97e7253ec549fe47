import Testing
@testable import Archive

/// The region of an event the attackers' home does not give: a county named only as where a force
/// came from (`X bandits`, `raiders from X`) places the event only when the sentence names no other
/// place; a lake or a mountain named for a region lies in it; a headline that runs into its story
/// without a stop gives no place of two words. Each rule with a control. Sentences written for the tests.
@Suite("Event places: the forces' home, landmarks named for a region, run-on headlines")
struct EventForcesHomeTests: EventSampling {
    @Test("raiders from a county that strike in another are placed where they struck")
    func raidersFromElsewhere() {
        let raid = first("Isiolo bandits attacked Laikipia herders, killing a guard.")
        #expect(raid?.admin1Code == "KE-20")
        let from = first("Bandits from Isiolo attacked a school in Laikipia, killing a guard.")
        #expect(from?.admin1Code == "KE-20")
        // Control: with no other place, the home is the last guess.
        let alone = first("Bandits from Isiolo attacked a school, killing a guard.")
        #expect(alone?.admin1Code == "KE-09")
    }

    @Test("a people's county named as the raiders' home gives way to the county of those attacked")
    func homeOfRaidersAgainstPlaceAttacked() {
        let raid = first("Raiders from West Pokot stormed the village of Lokichar (Turkana), killing a herder.")
        #expect(raid?.admin1Code == "KE-43")
        let herders = first("Raiders from West Pokot shot dead Turkana herders and stole 300 goats.")
        #expect(herders?.admin1Code == "KE-43")
        // Control: a county named as where it happened, not as a home, stays the region.
        let home = first("Raiders attacked a village in West Pokot, killing a herder.")
        #expect(home?.admin1Code == "KE-47")
    }

    @Test("a lake named for a region lies in that region")
    func lakeNamedForRegion() {
        let attack = first("Gunmen shot dead three Kenyan fishermen near Lake Baringo on Monday.")
        #expect(attack?.countryCode == "KE")
        #expect(attack?.admin1Code == "KE-01")
        // Control: a lake named for no region says none.
        let other = first("Gunmen shot dead three Kenyan fishermen near Lake Kamurio on Monday.")
        #expect(other?.admin1Code == nil)
    }

    @Test("a headline run into its story is no place name of two words")
    func headlineRunOn() {
        let text = "Roadside bomb kills two soldiers in Syria The blast struck an army convoy near Palmyra on Monday, killing two soldiers."
        let mentions = EntityExtractor.mentions(in: text)
        #expect(!mentions.contains { $0.name == "Syria The" })
        #expect(mentions.contains { $0.name == "Syria" })
        // Control: an article that opens a name stays out of it as before, and a name of two words stays whole.
        let plain = EntityExtractor.mentions(in: "Two soldiers were killed in Deir Hafer on Monday.")
        #expect(plain.contains { $0.name == "Deir Hafer" })
    }
}
