import Testing
@testable import Archive

/// Regions of several countries that share a name (`Maryland`, `Punjab`): with no other cue, the one
/// whose towns hold more people is the one a reader takes; a town or a country the text names still
/// says which.
@Suite("Event places: namesake regions told apart by their people")
struct EventPlaceRegionPeopleTests: EventSampling {
    @Test("a region's people are the sum of its towns'; a country has none")
    func regionPeople() {
        let gazetteer = EventGazetteer.shared
        #expect(gazetteer.people(ofRegion: "US-MD") > 1_000_000)
        #expect(gazetteer.people(ofRegion: "LR-MY") > 0)
        #expect(gazetteer.people(ofRegion: "US-MD") > 10 * gazetteer.people(ofRegion: "LR-MY"))
        #expect(gazetteer.people(ofRegion: "US") == 0)
        // Far more people (five times) is needed; alike in size, or one not counted, the text must tell.
        #expect(gazetteer.mostPeopled(["LR-MY", "US-MD"]) == 1)
        #expect(gazetteer.mostPeopled(["IN-PB", "PK-PB"]) == nil)
        #expect(gazetteer.mostPeopled(["LR-MY"]) == nil)
    }

    @Test("a region named alone goes to the country where it holds more people")
    func regionAlone() {
        let event = first("On 12 May 2021, armed robbers shot dead two guards at a bank in Maryland.")
        #expect(event?.countryCode == "US")
        #expect(event?.admin1Code == "US-MD")
    }

    @Test("a town the smaller region holds, or the text's country, still wins")
    func townOrCountryWins() {
        let town = first("On 12 May 2021, armed robbers shot dead two guards at a bank in Harper, Maryland.")
        #expect(town?.countryCode == "LR")
        #expect(town?.admin1Code == "LR-MY")
        let country = first("On 12 May 2021, armed robbers shot dead two guards at a bank in Maryland, Liberia.")
        #expect(country?.countryCode == "LR")
        #expect(country?.admin1Code == "LR-MY")
    }

    @Test("a Ukrainian village whose hromada has no settlement the table knows is placed in its raion")
    func villageByRaion() {
        let towns = TownTable.shared.towns(named: "mushkutyntsi")
        #expect(towns.first?.region == "UA-68")
        // Khmelnytskyi oblast lies between 48.4 and 50.6 north, 26.0 and 28.0 east.
        let point = towns.first?.point
        #expect((48.4...50.6).contains(point?.latitude ?? 0) && (26.0...28.0).contains(point?.longitude ?? 0))
        let event = first("On 14 June 2021, unknown men set fire to a barn of a farmer in Mushkutyntsi.")
        #expect(event?.admin1Code == "UA-68")
    }
}
