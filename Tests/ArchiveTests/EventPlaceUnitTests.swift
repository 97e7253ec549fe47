import Testing
@testable import Archive

/// Places the town table holds beyond GeoNames' towns (Bangladesh's upazilas and unions, other
/// Latin spellings of towns) and the levels of a place list ACLED codes as the location: a
/// headquarters upazila's town, the city an area lies in, a road's place, a tag written capitalised.
@Suite("Event places: units, spellings and levels")
struct EventPlaceUnitTests: EventSampling {
    let published = "2023-05-01"

    @Test("an upazila and a union are drawn at their own points")
    func upazilaAndUnion() {
        // Kotalipara upazila of Gopalganj district, Dhaka division: no GeoNames town bears its name.
        let upazila = first("Supporters of two council candidates clashed with sticks on Tuesday in Kotalipara upazila (Gopalganj, Dhaka), leaving six hurt.")
        #expect(upazila?.location?.name == "Kotalipara")
        #expect(upazila?.admin1Code == "BD-C")
        #expect(km(upazila, 23.00, 89.99) < 10)
        #expect(upazila?.geoPrecision == 2)
    }

    @Test("a town written in another Latin spelling is found at its point")
    func alternateSpelling() {
        // GeoNames' Lashkar Gah, written as one word.
        let town = first("Gunmen attacked an army checkpoint in Lashkargah, Helmand, on Sunday night, killing two soldiers.")
        #expect(town?.admin1Code == "AF-HEL")
        #expect(km(town, 31.59, 64.37) < 3)
        #expect(town?.geoPrecision == 1)
    }

    @Test("a union that shares a division's name in another division is not the place meant")
    func unionInAnotherRegion() {
        let city = first("Shopkeepers rallied for two hours in Barisal city (Barisal) over rising rents.")
        #expect(city?.admin1Code == "BD-A")
        #expect(km(city, 22.70, 90.37) < 10)
    }

    @Test("a headquarters upazila is coded to its town")
    func headquartersUpazila() {
        #expect(first("Shopkeepers blocked a road for two hours in Jhenaidah Sadar upazila (Khulna) over rising rents.")?.location?.name == "Jhenaidah")
        #expect(first("Shopkeepers rallied for two hours in Comilla Adarsha Sadar (Chittagong) over rising rents.")?.location?.name == "Comilla")
        let level = PlaceChain.Level(name: "Pabna Sadar", tag: "upazila", start: 10, end: 21)
        let town = EventGazetteer.headquartersTown(level)
        #expect(town.name == "Pabna" && town.start == 10 && town.end == 15)
        #expect(EventGazetteer.headquartersTown(PlaceChain.Level(name: "Sadarpur", tag: nil, start: 0, end: 8)).name == "Sadarpur")
    }

    @Test("an area of a city is coded to the city, even where a region and a village bear the city's and the area's names")
    func areaOfCity() {
        #expect(first("Shopkeepers blocked a road for two hours in Motijheel area, Dhaka city, over rising rents.")?.location?.name == "Dhaka")
    }

    @Test("a road named for the towns it joins does not place the event; the next place named does")
    func roadBetweenTowns() {
        let event = first("Shopkeepers blocked traffic for two hours at Dhaka - Sylhet highway in Bhairab town (Kishoreganj, Dhaka) over rising rents.")
        #expect(event?.location?.name == "Bhairab")
        #expect(event?.admin1Code == "BD-C")
        // The place after the road and a comma.
        let after = first("Shopkeepers blocked traffic for two hours at the Dhaka - Sylhet highway, Narsingdi town (Narsingdi, Dhaka), demanding lower tolls.")
        #expect(after?.location?.name == "Narsingdi")
    }

    @Test("a name that is an upazila in one division and only a union in another, with no region written, is the upazila")
    func upazilaBeforeUnion() {
        // Golapganj upazila of Sylhet; a union of Rangpur bears the name too.
        let event = first("Shopkeepers rallied for two hours in Golapganj over rising rents.")
        #expect(event?.admin1Code == "BD-G")
        #expect(km(event, 24.81, 92.02) < 10)
    }

    @Test("a site named before `in` is read past to the town")
    func siteBeforeTown() {
        #expect(first("Shopkeepers rallied for two hours in front of the Padma gas office in Faridpur town over rising rents.")?.location?.name == "Faridpur")
    }

    @Test("a tag written capitalised is not part of the name")
    func capitalisedTag() {
        let event = first("Shopkeepers rallied for two hours in Daulatkhan Upazila (Bhola, Barisal) over rising rents.")
        #expect(event?.location?.name == "Daulatkhan")
        #expect(event?.admin1Code == "BD-A")
    }

    @Test("a village named by its tag is a place without `in` before it")
    func villageWithoutCue() {
        let event = first("On Monday, armed men attacked Marimba village (Macomia, Cabo Delgado), burning houses.")
        #expect(event?.location?.name == "Marimba")
        #expect(event?.admin1Code == "MZ-P")
    }
}
