import Testing
@testable import Archive

/// Titles and roles are no part of a name (`EntityCues.roleWords`, `EntitySpans.classify`), on
/// sentences written for the tests.
@Suite struct EntityRolesTests {
    static func found(_ text: String) -> [String: EntityType] { EntityRulesTests.found(text) }

    @Test func aRoleTheTitlesListLacksIsLeftOut() {
        let m = Self.found("The party repaid the loan to former Labour Treasurer Lord Pemberly after he complained about the delay.")
        #expect(m["Pemberly"] == .person)
        #expect(!m.keys.contains { $0.contains("Treasurer") })
        #expect(m["Labour"] == .org)
        let boss = Self.found("Boss Martin Dunmore praised his players after the match on Saturday.")
        #expect(boss["Martin Dunmore"] == .person && boss.count == 1)
    }

    @Test func aRoleBeforeATitleGoesWithTheNextName() {
        let m = Self.found("Labour Shadow Chancellor Oliver Quist said taxes would rise under the plan.")
        #expect(m["Oliver Quist"] == .person)
        #expect(!m.keys.contains { $0.contains("Shadow") })
    }

    @Test func aTitledPersonDoesNotGoOnWithOf() {
        let m = Self.found("Dr Helen Ashby of the National Weather Office said the storm would pass by Friday.")
        #expect(m["Helen Ashby"] == .person && m["National Weather Office"] == .org)
        let seat = Self.found("The vote was called by Labour MP for Eastfield Tom Rigg on Monday.")
        #expect(seat["Tom Rigg"] == .person && !seat.keys.contains { $0.contains("MP") })
    }

    @Test func aPortfolioBetweenTitlesIsNoName() {
        // `Health` starts a sentence and is written in lowercase: an ordinary word of this text.
        let m = Self.found("""
            Health spending has fallen for three years, the report said.
            The plan was attacked by Shadow Health Secretary Nia Rowe, who said the health budget would not be enough.
            """)
        #expect(m["Nia Rowe"] == .person)
        #expect(m["Health"] == nil && !m.keys.contains { $0.contains("Health") })
        // A surname between titles is kept: no text writes it in lowercase.
        let kept = Self.found("Mr Blakemore Chancellor Ruth Avery and the premier met on Monday.")
        #expect(kept["Ruth Avery"] == .person && kept["Blakemore"] == .person)
    }
}
