import Testing
@testable import Archive

/// Which place of a chain an event is coded to, as ACLED codes it: `Saint` and `St.` written either
/// way, a site or a part of a city the town table does not know given up for the city named after
/// it, a site's noun before `of`, and a town named with the word `Town`.
@Suite("Event places: saints, sites and parts of cities")
struct EventPlaceSitesTests: EventSampling {
    @Test("`St.` and `Saint` meet both ways, and the larger place of the name comes first")
    func saints() {
        let table = TownTable.shared
        #expect(table.towns(named: "st petersburg").first?.region == "RU-SPE")
        #expect(table.towns(named: "st petersburg").contains { $0.region == "US-FL" })
        #expect(table.towns(named: "saint petersburg").contains { $0.region == "US-FL" })
        let russia = first("On 3 May 2021, hundreds of people protested in St. Petersburg against the new pension law.")
        #expect(russia?.countryCode == "RU")
        #expect(russia?.admin1Code == "RU-SPE")
        let written = first("On 3 May 2021, hundreds of people protested in St Petersburg against the new pension law.")
        #expect(written?.countryCode == "RU")
        // The state written after the name still picks the smaller namesake.
        let florida = first("On 3 May 2021, hundreds of people protested in St. Petersburg, Florida, against the new pension law.")
        #expect(florida?.admin1Code == "US-FL")
    }

    @Test("a museum or a monument before a place is a site in that place; a land port is a place of its own")
    func sites() {
        let museum = first("On 4 May 2023, teachers gathered at Liberation Museum, Sylhet, to ask for higher pay.")
        #expect(museum?.countryCode == "BD")
        #expect(museum?.location?.name == "Sylhet")
        let monument = first("On 4 May 2023, teachers protested at Victory Monument, Sylhet, over their pay.")
        #expect(monument?.location?.name == "Sylhet")
        let port = first("On 4 May 2023, two groups of porters clashed at Kholapara land port, Sundarganj upazila (Gaibandha, Rangpur), over wages.")
        #expect(port?.location?.name == "Kholapara")
        let named = first("On 4 May 2023, two groups of porters clashed at Kholapara Land Port, Sundarganj upazila (Gaibandha, Rangpur), over wages.")
        #expect(named?.location?.name == "Sundarganj")
    }

    @Test("a part of a city the town table lacks is coded to the city named after it; a known town keeps it")
    func partsOfCities() {
        let part = first("On 4 May 2023, gunmen shot dead a shopkeeper in Ruposhipara of Rangpur city.")
        #expect(part?.countryCode == "BD")
        #expect(part?.location?.name == "Rangpur")
        let district = first("On 4 May 2023, gunmen shot dead a shopkeeper in PD7 of Sylhet city.")
        #expect(district?.location?.name == "Sylhet")
        // A town the table knows stays the location, and so does a place the text calls a town.
        let known = first("On 4 May 2023, gunmen shot dead a shopkeeper in Tongi of Gazipur city.")
        #expect(known?.location?.name == "Tongi")
        let town = first("On 4 May 2023, gunmen shot dead a shopkeeper in Hatibari town, Rangpur city.")
        #expect(town?.location?.name == "Hatibari")
    }

    @Test("a site's noun before `of` goes on to the place the site is of")
    func siteOf() {
        let event = first("On 4 May 2023, inmates rioted in New Bell prison of Douala city (Wouri, Littoral) over food.")
        #expect(event?.countryCode == "CM")
        #expect(event?.admin1Code == "CM-LT")
        #expect(event?.location?.name == "Douala")
    }

    @Test("`Embu Town` is the town Embu; `Cape Town` keeps its name")
    func townWord() {
        let event = first("Tens of traders in Kerugoya Town held a peaceful demonstration against harassment by county officials.")
        #expect(event?.countryCode == "KE")
        #expect(event?.location?.name == "Kerugoya")
        let cape = first("On 4 May 2023, about 100 bus drivers demonstrated outside a depot in Cape Town over unpaid wages.")
        #expect(cape?.location?.name == "Cape Town")
    }
}
