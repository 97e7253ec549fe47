import Testing
@testable import Archive

/// Events outside the town table's spellings and regions: a town spelt otherwise than the table
/// spells it, in the region the text names, is drawn at the town; a region no town of the table
/// lies in is drawn at its own point, not at its country's capital.
@Suite("Event places: other spellings of a town, regions without towns")
struct EventPlaceSpellingTests: EventSampling {
    @Test("a town of the named region with the same consonants is the town meant")
    func townByConsonants() {
        let gazetteer = EventGazetteer.shared
        // Aleppo's Al Atarib, written without the article and with another vowel.
        #expect(km(gazetteer.townSpeltAlike("Atareb", in: "SY-HL")?.point, 36.14, 36.83) < 2)
        // Nangarhar's Batikot, written in two words.
        #expect(km(gazetteer.townSpeltAlike("Bato Kot", in: "AF-NAN")?.point, 34.24, 70.73) < 2)
        // Only in the region named.
        #expect(gazetteer.townSpeltAlike("Atareb", in: "SY-DY") == nil)
        // The same consonants in a name far shorter are another place (Tarfaya is not El Tarf).
        #expect(gazetteer.townSpeltAlike("Tarfaya", in: "DZ-36") == nil)
        // Two consonants tell too little.
        #expect(gazetteer.townSpeltAlike("Bara", in: "SY-ID") == nil)
    }

    @Test("an event in a town spelt otherwise is drawn at the town, not at its region's centre")
    func eventAtTownSpeltOtherwise() {
        let event = first("Government artillery shelled Atareb in Aleppo province early on Sunday, residents said.")
        #expect(event?.admin1Code == "SY-HL")
        #expect(km(event?.point, 36.14, 36.83) < 5)
        #expect(event?.geoPrecision == 2)
    }

    @Test("a region no town of the table lies in is drawn at its own point")
    func regionWithoutTowns() {
        // Azerbaijan's Gədəbəy rayon, at its town (GeoNames' `Gadabay Rayon` matched by the
        // names iso3166-2 gives it), not at Baku, 350 km east.
        let rayon = first("Soldiers fired mortars at a farm near Quillbrook, Gadabay, late on Monday.")
        #expect(rayon?.admin1Code == "AZ-GAD")
        #expect(km(rayon?.point, 40.57, 45.81) < 15)
        #expect(rayon?.geoPrecision == 3)
        // DR Congo's Ituri, a province newer than GeoNames' regions: at its capital, Bunia, whose
        // GeoNames region is matched to it by where its towns lie; not at Kinshasa.
        let province = first("Militiamen killed three farmers in Quillbrook (Fernwick, Ituri) on Sunday.")
        #expect(province?.admin1Code == "CD-IT")
        #expect(km(province?.point, 1.56, 30.25) < 5)
    }

    @Test("towns of GeoNames regions named in French or as `Lower X` have their ISO region")
    func townsOfRegionsNamedOtherwise() {
        // Lebanon's Sidon and Tyre (GeoNames' `Liban-Sud`, ISO's Al Janub), Somalia's Marka
        // (`Lower Shabeelle`, ISO's Shabeellaha Hoose): in the table, in their region.
        let sidon = first("Hundreds of people marched through Sidon on Friday against rising bread prices.")
        #expect(sidon?.countryCode == "LB")
        #expect(sidon?.admin1Code == "LB-JA")
        #expect(km(sidon?.point, 33.56, 35.37) < 5)
        #expect(EventGazetteer.shared.townsFolded("marka").contains { $0.region == "SO-SH" })
    }

    @Test("a name two countries give a town, one of them its capital and region, is the larger one's")
    func largerNamesakeWinsTies() {
        // Libya's Tripoli (a region and a city of a million) over Lebanon's, now in the table too.
        let event = first("Rival militias clashed with heavy weapons in Quillbrook (Tripoli) on Sunday.")
        #expect(event?.countryCode == "LY")
    }
}
