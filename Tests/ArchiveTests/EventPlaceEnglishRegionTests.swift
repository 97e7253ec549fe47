import Testing
@testable import Archive

/// A first-level region named by its English name (`Lower Shabelle`, `Mount Lebanon`), which ISO
/// spells otherwise (`Shabeellaha Hoose`, `Jabal Lubnan`), places an event in its country and
/// region; English names that are common words or nicknames name no region.
@Suite("Event places: regions by their English names")
struct EventPlaceEnglishRegionTests: EventSampling {
    @Test("a region named in English after a village the tables lack gives the event its country and region")
    func englishRegionAfterVillage() {
        let somali = first("Gunmen ambushed a police convoy near Qoryoleyn-Dheer village, Lower Shabelle, and killed three officers.")
        #expect(somali?.countryCode == "SO")
        #expect(somali?.admin1Code == "SO-SH")
        let lebanese = first("Residents of Mount Lebanon blocked the coastal highway with burning tyres to protest power cuts.")
        #expect(lebanese?.countryCode == "LB")
        #expect(lebanese?.admin1Code == "LB-JL")
    }

    @Test("English names are other spellings of the region, whose display name stays ISO's or GeoNames'")
    func englishNamesInGazetteer() {
        let gazetteer = EventGazetteer.shared
        #expect(gazetteer.region(named: NameKey.fold("Tartar"), in: "AZ", loose: false) == "AZ-TAR")
        #expect(gazetteer.region(named: NameKey.fold("Gadabay"), in: "AZ", loose: false) == "AZ-GAD")
        #expect(gazetteer.region(named: NameKey.fold("Beirut"), in: "LB", loose: false) == "LB-BA")
        #expect(gazetteer.region(named: NameKey.fold("Middle Shabelle"), in: "SO", loose: false) == "SO-SD")
        #expect(gazetteer.name(ofCode: "SO-SH") == "Shabeellaha Hoose")
    }

    @Test("English names that are common words, nicknames or another country's are no region")
    func commonWordsAreNoRegion() {
        let gazetteer = EventGazetteer.shared
        for word in ["Mountains", "Aerodrome", "Java", "Zealand", "Pride of the Sahel", "Paris of the East", "Garbo"] {
            #expect(gazetteer.regions(named: NameKey.fold(word)).isEmpty, "\(word)")
        }
    }
}
