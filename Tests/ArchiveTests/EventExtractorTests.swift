import Testing
@testable import Archive

/// Event coding of single texts: dates, sub-event types, parties and places.
@Suite("Event extractor")
struct EventExtractorTests {
    static func events(_ text: String, published: String? = nil) -> [ExtractedEvent] {
        EventExtractor.events(in: text, published: published.flatMap { PartialDate(iso: $0) }, mentions: EntityExtractor.mentions(in: text))
    }

    static func date(_ phrase: String, published: String?) -> String? {
        let sentence = EventText.sentences(phrase)[0]
        guard let mention = DateFinder.dates(in: sentence.tokens).first else { return "none found" }
        return DateResolver(published: published.flatMap { PartialDate(iso: $0) }).resolve(mention.form, context: nil)?.description
    }

    @Test("explicit, partial and relative dates, resolved against the publication date", arguments: [
        ("on January 5, 2020", "2021-09-07", "2020-01-05"),
        ("on 5 January 2020", nil, "2020-01-05"),
        ("on 31/12/2021", nil, "2021-12-31"),
        ("on 2021-12-31", nil, "2021-12-31"),
        ("in March 2019", nil, "2019-03"),
        ("on 28 December", "2022-01-01", "2021-12-28"),
        ("on 28 December", "2021-12", "2021-12-28"),
        ("on Jan. 3 the", "2020-02-10", "2020-01-03"),
        ("on July 26", "2022-01-01", "2021-07-26"),
        ("on Monday", "2021-09-07", "2021-09-06"),
        ("on Tuesday", "2021-09-07", "2021-09-07"),
        ("on Thursday evening", "2021-09-07", "2021-09-02"),
        ("yesterday", "2021-09-07", "2021-09-06"),
        ("last week", "2021-09-03", "2021-08"),
        ("earlier this month", "2021-09-07", "2021-09"),
        ("last year", "2021-09-07", "2020"),
        ("three days ago", "2021-09-07", "2021-09-04"),
        ("two weeks ago", "2021-09-07", "2021-08"),
        ("six months ago", "2021-09-07", "2021-03"),
        ("ten years ago", "2021-09-07", "2011"),
        ("in March the", "2021-09-07", "2021-03"),
        ("since early May the", "2021-09-07", "2021-05"),
        ("in October", "2021-09-07", "2020-10"),
    ] as [(String, String?, String)])
    func dates(phrase: String, published: String?, expected: String) {
        #expect(Self.date(phrase, published: published) == expected)
    }

    @Test("without a publication date a relative date stays unresolved", arguments: ["on Monday", "yesterday", "on 28 December", "last week"])
    func unresolved(phrase: String) {
        #expect(Self.date(phrase, published: nil) == nil)
    }

    @Test("`May` and `march` are dates only beside a number")
    func ambiguousMonths() {
        #expect(Self.date("They may march again", published: "2021-09-07") == "none found")
        #expect(Self.date("on May 4", published: "2021-09-07") == "2021-05-04")
        #expect(Self.date("Voters lost faith in May's cabinet", published: "2021-09-07") == "none found")
        #expect(Self.date("a debate between Corbyn and Theresa May on trade", published: "2021-09-07") == "none found")
        #expect(Self.date("Ministers met in May Hall to sign", published: "2021-09-07") == "none found")
        #expect(Self.date("They joined in the march on the capital", published: "2021-09-07") == "none found")
        #expect(Self.date("Two men were released on bail until late March", published: "2021-09-07") == "none found")
    }

    @Test("a page's link line to another story is not a sentence of this one")
    func linkLines() {
        let text = """
        Hundreds of farmers blocked the main roads into Tamale on Monday to protest against the price of diesel.

        READ MORE: Soldiers and rebels clash near the northern border

        Related: Two killed as gunmen attack a bus in the east

        The farmers said they would return next week.
        """
        let events = Self.events(text, published: "2022-03-09")
        #expect(!events.isEmpty && events.allSatisfy { $0.subType.eventType == .protests }, "\(events.map(\.subType))")
    }

    @Test("a bombing of an earlier month is not merged into the clash the article reports")
    func earlierMonthNotMerged() {
        let text = """
        Rebel fighters clashed with army soldiers in Kandahar on Tuesday, officials said. Five soldiers were killed.

        In March, a roadside bomb killed three police officers in Kandahar.
        """
        let events = Self.events(text, published: "2021-09-08")
        let clash = events.first { $0.subType == .armedClash && $0.date?.description == "2021-09-07" }
        #expect(clash?.fatalities == 5, "\(events.map { ($0.subType, $0.date?.description, $0.fatalities) })")
        let bomb = events.first { $0.subType == .remoteExplosive }
        #expect(bomb?.date?.description == "2021-03")
        #expect(bomb?.fatalities == 3)
    }

