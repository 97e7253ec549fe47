import Testing
@testable import Archive

/// Ukraine's villages at the council named for them, and a party that works in a few regions
/// choosing its namesake over a town of the name elsewhere.
@Suite("Event places: Ukraine's villages at their council, a party's namesake over a town")
struct EventPlaceCouncilTests: EventSampling {
    @Test("a front-line village whose hromada the table cannot place is drawn at the council named for it")
    func villageAtItsCouncil() {
        // Starohnativka lies south of Donetsk; its raion's middle, where it was drawn, is 80 km north-east.
        let event = first("On 3 March 2021, mortar shells hit a house in Starohnativka, Donetsk oblast, wounding a man.")
        #expect(event?.admin1Code == "UA-14")
        #expect(event?.location?.name == "Starohnativka")
        #expect(km(event, 47.55, 37.77) < 15)
    }

    @Test("monitors of the line of contact mean its village, not a town of the name in the west")
    func partyOverTown() {
        // Vodyane is a town of Lviv oblast and a village of Donetsk oblast.
        let alone = first("On 3 March 2021, shells hit houses near Vodyane, wounding a woman.")
        #expect(alone?.admin1Code == "UA-46")
        let monitors = first("On 3 March 2021, the OSCE SMM recorded shelling that hit houses near Vodyane, wounding a woman.")
        #expect(monitors?.admin1Code == "UA-14")
        #expect(km(monitors, 47.78, 37.25) < 30)
        // A region the chain names still wins over the party's.
        let named = first("On 3 March 2021, the OSCE SMM recorded shelling that hit houses near Vodyane, Lviv oblast, wounding a woman.")
        #expect(named?.admin1Code == "UA-46")
    }
}
