import Testing
@testable import Archive

/// What the words around a name show it to be across a text (a prize, a work, a firm that shares
/// a town's name), and the rules made general after measuring them on text they were not tuned
/// on (docs/evaluation.md, extractor version 8). Texts written for these tests.
@Suite struct EntityKindsTests {
    static func found(_ text: String) -> [String: EntityType] { EntityRulesTests.found(text) }

    @Test func aPrizeBeforeItsNounIsNoPerson() {
        let m = Self.found("Gemma Hale earned her first Oscar nomination on Tuesday. The Oscar ceremony is in March, and Oscar will not wait.")
        #expect(m["Oscar"] == nil, "\(m)")
        #expect(m["Gemma Hale"] == .person)
        let n = Self.found("Gemma Hale won two Crystal Harp nominations. She hopes to win at the Crystal Harps in Leeds.")
        #expect(n["Crystal Harp"] == nil && n["Crystal Harps"] == nil, "\(n)")
        #expect(n["Leeds"] == .place)
        #expect(Self.found("Gemma Hale has won a Crystal Harp for her role.")["Crystal Harp"] == nil)
    }

    @Test func aTitleStarringSomeoneIsAWork() {
        let m = Self.found("Harbour Lights, starring Tom Reid, topped the box office. Harbour Lights took $9m in its first week.")
        #expect(m["Harbour Lights"] == nil, "\(m)")
        #expect(m["Tom Reid"] == .person)
        let n = Self.found("The comedy Paper Moons drew crowds in Leeds on Friday. Paper Moons cost little to make.")
        #expect(n["Paper Moons"] == nil, "\(n)")
        #expect(n["Leeds"] == .place)
    }

    @Test func aTownsNameTheTextShowsAsAFirmIsTheFirmThroughout() {
        #expect(Self.found("Nokia, the Finnish handset maker, cut its prices.")["Nokia"] == .org)
        let m = EntityExtractor.mentions(in: "Buyers of the Nokia 6230 liked it. Nokia plans a new model.")
        #expect(m.filter { $0.text == "Nokia" }.count == 2)
        #expect(m.filter { $0.text == "Nokia" }.allSatisfy { $0.type == .org }, "\(m.map { ($0.text, $0.type) })")
        // A town's name with no such words stays a place; a year after it is no model number.
        #expect(Self.found("Floods closed roads around Nokia on Monday.")["Nokia"] == .place)
        #expect(Self.found("Floods closed roads around Nokia in 2004.")["Nokia"] == .place)
    }

    @Test func aLoneNameFollowedByWhoIsAPerson() {
        let m = Self.found("The talks went on late. Brannock, who arrived on Monday, said the plan would work.")
        #expect(m["Brannock"] == .person, "\(m)")
        let n = Self.found("The bill was drafted by Lord Tarrow, and the peers backed it on Monday.")
        #expect(n["Tarrow"] == .person || n["Lord Tarrow"] == .person, "\(n)")
    }

    @Test func anAcronymThatLabelsAFieldOrAFigureIsNoName() {
        let m = Self.found("The Joint Transit Authority (JTA) met on Monday. The JTA said fares would rise.")
        #expect(m["JTA"] == .org, "\(m)")
        let n = Self.found("Trading closes at 1400 WGT on Friday, and NOTE - the desk shuts early.")
        #expect(n["WGT"] == nil && n["NOTE"] == nil, "\(n)")
    }

    @Test func aRowOfNamesInTitleCaseKeepsItsNames() {
        let m = Self.found("Results of the race on Sunday follow.\nMarek Halas ( Dukla Vranov ) 71\nMore races follow next week.")
        #expect(m["Marek Halas"] == .person, "\(m)")
    }
}