    @Test("one sentence, one sub-event type", arguments: [
        ("Government warplanes bombed the village of Kafr Nabl, killing 6 civilians.", SubEventType.airDroneStrike),
        ("A suicide bomber blew himself up at a checkpoint in Kabul.", .suicideBomb),
        ("Militants fired mortar shells at an army post near the border.", .shelling),
        ("A roadside bomb exploded under a police vehicle in Helmand.", .remoteExplosive),
        ("Unknown men threw a grenade into a crowded market.", .grenade),
        ("Rebels and soldiers clashed for hours on the outskirts of Goma.", .armedClash),
        ("The army recaptured the town of Palmyra from the militants.", .governmentRegainsTerritory),
        ("Insurgents seized control of the district headquarters.", .nonStateActorOvertakesTerritory),
        ("Gunmen kidnapped three aid workers on the road to Gao.", .abduction),
        ("Hundreds of students held a peaceful protest outside parliament.", .peacefulProtest),
        ("Police fired tear gas to disperse protesters in the capital.", .protestWithIntervention),
        ("Security forces shot dead four protesters during the demonstration.", .excessiveForce),
        ("Rioters torched cars and threw stones at police.", .violentDemonstration),
        ("A mob lynched a man accused of theft.", .mobViolence),
        ("The two sides agreed to a ceasefire on Sunday.", .agreement),
        ("Police arrested 12 suspected militants in the capital.", .arrests),
        ("Soldiers defused a bomb planted near the school.", .disruptedWeaponsUse),
        ("Militias looted shops in the market.", .lootingPropertyDestruction),
        ("Gunmen attacked villagers in their fields, killing five farmers.", .attack),
    ] as [(String, SubEventType)])
    func subTypes(sentence: String, expected: SubEventType) {
        #expect(Self.events(sentence, published: "2022-03-01").first?.subType == expected)
    }

    @Test("disasters, accidents, crime, future and negated violence give no ACLED event", arguments: [
        "A powerful earthquake destroyed hundreds of homes in the region.",
        "Two people died when a gas cylinder exploded in a restaurant.",
        "Police seized 200 kg of heroin from drug traffickers.",
        "The group said it will attack any convoy that enters the province.",
        "The army did not attack the town.",
    ])
    func noEvent(sentence: String) {
        #expect(!Self.events(sentence, published: "2022-03-01").contains { $0.subType != .other })
    }

    @Test("a headline's present tense, a counted plural and a shoot-out report an event", arguments: [
        "Armed raiders attacks a village and steal cattle.",
        "Herders kill two traders on the road to the market.",
        "On 4 June 2022, five government air raids were reported on the valley.",
        "On 4 June 2022, a shoot-out took place between police and armed men in the old town.",
        "On 4 June 2022, the border guards fired with heavy machine guns on the positions of the rebel forces.",
    ])
    func terseReports(sentence: String) {
        #expect(Self.events(sentence, published: "2022-06-05").contains { $0.subType.isViolent })
    }

    @Test("a protest the next sentence says met force is a protest with intervention, one event")
    func protestMetForce() {
        let events = Self.events("On 4 June 2022, nurses staged a protest outside the health ministry over unpaid wages. Officers fired tear gas and dispersed the marchers.", published: "2022-06-05")
        #expect(events.filter { $0.subType.eventType == .protests }.map(\.subType) == [.protestWithIntervention])
        let calm = Self.events("On 4 June 2022, nurses staged a protest outside the health ministry over unpaid wages. The minister met their leaders.", published: "2022-06-05")
        #expect(calm.first?.subType == .peacefulProtest)
    }

    @Test("attacks that are no violence, and a death without signs of it, give no event", arguments: [
        "The firm warned customers about phishing attacks and fake websites.",
        "The actor was found dead in his flat on Friday, his agent said.",
        "The attacks on the minister's plan continued in parliament.",
    ])
    func notViolence(sentence: String) {
        #expect(!Self.events(sentence, published: "2022-06-05").contains { $0.subType.isViolent })
    }

    @Test("a statement is an event only where a party to a conflict makes it, about the conflict, on a date")
    func statements() {
        #expect(Self.events("The minister said the talks would go on.", published: "2022-03-01").isEmpty)
        let dated = Self.events("On Monday, Hadi al-Ameri said his fighters would not leave the town.", published: "2022-03-02")
        #expect(dated.count == 1 && dated.first?.kind == .statement && dated.first?.date?.description == "2022-02-28")
        #expect(dated.first?.actor1?.name == "Hadi al-Ameri")
        #expect(Self.events("On Monday, the chief executive said profits rose by a tenth.", published: "2022-03-02").isEmpty)
    }

    @Test("a passive target, a claim, the place in the next sentence, a city's region from the gazetteer")
    func partiesAndPlaces() {
        let text = """
            A convoy of the Iraqi army was targeted by Ashab al-Kahf near the city of Nasiriyah on Friday.
            Ashab al-Kahf claimed responsibility for the attack.
            """
        let events = Self.events(text, published: "2022-03-06")
        #expect(events.count == 1)
        #expect(events.first?.actor1?.name == "Ashab al-Kahf")
        #expect(events.first?.claimedBy?.name == "Ashab al-Kahf")
        #expect(events.first?.admin1Code == "IQ-DQ" && events.first?.countryCode == "IQ")
        #expect(events.first?.date?.description == "2022-03-04")
        let later = Self.events("""
            A roadside bomb exploded near a convoy of trucks.
            The convoy was moving on a highway in the province of Babil.
            """)
        #expect(later.first?.admin1Code == "IQ-BB" && later.first?.date == nil)
    }

    @Test("`two days after` dates one event from another, in either direction")
    func anchoredDates() {
        let text = """
            The leader was killed on January 3, 2020, in a drone strike near Baghdad International Airport.
            Two days after the attack, Iraqi lawmakers approved a bill to expel foreign forces.
            """
        let events = Self.events(text, published: "2021-01-01")
        #expect(events.map { $0.date?.description } == ["2020-01-03", "2020-01-05"])
        #expect(events.map(\.subType) == [.airDroneStrike, .other])
        #expect(events.last?.kind == .legislation && events.last?.countryCode == "IQ")
        #expect(events.first?.admin1Code == "IQ-BG")
    }
}
