import Testing
@testable import Archive

/// Short forms one text uses for a name it gives in full, and clubs named after their town, each
/// on a small text written for it.
@Suite struct EntityShortFormTests {
    static func keys(_ text: String) -> [String: Set<String>] {
        Dictionary(grouping: EntityExtractor.mentions(in: text), by: \.text).mapValues { Set($0.map(\.key)) }
    }

    @Test func aHyphenatedSurnameAloneIsThePersonNamedInFull() {
        let k = Self.keys("Rowena Clarke-Hobbs opened the bridge on Monday. Clarke-Hobbs said the town had waited ten years for it.")
        #expect(k["Clarke-Hobbs"] != nil && k["Clarke-Hobbs"] == k["Rowena Clarke-Hobbs"])
    }

    @Test func aGivenNameAloneIsThePersonTheTextNamesInFullWithIt() {
        let k = Self.keys("Marcus Ellery finished second in the hill race on Sunday. Marcus said the wind had slowed every runner.")
        #expect(k["Marcus"] != nil && k["Marcus"] == k["Marcus Ellery"])
        // Two people with that given name: the text does not say which.
        let two = Self.keys("Marcus Ellery and Marcus Fane shared the lead after the first lap. Marcus said the wind had slowed them.")
        #expect(two["Marcus"].map { $0 != two["Marcus Ellery"] && $0 != two["Marcus Fane"] } ?? true)
    }

    @Test func aTownsNameAndAClubsWordIsTheClubWhereverItIsWritten() {
        let m = Dictionary(EntityExtractor.mentions(in: """
            The striker scored twice at Manchester City on Saturday, and the keeper moved to Blackburn Rovers in May.
            """).map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Manchester City"] == .org && m["Blackburn Rovers"] == .org)
        // A country's name and `City` is its capital, which the gazetteer may not know.
        #expect(EntityRulesTests.found("Flights to Kuwait City resumed on Monday after the storm.")["Kuwait City"] != .org)
    }
}
