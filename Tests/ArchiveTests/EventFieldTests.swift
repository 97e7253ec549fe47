import Testing
@testable import Archive

/// The fields of one coded event: place hierarchies, dates and fatalities, from sentences written
/// for these tests.
@Suite("Event fields")
struct EventFieldTests {
    static func chain(_ text: String) -> [String] {
        let sentence = EventText.sentences(text)[0]
        return PlaceChains.read(sentence).first?.levels.map { $0.name + ($0.tag.map { "/" + $0 } ?? "") } ?? []
    }

    static func resolved(_ text: String, context: String? = nil) -> (String?, String?, String?) {
        let sentence = EventText.sentences(text)[0]
        guard let chain = PlaceChains.read(sentence).first else { return (nil, nil, nil) }
        let place = EventGazetteer.shared.resolve(chain, context: context)
        return (place.country, place.admin1, place.location?.name)
    }

    @Test("a place told as a hierarchy is read most precise first", arguments: [
        ("Gunmen raided a shop in the Qaraba area of Zindar district, Herat.", ["Qaraba/area", "Zindar/district", "Herat"]),
        ("Workers marched in Lomira town (Lomira Sadar, Dhaka) on Friday.", ["Lomira/town", "Lomira Sadar/(", "Dhaka/("]),
        ("Shells fell near the village of Upper Tavo in the countryside of Idleb.", ["Upper Tavo/village", "Idleb/countryside"]),
        ("Fighters attacked a post in Farsan (Kalma) district, Kunar.", ["Farsan/district", "Kunar"]),
        ("Traders protested in front of the Central Press Club, Dhaka - Oldtown (Oldtown).", ["Central Press Club", "Dhaka"]),
    ] as [(String, [String])])
    func chains(text: String, levels: [String]) {
        #expect(Self.chain(text) == levels)
    }

    @Test("a comma after a place leads on only to another place")
    func commaStopsAtParties() {
        #expect(Self.chain("In Qandor, Taliban fighters attacked a convoy.") == ["Qandor"])
    }

    @Test("a chain is placed by its broadest level, the location is its most precise place", arguments: [
        // An unknown village in a known province: the country and region come from the province.
        ("Gunmen raided a shop in the Qaraba area of Zindar district, Herat.", "AF", "AF-HER", "Zindar"),
        ("A bomb went off in Zorkam village, Herat.", "AF", "AF-HER", "Zorkam"),
        // A region spelled by its consonants alone (`Idleb` for Idlib).
        ("Shells fell near the village of Upper Tavo in the countryside of Idleb.", "SY", "SY-ID", "Upper Tavo"),
        ("Youths rioted in Kisumu on Sunday.", "KE", "KE-17", "Kisumu"),
        // A region as GeoNames spells it, where ISO 3166-2 spells it otherwise (`Chattogram`).
        ("Traders marched in Bostan town (Chittagong) on Monday.", "BD", "BD-B", "Bostan"),
        // A district of ISO 3166-2's second level gives its division.
        ("Farmers clashed in Lorapur village, Noakhali.", "BD", "BD-B", "Lorapur"),
        // A building named with common nouns is a site in the place that follows.
        ("Women gathered at Rostam railway station, Multan city.", "PK", "PK-PB", "Multan"),
    ] as [(String, String, String, String)])
    func resolution(text: String, country: String, admin1: String, location: String) {
        let (c, a, l) = Self.resolved(text)
        #expect(c == country)
        #expect(a == admin1)
        #expect(l == location)
    }

    @Test("a name only one country has outweighs the text's country")
    func uniqueNameBeatsContext() {
        let (c, a, _) = Self.resolved("Tailors marched in Faisalabad city (Faisalabad, Punjab).", context: "IN")
        #expect(c == "PK")
        #expect(a == "PK-PB")
    }

