import Testing
@testable import Archive

/// Regions under the names the news and ACLED give them where ISO gives others: Indonesia's
/// provinces (ISO lists them under island groups), a region's capital or GeoNames' name for it
/// (`Mogilev`), its name in the country's other language when it is named by its direction
/// (`Extrême-Nord`), short and former names (`Adjara`, `NCT of Delhi`, `Distrito Federal`).
@Suite("Event places: regions by the names the news gives them")
struct EventPlaceRegionNamesTests {
    private func first(_ text: String) -> ExtractedEvent? {
        EventExtractor.events(in: text, published: PartialDate(iso: "2021-03-01"), mentions: EntityExtractor.mentions(in: text)).first
    }

    @Test("each name is a spelling of its region")
    func namesOfRegions() {
        let gazetteer = EventGazetteer.shared
        let names: [(String, String, String)] = [
            ("Extreme-Nord", "CM", "CM-EN"), ("Nord-Ouest", "CM", "CM-NW"), ("Sud-Ouest", "CM", "CM-SW"),
            ("Mogilev", "BY", "BY-MA"), ("Vitebsk", "BY", "BY-VI"), ("Adjara", "GE", "GE-AJ"),
            ("NCT of Delhi", "IN", "IN-DL"), ("Distrito Federal", "MX", "MX-CMX"), ("Bangsamoro", "PH", "PH-14"),
            ("Metropolitana", "CL", "CL-RM"), ("West Java", "ID", "ID-JB"), ("North Sumatra", "ID", "ID-SU"),
            ("South Sulawesi", "ID", "ID-SN"), ("Lower Saxony", "DE", "DE-NI"),
        ]
        for (name, country, code) in names {
            #expect(gazetteer.region(named: NameKey.fold(name), in: country, loose: false) == code, "\(name)")
        }
    }

    @Test("Indonesia's provinces, not its island groups, are the first-level regions of its towns")
    func indonesianTownsInProvinces() {
        let medan = first("Police fired tear gas at students who marched through Medan against a rise in fuel prices.")
        #expect(medan?.countryCode == "ID")
        #expect(medan?.admin1Code == "ID-SU")
        let named = first("Villagers in Garut, West Java, burnt down a police post after a man died in custody.")
        #expect(named?.admin1Code == "ID-JB")
    }

    @Test("a region named in French by its direction places the event")
    func frenchDirectionName() {
        let event = first("Gunmen attacked a gendarmerie post near Mora in the Extrême-Nord region, killing two soldiers.")
        #expect(event?.countryCode == "CM")
        #expect(event?.admin1Code == "CM-EN")
    }

    @Test("a sea's name and plain words stay no region")
    func seaIsNoRegionOfEgypt() {
        let gazetteer = EventGazetteer.shared
        #expect(gazetteer.region(named: NameKey.fold("Red Sea"), in: "EG", loose: false) == nil)
        for word in ["Southern", "Central", "Java"] {
            #expect(gazetteer.region(named: NameKey.fold(word), in: "IL", loose: false) == nil, "\(word)")
        }
    }
}
