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

    @Test func anOccupationBeforeANameMakesItAPerson() {
        let m = Self.found("The R&B singer Tavane led the nominations, ahead of the novelist Orla Penhallow.")
        #expect(m["Tavane"] == .person, "\(m)")
        #expect(m["Orla Penhallow"] == .person, "\(m)")
        // Written with a capital, the word opens a prize's name and is no cue for a person.
        let prize = Self.found("She won the Best Actress award in Venice.")
        #expect(!prize.contains { $0.value == .person }, "\(prize)")
    }

    @Test func aVenuesNounEndsAPlacesName() {
        let m = Self.found("Fans packed the Kelmscott Stadium for the final, and Orla Penhallow sang at the Druce Arena.")
        #expect(m["Kelmscott Stadium"] == .place && m["Druce Arena"] == .place, "\(m)")
    }

    @Test func aProgrammesTitleAfterItsNounIsNoName() {
        let m = Self.found("She told the radio programme Wider Lens that sales at Pellmark had fallen.")
        #expect(!m.keys.contains { $0.contains("Wider Lens") }, "\(m)")
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

    @Test func aTitleReadAcrossOfLeavesTheHoldersName() {
        let m = Self.found("The talks were opened by US Secretary of Energy Helen Kellerman in Vienna on Monday.")
        #expect(m["Helen Kellerman"] == .person)
        #expect(!m.keys.contains { $0.contains("Secretary") || $0.contains("Energy") })
        let treasury = Self.found("The forecast was welcomed by UK Chancellor of the Exchequer Peter Dunmore, who spoke in Leeds.")
        #expect(treasury["Peter Dunmore"] == .person && !treasury.keys.contains { $0.contains("Exchequer") })
    }

    @Test func aBaronessIsATitle() {
        let m = Self.found("The bill was amended after Baroness Hallworth spoke against it in the upper house.")
        #expect(m["Hallworth"] == .person && !m.keys.contains { $0.contains("Baroness") })
    }
}

/// One type for a text's entity (`EntityResolver.mentions`), on candidates made by hand so that the
/// check does not depend on what the tagger reads.
@Suite struct EntityGroupTypeTests {
    @Test func aTitledFullNameIsAPersonWhateverItsSurnameAloneWasTaggedAs() {
        let input = EntityText("Harbury boss Callum Strachan spoke. Strachan left early. Later Strachan said no, and Strachan went home.")
        let t = EntityTokenizer.tokens(input)
        let spans = EntitySpans(t: t, input: input, lex: .shared)
        let given = t.firstIndex { $0.text == "Callum" }!
        var cands = [EntityCandidate(lo: given, hi: given + 2, type: .person, strength: 2, words: ["callum", "strachan"], acronym: false)]
        for k in t.indices where k > given + 1 && t[k].text == "Strachan" {
            // As the tagger leaves a lone surname it typed otherwise than the rules: a weak organisation.
            cands.append(EntityCandidate(lo: k, hi: k + 1, type: .org, strength: 1, words: ["strachan"], acronym: false))
        }
        var resolver = EntityResolver(spans: spans, cands: cands)
        resolver.link()
        let m = resolver.mentions()
        #expect(m.count == 4)
        #expect(m.allSatisfy { $0.type == .person && $0.name == "Callum Strachan" })
    }
}