    @Test("a chain's country is the one most of its levels agree on: a town inside the region named after it")
    func levelsAgree() {
        // `Centre` is a region of several countries; only Cameroon's holds Mbalmayo.
        let (c, a, l) = Self.resolved("Teachers marched in Mbalmayo, Centre, over unpaid salaries.")
        #expect(c == "CM")
        #expect(a == "CM-CE")
        #expect(l == "Mbalmayo")
    }

    @Test("a region written as its ISO code's letters places a town of several countries", arguments: [
        ("Nurses marched in Salem city (Salem, MA) over pay.", "US", "US-MA"),
        ("Weavers marched in Salem city (Salem, TN) over pay.", "IN", "IN-TN"),
    ])
    func abbreviatedRegion(text: String, country: String, admin1: String) {
        let (c, a, l) = Self.resolved(text)
        #expect(c == country)
        #expect(a == admin1)
        #expect(l == "Salem")
    }

    @Test("a district named by its direction within a region is in that region")
    func compassPart() {
        let (c, a, l) = Self.resolved("Herders clashed in Ramoko village, Kisii South, over grazing land.")
        #expect(c == "KE")
        #expect(a == "KE-16")
        #expect(l == "Ramoko")
        #expect(EventGazetteer.withoutCompass("baringo south") == "baringo")
        #expect(EventGazetteer.withoutCompass("south") == nil)
    }

    @Test("an event told by a region named like its main town is located at that town")
    func regionTown() {
        let events = EventExtractorTests.events("On 3 May 2021, hundreds of residents protested in Narok County over the sale of public land.")
        #expect(events.first?.admin1Code == "KE-33")
        #expect(events.first?.location?.name == "Narok")
    }

    @Test("the chain that names a region places the event, not a building before it")
    func chainWithRegionWins() {
        let events = EventExtractorTests.events(
            "On 3 May 2021, tailors held a protest outside the Sadiq Building on the main road in Okara city (Okara, Punjab) over new taxes.")
        #expect(events.first?.countryCode == "PK")
        #expect(events.first?.admin1Code == "PK-PB")
    }

    @Test("a town of no named country is placed by the town table")
    func townTable() {
        #expect(EventGazetteer.shared.uniqueRegion(named: "Noakhali") == "BD-B")
        #expect(EventGazetteer.shared.cityRegion(country: "KE", "nairobi") == "KE-30")
        // Where GeoNames' region codes are ISO's, the code decides: Washington lies in its own district.
        #expect(EventGazetteer.shared.cityRegion(country: "US", "washington") == "US-DC")
    }

    @Test("the town table is searched by folded name and gives every place so named, the largest first")
    func townTableLookUp() {
        let towns = EventGazetteer.shared.townsFolded("hyderabad")
        #expect(towns.count >= 2)
        #expect(towns.first?.region == "IN-TG" || towns.first?.region == "IN-TS")
        #expect(towns.contains { $0.region.hasPrefix("PK") })
        #expect(EventGazetteer.shared.townsFolded("no such place at all").isEmpty)
        #expect(EventGazetteer.shared.townsFolded("").isEmpty)
    }

    @Test("a town named as a place outside an `in` phrase places the event; a capitalised word alone does not")
    func bareTown() {
        let residents = EventExtractorTests.events("On 2 May 2021, angry residents of Kapenguria marched to the county offices over power cuts.")
        #expect(residents.first?.countryCode == "KE")
        let school = EventExtractorTests.events("On 2 May 2021, Kitale Boys High School students went on strike and burned a dormitory.")
        #expect(school.first?.countryCode == "KE")
        // `Supreme` is a small town, and a word first: a name goes on (`Court`), so it is no place.
        let word = EventExtractorTests.events("On 2 May 2021, lawyers of Supreme Court protested against a new law.")
        #expect(word.first.map { $0.countryCode == nil } ?? true)
    }

