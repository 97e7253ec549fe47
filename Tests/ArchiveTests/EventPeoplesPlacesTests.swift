import Testing
@testable import Archive

/// A people's name that a town bears too names the people, not the town, unless the words say a
/// place; a town whose namesakes lie in several countries is the one at home of the text's parties.
@Suite("Event places: a people is no town, and who acts picks among namesakes")
struct EventPeoplesPlacesTests: EventSampling {
    @Test("a people written as a people is no place, though a town bears its name; its country stays")
    func peopleIsNoTown() {
        let clash = first("Kikuyu and Maasai herders fought over a watering point, leaving three people dead.")
        #expect(clash?.countryCode == "KE")
        #expect(clash?.admin1Code == nil)
        #expect(clash?.location == nil)
        let attack = first("A gang of Kikuyu youths burned four houses and beat a shopkeeper to death.")
        #expect(attack?.location == nil)
        #expect(attack?.admin1Code == nil)
        // A village abroad that bears a Kenyan people's name is no place of a Kenyan raid.
        let raid = first("Orma herders and Pokomo farmers clashed over grazing land, and two men were killed.")
        #expect(raid?.countryCode == "KE")
        #expect(raid?.location == nil)
    }

    @Test("the town of a people's name is a place when the words say so")
    func townWrittenAsPlace() {
        let inTown = first("Youths stoned two buses in Kikuyu after a rally on Sunday.")
        #expect(inTown?.location?.name == "Kikuyu")
        #expect(inTown?.admin1Code == "KE-13")
        let named = first("Traders protested over new market fees in Kikuyu town on Monday.")
        #expect(named?.admin1Code == "KE-13")
    }

    @Test("a people named after its home region keeps the region")
    func homeRegionKept() {
        let raid = first("Turkana raiders drove off two hundred goats and shot a herder dead.")
        #expect(raid?.countryCode == "KE")
        #expect(raid?.admin1Code == "KE-43")
    }

    @Test("the parties of the text choose their country's namesake of a town far away")
    func namesakeAtHome() {
        let clash = first("Jubilee supporters and police clashed in Eastleigh, and five people were injured.")
        #expect(clash?.countryCode == "KE")
        #expect(clash?.admin1Code == "KE-30")
        let road = first("ODM youths blocked the road in Kandara and burned tyres to protest the arrest of a councillor.")
        #expect(road?.countryCode == "KE")
        #expect(road?.admin1Code == "KE-29")
    }

    @Test("a text that names a place of the namesake's country keeps it")
    func namedCountryKept() {
        let march = first("Jubilee supporters marched in Eastleigh, east of Johannesburg, to protest against a rise in fuel prices.")
        #expect(march?.countryCode == "ZA")
    }
}
