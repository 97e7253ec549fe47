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
    ] as [(String, String, String, String)])
    func resolution(text: String, country: String, admin1: String, location: String) {
        let (c, a, l) = Self.resolved(text)
        #expect(c == country)
        #expect(a == admin1)
        #expect(l == location)
    }

    @Test("a place is never a party to the event")
    func placeIsNoActor() {
        let events = EventExtractorTests.events("On 3 June 2021, gunmen attacked a police post in Zorkam district, Herat, killing two policemen.")
        #expect(events.first?.actor1?.name != "Herat")
        #expect(events.first?.actor2?.name != "Herat")
        #expect(events.first?.admin1Code == "AF-HER")
    }
}