    @Test("a large town named as a modifier places an event that names no other place; an English word does not")
    func namedTown() {
        let road = EventExtractorTests.events("On 2 May 2021, motorcycle taxi riders protested on the Nakuru-Eldoret highway over the shooting of a colleague.")
        #expect(road.first?.countryCode == "KE")
        let title = EventExtractorTests.events("On 2 May 2021, students protested to demand that the Vice Chancellor resign.")
        #expect(title.first.map { $0.countryCode == nil } ?? true)
    }

    @Test("a region or town of the event's country named outside a place phrase gives its region")
    func regionFromMentions() {
        let traders = EventExtractorTests.events("On 3 May 2021, Nakuru based traders marched against new market fees.")
        #expect(traders.first?.countryCode == "KE")
        #expect(traders.first?.admin1Code?.hasPrefix("KE-") == true)
        let vicinity = EventExtractorTests.events("On 3 May 2021, two clans clashed in the vicinity of Garsoor village (Galkayo, Mudug), killing four.")
        #expect(vicinity.first?.admin1Code == "SO-MU")
    }

    @Test("an abbreviation is never read as a region by its consonants")
    func abbreviationIsNoRegion() {
        let (c, _, l) = Self.resolved("Workers held a protest in Madurai city (Madurai, TN) over unpaid wages.")
        #expect(c == "IN")
        #expect(l == "Madurai")
    }

    @Test("a region keeps the text's spelling, and its code")
    func writtenRegion() {
        let events = EventExtractorTests.events("On 3 June 2021, gunmen attacked a police post in Zorkam district, Hilmand, killing two policemen.")
        #expect(events.first?.admin1Code == "AF-HEL")
        #expect(events.first?.admin1 == "Hilmand")
        #expect(EventGazetteer.shared.name(ofCode: "CD") == "Democratic Republic of Congo")
        #expect(EventGazetteer.shared.name(ofCode: "TR") == "Turkey")
    }

    @Test("a country named by its money is not where the event is")
    func currencyIsNoCountry() {
        let events = EventExtractorTests.events("On 3 May 2021, hundreds of protesters demonstrated against the soaring US dollar exchange rate.")
        #expect(events.first?.countryCode != "US")
        // Its money after `of` is no place the event happened in either.
        let rise = EventExtractorTests.events("On 3 May 2021, drivers blocked a highway near the town against the rise of the US dollar.")
        #expect(rise.count == 1)
        #expect(rise.first?.countryCode == nil)
        // Nor is it the country of the text, for a report in another sentence.
        let later = EventExtractorTests.events("On 3 May 2021, protesters blocked the main highway in both directions. "
            + "The reason was not given, but fuel prices have risen with the US dollar exchange rate.")
        #expect(later.first?.countryCode == nil)
        let naira = EventExtractorTests.events("On 3 May 2021, traders marched in Kano against the fall of the Nigeria naira.")
        #expect(naira.first?.countryCode == "NG")
        #expect(naira.first?.admin1Code == "NG-KN")
    }

    @Test("raiders from abroad do not place an event; the people they struck, and a money's country, do not either")
    func actorsFromAbroad() {
        let raid = EventExtractorTests.events("On 4 June 2022, Sudanese raiders shot three herders near a Kenyan village.")
        #expect(raid.first?.countryCode == "KE")
        let money = EventExtractorTests.events("On 4 June 2022, traders protesting the rising US dollar blocked the road in Qarnaba.")
        #expect(money.first.map { $0.countryCode != "US" } ?? false)
    }

    @Test("a place is never a party to the event")
    func placeIsNoActor() {
        let events = EventExtractorTests.events("On 3 June 2021, gunmen attacked a police post in Zorkam district, Herat, killing two policemen.")
        #expect(events.first?.actor1?.name != "Herat")
        #expect(events.first?.actor2?.name != "Herat")
        #expect(events.first?.admin1Code == "AF-HER")
    }
}

