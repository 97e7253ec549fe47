import Testing
@testable import Archive

/// Places as reports write them: a town's name joined by a preposition and an article (`de los`), a
/// region written with its Arabic article joined (`Aljfara`) or its qaf as `g`, and a neighbourhood
/// named after its city, which gives the events that follow no place of its own.
@Suite("Event places: names as they are written")
struct EventPlaceWrittenNamesTests: EventSampling {
    @Test("`de los`, `de la` join a town's name; the town is then found in its state")
    func prepositionAndArticle() {
        let event = first("On 4 June 2021, in San Juan de los Lagos, Jalisco, gunmen shot dead a shopkeeper.")
        #expect(event?.countryCode == "MX")
        #expect(event?.location?.name == "San Juan de los Lagos")
        #expect(event?.admin1Code == "MX-JAL")
        // A preposition before a word in small letters joins nothing.
        let plain = first("On 4 June 2021, gunmen shot dead a shopkeeper in Teocaltiche de la noche.")
        #expect(plain?.location?.name == "Teocaltiche")
    }

    @Test("a region with its article joined, or with `g` for qaf, is the region")
    func joinedArticleAndQaf() {
        #expect(EventGazetteer.skeleton("marqab") == EventGazetteer.skeleton("margeb"))
        #expect(EventGazetteer.shared.regions(looselyNamed: "aljfara") == ["LY-JI"])
        // Al Aziziyah is also a town of Iraq's Wasit: the region in the bracket says which.
        let event = first("On 3 June 2021, rockets fired by unknown forces fell on farms in Al Aziziyah (Aljfara). No casualties were reported.")
        #expect(event?.countryCode == "LY")
        #expect(event?.admin1Code == "LY-JI")
        let unknown = first("On 3 June 2021, rival militias clashed in Sidi Hamed (Almargeb).")
        #expect(unknown?.countryCode == "LY")
        #expect(unknown?.admin1Code == "LY-MB")
        #expect(unknown?.location?.name == "Sidi Hamed")
    }

    @Test("a neighbourhood named after its city leaves the city as the place of the next sentence's event")
    func neighbourhoodAfterItsCity() {
        let event = first("On 5 June 2021, in Duque de Caxias, Rio de Janeiro, military police officers carried out an operation against drug gangs in the Vila Operaria community. A shoot-out broke out and a suspect was shot dead.")
        #expect(event?.countryCode == "BR")
        #expect(event?.admin1Code == "BR-RJ")
        #expect(event?.location?.name == "Duque de Caxias")
    }
}
