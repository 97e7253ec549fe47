import Testing
@testable import Archive

/// A district the text names where the table knows no town of it: drawn at the district's middle
/// (its outline's centroid), not at its province's capital; a village the table lacks, named as
/// `X of Y district` or `X (Y, Z)`, takes the district's point; a unit of the units table is read
/// only so written, in its own country's region, never as a town in running text.
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

    // Units read only as a level of a place (`UnitTable`): DR Congo's Fizi territory lies some 200 km
    // south of Bukavu, South Kivu's centre; Maruf district some 145 km east of Kandahar city.

    @Test("a unit of the table is in its own country's region, not across the border")
    func unitOfOwnCountry() {
        let fizi = UnitTable.key(ofFolded: "fizi")
        #expect(km(UnitTable.shared.point(key: fizi, region: "CD-SK"), -4.28, 28.83) < 5)
        #expect(UnitTable.shared.point(key: fizi, region: "BI-RM") == nil)
        // Spellings that differ in their vowels and an h share a key.
        #expect(UnitTable.key(ofFolded: "kash rod") == UnitTable.key(ofFolded: "khash rod"))
    }

    @Test("a village the table lacks under a named unit is drawn at the unit, precision 2")
    func villageUnderUnit() {
        #expect(TownTable.shared.towns(named: "kibanduwe").isEmpty)
        let event = first("On Saturday, armed men raided Kibanduwe village (Fizi, South Kivu), killing three civilians.")
        #expect(event?.admin1Code == "CD-SK")
        #expect(event?.location?.name == "Kibanduwe")
        #expect(km(event, -4.28, 28.83) < 5)
        #expect(event?.geoPrecision == 2)
    }

    @Test("a unit named with its word is itself the location, at its point")
    func unitAlone() {
        let event = first("Taliban fighters attacked a police post in Maruf district, Kandahar, on Sunday, killing two policemen.")
        #expect(event?.admin1Code == "AF-KAN")
        #expect(event?.location?.name == "Maruf")
        #expect(km(event, 31.45, 67.25) < 5)
        #expect(event?.geoPrecision == 2)
    }

    @Test("a unit's name in running text, or under another country's region, is no place")
    func unitNotWritten() {
        let alone = first("Gunmen killed three traders in Fizi on Monday, officials in South Kivu said.")
        #expect(km(alone, -4.28, 28.83) > 50)
        // Rumonge is Burundi's; Fizi is DR Congo's, across the lake.
        let abroad = first("On Saturday, armed men raided Kibanduwe village (Fizi, Rumonge), killing three civilians.")
        #expect(km(abroad, -4.28, 28.83) > 50)
    }
}
