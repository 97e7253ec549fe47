import Testing
@testable import Archive

/// Readings the text decides whatever weights the tagger was trained to (`EntityCues+Steady`):
/// a name glossed in brackets, a town after a preposition of place, countries in a results row,
/// a party's nickname in the plural. Texts written for these tests.
@Suite struct EntitySteadyRulesTests {
    static func found(_ text: String) -> [String: EntityType] {
        Dictionary(EntityExtractor.mentions(in: text).map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aNameGlossedInBracketsSpansItsWholeRun() {
        // The text also writes `sons` and `desert` in lowercase: inside the glossed name the
        // capitalised words are still the name's.
        let text = "Witnesses said the Sons of the Desert (Abna al-Sahra) militia shelled the depot. "
            + "The sons of the shepherds fled into the desert on Monday."
        let m = EntityExtractor.mentions(in: text)
        let sons = m.first { $0.text == "Sons of the Desert" }
        let abna = m.first { $0.text == "Abna al-Sahra" }
        #expect(sons?.type == .org && abna?.type == .org, "\(m.map { ($0.text, $0.type) })")
        #expect(sons != nil && sons?.key == abna?.key)
        #expect(!m.contains { $0.text == "Desert" })
    }

    @Test func aTranslationInBracketsAfterTheNameIsTheSameEntity() {
        let text = "A statement from Abna al-Sahra (Sons of the Desert) claimed the raid. The desert was quiet and the sons of farmers stayed home."
        let m = EntityExtractor.mentions(in: text)
        let sons = m.first { $0.text == "Sons of the Desert" }
        #expect(sons != nil && sons?.key == m.first { $0.text == "Abna al-Sahra" }?.key, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func aTownAfterAPrepositionOfPlaceIsThePlace() {
        #expect(Self.found("Snow closed the roads around Tampere in 2019.")["Tampere"] == .place)
        #expect(Self.found("Heavy rain flooded the farms around Nokia in 2012.")["Nokia"] == .place)
        #expect(Self.found("Troops massed outside Nokia in 2004.")["Nokia"] == .place)
        // The same town's name the text shows as a firm is the firm.
        let firm = Self.found("Nokia, the Finnish handset maker, cut prices. Shares in firms around Nokia in 2012 fell.")
        #expect(firm["Nokia"] == .org, "\(firm)")
    }

    @Test func inAResultsRowCountriesStayPlacesAndCitiesAreClubs() {
        let m = Self.found("After six rounds:\nBrazil 6 4 1 1 12 5\nPortsmouth 6 3 2 1 10 7\nSweden 6 1 1 4 5 11")
        #expect(m["Brazil"] == .place && m["Sweden"] == .place, "\(m)")
        #expect(m["Portsmouth"] == .org, "\(m)")
    }

    @Test func aPartysNicknameInThePluralIsTheParty() {
        let text = "Labour said the Tories had no plan for schools. The Tories hit back on Tuesday. "
            + "Tories in the Commons voted against the bill, and a Tory MP resigned."
        let m = EntityExtractor.mentions(in: text)
        let tories = m.filter { $0.text == "Tories" }
        #expect(tories.count == 3 && tories.allSatisfy { $0.type == .org }, "\(m.map { ($0.text, $0.type) })")
        #expect(Set(tories.map(\.key)).count == 1)
    }
}
