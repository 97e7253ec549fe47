import Testing
@testable import Archive

/// A place named with the region it lies in takes that region's country, not the country of a
/// larger namesake abroad: a country's name that is also a region (`Niger`, `Georgia`), a level
/// the text calls a district, and a namesake's country that the chain's own names gave.
@Suite("Event places: namesakes abroad told apart by the region named")
struct EventPlaceNamesakeTests: EventSampling {
    @Test("a country's name after a town that lies in a region of that name is the region")
    func countryNamedLikeARegion() {
        let bida = first("Bandits abducted four travellers near Bida (Bida LGA, Niger) on Sunday.")
        #expect(bida?.countryCode == "NG")
        #expect(bida?.admin1Code == "NG-NI")
        let athens = first("Supporters of the mayor marched in Athens, Georgia, over the city budget.")
        #expect(athens?.countryCode == "US")
        #expect(athens?.admin1Code == "US-GA")
    }

    @Test("a country named alone after a town stays the country")
    func countryAfterTown() {
        let event = first("Farmers marched over fertiliser prices in Tripoli, Lebanon, on Monday.")
        #expect(event?.countryCode == "LB")
    }

    @Test("a level called a district is no city, though a larger city abroad bears its name")
    func districtIsNoCity() {
        let event = first("Militants fired rockets at a police post in Hyderabad district, Kunar, on Sunday.")
        #expect(event?.countryCode == "AF")
        #expect(event?.admin1Code == "AF-KNR")
    }

    @Test("the country the gazetteer gives a namesake yields to the region the chain spells")
    func namesakeYieldsToRegion() {
        let event = first("Police dispersed traders who protested in the Hollywood area of Nairobi.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-30")
    }
}
