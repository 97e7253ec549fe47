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

    @Test("a region with its article joined, or with `g` for qaf, is the region; the nearest spelling picks among namesakes")
    func joinedArticleAndQaf() {
        #expect(EventGazetteer.skeleton("marqab") == EventGazetteer.skeleton("margeb"))
        // `jfara` has Al Jafarah's consonants and Al Jufrah's: the letters say which.
        #expect(EventGazetteer.shared.region(named: "aljfara", in: "LY", loose: true) == "LY-JI")
        // Liberia's Margibi has the consonants too, but no article.
        let loose = EventGazetteer.shared.regions(looselyNamed: "almargeb")
        #expect(loose.contains("LY-MB"))
        #expect(!loose.contains("LR-MG"))
        // Al Aziziyah is also a town of Iraq's Wasit: the region in the bracket says which.
        let event = first("On 3 June 2021, rockets fired by unknown forces fell on farms in Al Aziziyah (Aljfara). No casualties were reported.")
        #expect(event?.countryCode == "LY")
        #expect(event?.admin1Code == "LY-JI")
        let unknown = first("On 3 June 2021, rival militias clashed in Sidi Hamed (Almargeb).")
        #expect(unknown?.countryCode == "LY")
        #expect(unknown?.admin1Code == "LY-MB")
        #expect(unknown?.location?.name == "Sidi Hamed")
        let other = first("On 3 June 2021, rival militias clashed in Sidi Hamed (Aljfara).")
        #expect(other?.admin1Code == "LY-JI")
    }

    @Test("a name told apart by `(X Region)` keeps the bracket; a region in small letters is a level of its own")
    func regionInTheName() {
        let named = first("On 2 June 2021, soldiers of Armenia fired mortars at the positions of Azerbaijani forces near Unnamed Height (Tovuz Region), Tovuz.")
        #expect(named?.countryCode == "AZ")
        #expect(named?.admin1Code == "AZ-TOV")
        #expect(named?.location?.name == "Unnamed Height (Tovuz Region)")
        let level = first("On 2 June 2021, soldiers of Armenia fired mortars at the positions of Azerbaijani forces near Unnamed Height (Tovuz region), Tovuz.")
        #expect(level?.location?.name == "Unnamed Height")
    }

    @Test("where the attackers stood, told before the act, gives way to the place it fell")
    func attackersPosition() {
        let event = first("On 2 June 2021, separatist fighters stationed near Spartak fired mortars at Ukrainian positions in Pisky, Donetsk.")
        #expect(event?.admin1Code == "UA-14")
        #expect(event?.location?.name == "Pisky")
        // With no place after the act, the position is the place.
        let only = first("On 2 June 2021, separatist fighters stationed near Spartak fired mortars at Ukrainian positions.")
        #expect(only?.location?.name == "Spartak")
    }

    @Test("`imeni` joins a name; the LoC is a line, not a place; `residents of X (Y, Z)` are X's")
    func namesLinesAndHomes() {
        let mine = first("On 4 June 2021, artillery hit a school near Shakhta imeni Lenina, Donetsk, wounding two guards.")
        #expect(mine?.countryCode == "UA")
        #expect(mine?.admin1Code == "UA-14")
        #expect(mine?.location?.name == "Shakhta imeni Lenina")
        let sector = first("On 3 June 2021, Indian and Pakistani soldiers fired mortars at each other across the LoC in Keran sector (Kupwara district, J&K).")
        #expect(sector?.countryCode == "IN")
        #expect(sector?.location?.name == "Keran")
        let home = first("On 4 June 2021, residents of Ungwan Rimi (Kaduna North LGA, Kaduna) blocked a road, angry over a trader's murder.")
        #expect(home?.countryCode == "NG")
        #expect(home?.location?.name == "Ungwan Rimi")
        // `residents of X in Y`, X no table holds: Y, as before.
        let town = first("On 4 June 2021, residents of Ungwan Rimi in Kaduna blocked a road, angry over a trader's murder.")
        #expect(town?.location?.name == "Kaduna")
    }

    @Test("a neighbourhood named after its city leaves the city as the place of the next sentence's event")
    func neighbourhoodAfterItsCity() {
        let event = first("On 5 June 2021, in Contagem, Minas Gerais, the state's police went after drug gangs in the Vila Operaria community. Gunmen opened fire on the officers and one suspect died.")
        #expect(event?.countryCode == "BR")
        #expect(event?.admin1Code == "BR-MG")
        #expect(event?.location?.name == "Contagem")
    }
}
