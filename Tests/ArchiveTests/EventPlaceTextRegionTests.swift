import Testing
@testable import Archive

/// A village whose name several regions of its country share, named with no region: the namesake
/// in the region the text is about (its other places, its earlier events, the regions it names,
/// the regions its parties work in), else the most populous; and the other romanisation of
/// Ukraine's villages.
@Suite("Event places: namesakes in the region the text is about")
struct EventPlaceTextRegionTests: EventSampling {
    @Test("with nothing else, the most populous namesake; another place of the sentence picks its region's")
    func otherPlacesOfTheSentence() {
        // Dalnie: villages of that name lie in four oblasts, Donetsk's among them.
        let alone = first("On 3 March 2021, shells hit houses in Dalnie, wounding a woman.")
        #expect(alone?.countryCode == "UA")
        #expect(alone?.admin1Code != nil)
        #expect(alone?.admin1Code != "UA-14")
        let beside = first("On 3 March 2021, shells hit houses in Dalnie and a school in Kramatorsk, wounding a woman.")
        #expect(beside?.location?.name == "Dalnie")
        #expect(beside?.admin1Code == "UA-14")
    }

    @Test("a region the text names in another sentence picks the namesake in it")
    func regionOfTheText() {
        let alone = first("On 3 March 2021, shells hit houses in Hranitne, wounding a woman.")
        #expect(alone?.admin1Code != nil)
        #expect(alone?.admin1Code != "UA-14")
        // Days apart, so the two events stay two.
        let text = events("On 1 March 2021, shells hit houses across Donetsk oblast. On 5 March 2021, shells hit houses in Hranitne, wounding a woman.")
        let school = text.first { $0.location?.name == "Hranitne" }
        #expect(school?.admin1Code == "UA-14")
        #expect(km(school, 47.3, 37.9) < 150)
    }

    @Test("the regions the text's parties work in pick the namesake; a region the chain names still wins")
    func regionsOfParties() {
        let alone = first("On 3 March 2021, shells hit houses near Chumaky, wounding a woman.")
        #expect(alone?.admin1Code == "UA-65")
        let monitors = first("On 3 March 2021, the OSCE SMM recorded shelling that hit houses near Chumaky, wounding a woman.")
        #expect(monitors?.countryCode == "UA")
        #expect(monitors?.admin1Code == "UA-14")
        let named = first("On 3 March 2021, the OSCE SMM recorded shelling that hit houses near Chumaky, Kherson oblast, wounding a woman.")
        #expect(named?.admin1Code == "UA-65")
        // Only among the place's own country's namesakes: a party of another country changes nothing.
        let elsewhere = first("On 3 March 2021, Boko Haram fighters shelled houses near Chumaky, wounding a woman.")
        #expect(elsewhere?.admin1Code != "UA-14")
    }

    @Test("a town of 10,000 people keeps its region whatever region the text names")
    func townsKeepTheirRegion() {
        let text = events("On 1 March 2021, shells hit houses across Kherson oblast. On 5 March 2021, shells hit houses in Kostiantynivka, wounding a woman.")
        let school = text.first { $0.location?.name == "Kostiantynivka" }
        #expect(school?.admin1Code == "UA-14")
    }

    @Test("a village of Ukraine is found in the older romanisation too (`ya` where the national one writes `ia`)")
    func olderRomanisation() {
        #expect(TownTable.shared.towns(named: "zaliznianske").contains { $0.region == "UA-14" })
        #expect(TownTable.shared.towns(named: "zaliznyanske").contains { $0.region == "UA-14" })
        let event = first("On 3 March 2021, a shell hit a barn in Zaliznyanske, wounding a farmer.")
        #expect(event?.countryCode == "UA")
        #expect(event?.admin1Code == "UA-14")
    }

    @Test("a direction before `countryside of` keeps the chain going: the village shelled is the place")
    func directionBeforeCountryside() {
        let sentence = EventText.sentences(EntityText("Artillery shelled Qasr Rurita in the southern countryside of Hama on Monday."))[0]
        let chain = PlaceChains.read(sentence).first
        #expect(chain?.levels.map(\.name) == ["Qasr Rurita", "Hama"])
        #expect(chain?.levels.last?.tag == "countryside")
        let event = first("On 4 May 2021, regime artillery shelled Qasr Rurita in the southern countryside of Hama.")
        #expect(event?.countryCode == "SY")
        #expect(event?.admin1Code == "SY-HM")
        #expect(event?.location?.name == "Qasr Rurita")
        // Without a direction, as before.
        let plain = first("On 4 May 2021, regime artillery shelled Qasr Rurita in the countryside of Hama.")
        #expect(plain?.location?.name == "Qasr Rurita")
    }
}
