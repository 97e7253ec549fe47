import Testing
@testable import Archive

/// A note's country when it names its place: a village abroad gives way to the country the text's
/// parties agree on, a shared party picks the one of its countries that has a place of the name, and
/// a country named only as where raiders came from gives way to the country of the people they
/// struck. Each rule with a control that stays abroad. Sentences and places written for the tests.
@Suite("Event places: the country of the parties over villages abroad and over where raiders came from")
struct EventPlaceHomeTests: EventSampling {
    @Test("a village abroad, and none of its name at home, gives way to the parties' country with no region")
    func villageAbroadGivesWay() {
        let clash = first("ODM supporters and police clashed in Toszek, and four people were injured.")
        #expect(clash?.countryCode == "KE")
        #expect(clash?.admin1Code == nil)
        // Control: without a party of one country the village stays where the table has it.
        let plain = first("Supporters of two candidates and police clashed in Toszek, and four people were injured.")
        #expect(plain?.countryCode == "PL")
    }

    @Test("a town of 10,000 people or more abroad stays abroad, whoever acts")
    func townAbroadStays() {
        let clash = first("ODM supporters and police clashed in Amboise, and four people were injured.")
        #expect(clash?.countryCode == "FR")
    }

    @Test("a party of two countries picks the one of them that has a place of the name")
    func sharedPartyPicksItsNamesake() {
        let attack = first("Al-Shabaab gunmen shot dead two guards at a quarry in Kihara on Sunday.")
        #expect(attack?.countryCode == "KE")
        #expect(attack?.admin1Code == "KE-13")
        // Control: where neither of the party's countries has a place of the name, the village abroad stays.
        let far = first("Al-Shabaab gunmen shot dead two guards at a quarry in Toszek on Sunday.")
        #expect(far?.countryCode == "PL")
    }

    @Test("raiders' country gives way to the people they struck, at a place no table knows")
    func raidersCountryGivesWay() {
        let raid = first("Ethiopian raiders shot dead two Kalenjin herders near Lake Lokwamor.")
        #expect(raid?.countryCode == "KE")
        #expect(raid?.admin1Code == nil)
        let from = first("Raiders from Ethiopia shot dead two Kalenjin herders near Lake Lokwamor.")
        #expect(from?.countryCode == "KE")
        // The victims' own country, named by its adjective, says it without any party.
        let fishermen = first("Militiamen from Ethiopia shot dead three Kenyan fishermen on Lake Lokwamor.")
        #expect(fishermen?.countryCode == "KE")
        // Control: with nothing else to go by, the raiders' country is still the best guess.
        let alone = first("Ethiopian raiders shot dead two herders near Lake Lokwamor.")
        #expect(alone?.countryCode == "ET")
    }

    @Test("a country named as where it happened is kept, though raiders came from it too")
    func countryNamedAsPlaceKept() {
        let raid = first("Ethiopian raiders shot dead two Kalenjin herders near Lake Lokwamor in Ethiopia.")
        #expect(raid?.countryCode == "ET")
    }
}
