import Testing
@testable import Archive

/// Kenya's small places (estates, wards, the places a ward's name joins, a constituency's common
/// spelling) are placed in Kenya, and a namesake abroad or a region of another country found by a
/// word of direction or by consonants alone is not chosen over them.
@Suite("Event places: Kenya's estates, wards and their namesakes abroad")
struct EventPlaceKenyaTests: EventSampling {
    @Test("an estate named after `residents of` is placed, though no `in` comes before it")
    func residentsOfEstate() {
        let event = first("Hundreds of residents of Githurai marched to the chief's office to protest against a hawker's killing.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-30")
        #expect(event?.location?.name == "Githurai")
    }

    @Test("Kibera, as the news spells Kibra constituency, is in Nairobi")
    func kiberaSpelling() {
        let event = first("Youths burned tyres and threw stones at police in Kibera on Tuesday evening.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-30")
        #expect(km(event, -1.31, 36.78) < 10)
    }

    @Test("a place named with a word of direction is not the region of that word abroad")
    func directionWordStartsName() {
        let gazetteer = EventGazetteer.shared
        #expect(EventGazetteer.isDirection(["south"]))
        #expect(EventGazetteer.isDirection(["north", "east"]))
        #expect(!EventGazetteer.isDirection(["south", "horr"]))
        #expect(!EventGazetteer.isDirection([]))
        // South Horr is half of a Marsabit ward's name (`Kargi/South Horr`), not Cameroon's South.
        #expect(gazetteer.uniqueRegion(named: "South Horr")?.hasPrefix("KE-") == true)
        let event = first("Residents of South Horr held a protest on Monday after party nominations were cancelled.")
        #expect(event?.countryCode == "KE")
    }

    @Test("a region of another country matched by consonants alone does not displace a place of that name")
    func consonantsDoNotDisplaceTown() {
        let gazetteer = EventGazetteer.shared
        // Gatanga, a constituency of Murang'a, has Gauteng's consonants.
        #expect(gazetteer.regions(looselyNamed: "gatanga").contains("ZA-GP"))
        #expect(!gazetteer.regions(looselyNamedBesidesTowns: "gatanga").contains("ZA-GP"))
        // A name no town bears keeps the regions its consonants find.
        #expect(gazetteer.regions(looselyNamedBesidesTowns: "banadir") == ["SO-BN"])
        let event = first("A mob lynched a suspected thief at Kiriko village in Gatanga sub-county on Sunday.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-29")
    }
}
