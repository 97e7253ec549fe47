import Testing
@testable import Archive

/// Towns whose GeoNames region no name matched to an ISO 3166-2 code (regions redrawn or renamed
/// since: France's of 2016, DR Congo's of 2015, Sudan's Darfur states) are in the town table under
/// the region their towns lie in, so an event there gets its country, region and point.
@Suite("Event places: towns of regions matched by where they lie")
struct EventPlaceRegionMatchTests: EventSampling {
    let published = "2022-06-01"

    @Test("a large city of a redrawn region is placed in that region, at its own point")
    func citiesOfRedrawnRegions() {
        let toulouse = first("On 2 June 2022, several thousand farmers marched in Toulouse against the new water rules.")
        #expect(toulouse?.countryCode == "FR")
        #expect(toulouse?.admin1Code == "FR-OCC")
        #expect(km(toulouse, 43.60, 1.44) < 10)
        #expect(toulouse?.geoPrecision == 1)

        let lubumbashi = first("Miners clashed with police in Lubumbashi on Tuesday; two people were shot dead.")
        #expect(lubumbashi?.countryCode == "CD")
        #expect(lubumbashi?.admin1Code == "CD-HK")
        #expect(km(lubumbashi, -11.66, 27.48) < 10)

        let nyala = first("Gunmen attacked a market in Nyala, killing four traders.")
        #expect(nyala?.countryCode == "SD")
        #expect(nyala?.admin1Code == "SD-DS")
    }

    @Test("the Greek city is drawn in Greece, not at a namesake abroad")
    func patrasInGreece() {
        let event = first("Dock workers rallied in Patra, Greece, demanding higher wages.")
        #expect(event?.countryCode == "GR")
        #expect(event?.admin1Code == "GR-G")
        #expect(km(event, 38.25, 21.73) < 10)
    }
}
