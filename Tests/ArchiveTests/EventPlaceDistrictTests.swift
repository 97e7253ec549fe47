import Testing
@testable import Archive

/// A district the text names where the table knows no town of it: drawn at the district's middle
/// (its outline's centroid), not at its province's capital; a village the table lacks, named as
/// `X of Y district`, takes the district's point.
@Suite("Event places: districts at their own point")
struct EventPlaceDistrictTests: EventSampling {
    @Test("a district of a country with few towns is in the table, at a point inside it")
    func districtInTable() {
        let towns = TownTable.shared.towns(named: "khakrez")
        #expect(towns.first?.region == "AF-KAN")
        #expect(towns.first?.sizeClass == 0)
        // Kandahar city, the province's centre, is some 45 km south-east of the district's middle.
        #expect(km(towns.first?.point, 31.61, 65.71) > 30)
    }

    @Test("an event in a district is drawn at the district, not the province's capital")
    func eventInDistrict() {
        let event = first("On 9 June 2021, gunmen attacked a police post in Khakrez district, Kandahar, killing two officers.")
        #expect(event?.admin1Code == "AF-KAN")
        #expect(km(event, 32.0, 65.5) < 5)
        #expect(event?.geoPrecision == 2)
    }

    @Test("a village the table lacks, named as part of a district, takes the district's point")
    func villageOfDistrict() {
        #expect(TownTable.shared.towns(named: "spinakai").isEmpty)
        let event = first("On 9 June 2021, a roadside bomb struck an army patrol in Spinakai of Khakrez district, Kandahar.")
        #expect(event?.admin1Code == "AF-KAN")
        #expect(km(event, 32.0, 65.5) < 5)
    }
}
