import Testing
@testable import Archive

/// Names the tagger cuts at `and` or types against the sentence, and short forms of one person or
/// club in a text (`EntityCues+Joined`, `EntityResolver.link`). Texts written for these tests.
@Suite struct EntityJoinedNamesTests {
    static func mentions(_ text: String) -> [EntityMention] { EntityExtractor.mentions(in: text) }

    @Test func wordsJoinedByAndUnderOneHeadAreOneName() {
        let m = Self.mentions("Ministers backed Norway's Lantern and Bridge Initiative on Monday. The Lantern and Bridge Initiative will fund ports.")
        #expect(m.contains { $0.text == "Lantern and Bridge Initiative" }, "\(m.map(\.text))")
        #expect(!m.contains { $0.text == "Lantern" || $0.text == "Bridge Initiative" }, "\(m.map(\.text))")
        // Two names listed before a head stay two: the first is a place.
        let listed = Self.mentions("Delegates from Norway and Harbour Commission staff met in Oslo.")
        #expect(!listed.contains { $0.text.hasPrefix("Norway and") }, "\(listed.map(\.text))")
    }

    @Test func aNameEndingOfAPlaceGoesOnOverAndAnotherPlace() {
        let m = Self.mentions("Fighters of the Patriotic Front of Chad and the Sahel held the bridge for a week.")
        #expect(m.contains { $0.text == "Patriotic Front of Chad and the Sahel" && $0.type == .org }, "\(m.map(\.text))")
        #expect(!m.contains { $0.text == "Sahel" }, "\(m.map(\.text))")
        // A country's own name is no name going on: two countries.
        let two = Self.mentions("The Democratic Republic of Congo and Rwanda signed a deal in Luanda.")
        #expect(!two.contains { $0.text.contains("and Rwanda") }, "\(two.map(\.text))")
    }

    @Test func aSurnameWrittenFirstIsMetAgainAlone() {
        let m = Self.mentions("Premier Wen Tiankai met the trade delegation in Shanghai. Wen said exports would grow.")
        let keys = Set(m.filter { $0.text.hasPrefix("Wen") }.map(\.key))
        #expect(keys.count == 1 && m.contains { $0.text == "Wen" && $0.type == .person }, "\(m.map { ($0.text, $0.key) })")
        // Two people of the text bear it first: the word alone is neither's.
        let two = Self.mentions("Wen Tiankai and Wen Lihua met the delegation in Shanghai. Wen said exports would grow.")
        let alone = two.first { $0.text == "Wen" }
        #expect(alone == nil || !two.contains { $0.text != "Wen" && $0.key == alone!.key }, "\(two.map { ($0.text, $0.key) })")
    }

    @Test func aSurnameWithItsParticleIsTheShortForm() {
        let m = Self.mentions("Jeanne van Rossel won the first round. Van Rossel said she would fight on, and van Rossel's rivals conceded.")
        let full = m.first { $0.text == "Jeanne van Rossel" }
        #expect(full != nil && m.filter { $0.text.lowercased() == "van rossel" }.allSatisfy { $0.key == full!.key }, "\(m.map { ($0.text, $0.key) })")
    }

    @Test func aLieOfTheLandAfterAPrepositionIsAPlace() {
        let m = Self.mentions("Senators on Larkin Hill voted on Tuesday. Larkin Hill was quiet by the evening.")
        #expect(m.contains { $0.text == "Larkin Hill" } && m.filter { $0.text == "Larkin Hill" }.allSatisfy { $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        let person = Self.mentions("Driver Damon Hill won in Monza, and Hill thanked his team.")
        #expect(person.contains { $0.text == "Damon Hill" && $0.type == .person }, "\(person.map { ($0.text, $0.type) })")
    }

    @Test func aFormerUnionIsAState() {
        let m = Self.mentions("Trade grew across the former Caspian Union, and the Caspian Union had paid its debts.")
        #expect(m.contains { $0.text == "Caspian Union" } && m.filter { $0.text == "Caspian Union" }.allSatisfy { $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        let officials = Self.mentions("A former Caspian Union official said the Caspian Union would meet in May.")
        #expect(!officials.contains { $0.text == "Caspian Union" && $0.type == .place }, "\(officials.map { ($0.text, $0.type) })")
    }

    @Test func cityAloneIsTheClubOfTheText() {
        let m = Self.mentions("Bristol City beat Exeter 2-0 on Saturday. City scored twice before half-time, and the City cheered the bonus.")
        let club = m.first { $0.text == "Bristol City" }
        #expect(club != nil && m.contains { $0.text == "City" && $0.key == club!.key }, "\(m.map { ($0.text, $0.key) })")
    }

    @Test func wordsThatNameNothingAloneAreNoEntities() {
        let m = Self.mentions("Besides, the port is closed, Tom Grady said. Well, nobody came. OK, the talks go on. Do you agree?")
        #expect(!m.contains { ["Besides", "Well", "OK", "Do"].contains($0.text) }, "\(m.map(\.text))")
        #expect(m.contains { $0.text == "Tom Grady" }, "\(m.map(\.text))")
        // An acronym in mixed case that spells such a word stays a name.
        let group = Self.mentions("Police said the Lashkar-e-Toiba (LeT) attacked the post near Sopore. LeT denied it.")
        #expect(group.contains { $0.text == "LeT" }, "\(group.map(\.text))")
    }

    @Test func aListOfNamesBeforeAHeadStaysAList() {
        // `Quill` is named alone, so `Quill and Vessel News` lists two names.
        let m = Self.mentions("Quill and Vessel News Agency both grew. Quill said sales rose.")
        #expect(!m.contains { $0.text.hasPrefix("Quill and") }, "\(m.map(\.text))")
        // The last word of a longer name, then another name.
        let bodies = Self.mentions("Members of the Farmers' Federation and Valley Youth Forum marched in Dhaka.")
        #expect(!bodies.contains { $0.text.hasPrefix("Federation and") }, "\(bodies.map(\.text))")
    }
}
