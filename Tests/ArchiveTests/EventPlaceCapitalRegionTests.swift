import Testing
@testable import Archive

/// Large cities whose region the generator used to drop: a capital that is a first-level region of
/// its own (a `Capital district`, whose type no other region shares) and a Russian krai that
/// iso3166-2 spells as an adjective (`Krasnojarskij kraj`). Each sentence names the city alone.
@Suite("Event place capital regions")
struct EventPlaceCapitalRegionTests: EventSampling {
    let published = "2023-05-02"

    @Test("a capital that is its own region gets that region")
    func capitalDistricts() {
        let caracas = events("Teachers demanding higher wages marched to the education ministry in Caracas on Tuesday and clashed with police.").first
        #expect(caracas?.countryCode == "VE")
        #expect(caracas?.admin1Code == "VE-A")
        let ulaanbaatar = events("Thousands of people protested against rising fuel prices in Ulan Bator on Tuesday.").first
        #expect(ulaanbaatar?.countryCode == "MN")
        #expect(ulaanbaatar?.admin1Code == "MN-1")
    }

    @Test("a krai named after its main town gets its region")
    func kraiOfItsTown() {
        let krasnoyarsk = events("Residents of Krasnoyarsk rallied on Tuesday against a planned landfill near the city.").first
        #expect(krasnoyarsk?.countryCode == "RU")
        #expect(krasnoyarsk?.admin1Code == "RU-KYA")
        #expect(krasnoyarsk?.location?.name == "Krasnoyarsk")
        let khabarovsk = events("Police detained dozens of protesters at a rally in Khabarovsk on Saturday.").first
        #expect(khabarovsk?.countryCode == "RU")
        #expect(khabarovsk?.admin1Code == "RU-KHA")
    }

    @Test("a town of a region matched by its name keeps its own region (control)")
    func otherTowns() {
        let valencia = events("Nurses went on strike over unpaid wages in Valencia, Carabobo, on Tuesday.").first
        #expect(valencia?.admin1Code == "VE-G")
    }
}