/// Fatalities and dates of one event, from sentences written for these tests.
@Suite("Event fields: deaths and dates")
struct EventCountTests {
    /// The count read as the program reads it, after the check for a word of death; the same sentence
    /// counted without the check must agree, or the check passes over a count.
    static func deaths(_ text: String) -> Int? {
        let sentence = EventText.sentences(text)[0]
        let counted = EventArguments.fatalities(in: sentence)
        #expect(counted == EventArguments.fatalities(sentence.tokens), "\(text)")
        return counted
    }

    @Test("the dead of the event's own clause; the wounded are not dead", arguments: [
        ("On 12 April 2021, an ambush left 3 guards dead and 5 others hurt.", 3),
        ("Gunmen attacked a bus, killing 7-8 passengers and injuring 4.", 7),
        ("2 policemen and 1 soldier were killed in the raid.", 3),
        ("On 9 June 2021, villagers killed a suspected thief.", 1),
        ("On 14 May 2022, 4 people were wounded in a blast.", nil),
        ("On 2 July 2022, gunmen killed the head of the local council outside his home.", 1),
        ("On 2 July 2022, gunmen killed the guards of the depot.", nil),
        ("On 3 July 2022, a fisherman was beaten to death near the landing site by an angry crowd.", 1),
        ("On 3 July 2022, a shopkeeper is shot dead outside his stall.", 1),
        ("On 3 July 2022, an angry crowd lynched a young herder they blamed for a missing goat.", 1),
        ("On 3 July 2022, two gunmen fatally shot a tax collector at the bus park.", 1),
        ("On 3 July 2022, the army shot dead a man carrying fuel near the border post.", 1),
        ("On 3 July 2022, soldiers killed at least 12 herders at a cattle camp.", 12),
        ("Two soldiers died when their truck hit a mine outside the camp.", 2),
        ("The toll rose to 9 after a wounded porter died in hospital.", 9),
        ("On 4 July 2022, 40 traders marched to the town hall over new market fees.", nil),
    ] as [(String, Int?)])
    func fatalities(text: String, expected: Int?) {
        #expect(Self.deaths(text) == expected)
    }

    @Test("a riot's dead and those killed at a protest are counted; a peaceful protest has none")
    func riotsAndProtests() {
        let riot = EventJudgeTests.acled("On 3 July 2022, villagers lynched a man suspected of theft in Kakamega town.")
        #expect(riot.first?.subType == .mobViolence)
        #expect(riot.first?.fatalities == 1)
        let force = EventJudgeTests.acled("On 3 July 2022, police opened fire on hundreds of protesters in Kisumu town, and 2 protesters were killed.")
        #expect(force.first?.subType.eventType == .protests)
        #expect(force.first?.fatalities == 2)
        #expect(!SubEventType.peacefulProtest.mayKill)
    }

    @Test("the dead counted in the next sentence are the event's; not those of an earlier one")
    func nextSentence() {
        let counted = EventJudgeTests.acled("On 3 July 2022, militants attacked a village near Mandera town. Four people were killed.")
        #expect(counted.first?.fatalities == 4)
        let earlier = EventJudgeTests.acled("On 3 July 2022, militants attacked a village near Mandera town. Five people died in a similar raid on the same village in 2019.")
        #expect(earlier.first?.fatalities == nil)
    }

    @Test("a figure the report states as coded is read as such", arguments: [
        ("Fatalities coded as 2 (another outlet reported 4).", 2),
        ("3 fatalities.", 3),
        ("Fatalities: 5", 5),
        ("Of 6 fatalities, 5 were soldiers.", nil),
    ] as [(String, Int?)])
    func stated(text: String, expected: Int?) {
        #expect(EventArguments.statedFatalities(EventText.sentences(text)[0].tokens) == expected)
    }

    @Test("a date that opens the note dates its event, not a later one")
    func leadDate() {
        let events = EventExtractorTests.events("As reported on 4 March 2021, gunmen attacked a police post in Zorkam district, Herat, ahead of a strike planned for 9 March.")
        #expect(events.first?.date?.description == "2021-03-04")
    }
}
