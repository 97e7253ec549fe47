import Testing
@testable import Archive

/// A people's name before a word for its armed band is that people's ethnic militia, a party; a
/// weapon the report names is what a party used, never a party.
@Suite("Event actors: a people's militia, a weapon is no party")
struct EventEthnicMilitiaTests: EventSampling {
    @Test("a people's raiders are its ethnic militia, on the side they acted")
    func raidersAreMilitia() {
        let raid = first("Samburu raiders attacked a village at dawn and drove off forty camels, killing one herder.")
        #expect(raid?.actor1?.name == "Samburu Ethnic Militia")
        let struck = first("Police officers clashed with Turkana warriors near a borehole on Tuesday.")
        #expect(struck?.actor2?.name == "Turkana Ethnic Militia")
    }

    @Test("a people's name with no band after it stays no party")
    func bareNameIsNoParty() {
        let clash = first("Gunmen shot dead two Kikuyu traders on the road to the market.")
        #expect(clash?.actor1?.name != "Kikuyu Ethnic Militia")
        #expect(clash?.actor2?.name != "Kikuyu Ethnic Militia")
    }

    @Test("a weapon is never an actor")
    func weaponIsNoParty() {
        let blast = first("Two soldiers were killed when an IED exploded under their truck on the highway.")
        #expect(blast?.actor1?.name != "IED")
        #expect(blast?.actor2?.name != "IED")
        let shelled = first("An RPG hit a police post overnight, wounding three officers.")
        #expect(shelled?.actor1?.name != "RPG")
        #expect(shelled?.actor2?.name != "RPG")
    }
}
