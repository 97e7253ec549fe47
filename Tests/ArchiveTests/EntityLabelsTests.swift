import Foundation
import Testing
@testable import Archive

/// Labels beside names that are no names (`EntityCues+Labels`), a month that is a surname, a region
/// shared by two countries (`EntityGroups`), a state's name and an organisation's forms across an archive
/// (`EntityMerging`). Texts written for these tests.
@Suite struct EntityLabelsTests {
    static func mentions(_ text: String) -> [EntityMention] { EntityExtractor.mentions(in: text) }

    @Test func aPeopleInThePluralIsNoEntity() {
        let m = Self.mentions("Police said two South Koreans and three Somalis were held at the port, and Christians gathered outside.")
        #expect(!m.contains { $0.text.contains("Koreans") || $0.text.contains("Somalis") || $0.text.contains("Christians") }, "\(m.map(\.text))")
        // A name whose first word is no compass word or number goes on being a name.
        let team = Self.mentions("The Harbor City Texans beat the Lakeside Rovers on Sunday.")
        #expect(team.contains { $0.text.hasSuffix("Texans") }, "\(team.map(\.text))")
    }

    @Test func theStateOfAnAddressIsAPlace() {
        let m = Self.mentions("The charity moved from Boston to Washington, D.C. last year, met donors in Washington DC on Monday and opened in Seattle, WA.")
        #expect(m.filter { $0.text == "D.C." || $0.text == "DC" || $0.text == "WA" }.count == 3, "\(m.map { ($0.text, $0.type) })")
        #expect(m.filter { $0.text == "D.C." || $0.text == "DC" || $0.text == "WA" }.allSatisfy { $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        // Two capitals after a comma and no dots are an agency's byline, no address.
        let byline = Self.mentions("The talks went on in Vilnius, AP reported.")
        #expect(!byline.contains { $0.text == "AP" && $0.type == .place }, "\(byline.map { ($0.text, $0.type) })")
    }

    @Test func aLegislatorsPartyAndStateAreNoName() {
        let m = Self.mentions("Sen. Nora Vallis (D-N.Y.) said the bill would fail, and Rep. Glen Tarr, R-Ohio, agreed.")
        #expect(!m.contains { $0.text.hasPrefix("D-") || $0.text.hasPrefix("R-") || $0.text == "Y." }, "\(m.map(\.text))")
        #expect(m.contains { $0.text == "Nora Vallis" && $0.type == .person }, "\(m.map(\.text))")
    }

    @Test func aContractionWithAQuoteIsNoName() {
        let m = Self.mentions("Don\"t miss the final, the coach told fans in Leeds. Don Ellery scored twice.")
        #expect(!m.contains { $0.text == "Don" }, "\(m.map(\.text))")
        #expect(m.contains { $0.text == "Don Ellery" }, "\(m.map(\.text))")
    }

    @Test func theSideOfAChamberIsPartOfTheTitle() {
        let m = Self.mentions("Senate Majority Leader Tom Gradwell said the vote may slip, and Senate Minority Leader Ada Pruitt agreed.")
        #expect(!m.contains { $0.text.contains("Majority") || $0.text.contains("Minority") }, "\(m.map(\.text))")
        #expect(m.contains { $0.text == "Tom Gradwell" && $0.type == .person }, "\(m.map(\.text))")
    }

    @Test func aMonthAfterAGivenNameIsHerSurname() {
        let m = Self.mentions("Prime Minister Harriet May met farmers in Devon. She said prices may rise, and the union may strike.")
        #expect(m.contains { $0.text == "Harriet May" && $0.type == .person }, "\(m.map { ($0.text, $0.type) })")
        // A month with its day or year is a date.
        let date = Self.mentions("The singer Harriet opens in Devon on Friday, and Harriet May 2019 was her last tour, which may return.")
        #expect(!date.contains { $0.text == "Harriet May" }, "\(date.map(\.text))")
    }

    @Test func aCountrysTelevisionIsTheCountry() {
        let m = Self.mentions("He told US TV network Channel Nine on Sunday that he would stay.")
        #expect(!m.contains { $0.text == "US TV" }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "US" && $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func aSuffixAloneIsNoName() {
        let m = Self.mentions("Reverend Paul Oduya Jr.'s sermon drew a crowd, and the bakery Hank's Jr. opened late.")
        #expect(!m.contains { $0.text == "Jr" || $0.text == "Jr." }, "\(m.map(\.text))")
    }

    @Test func theOfAPlacesNameBelongsToIt() {
        let m = Self.mentions("Judges at the tribunal in The Hague ruled on Monday that William Hague had no case.")
        #expect(m.contains { $0.text == "The Hague" && $0.type == .place && $0.country == "NL" }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "William Hague" && $0.type == .person }, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func aRegionSharedByTwoCountriesIsTheOneOfTheText() {
        let us = Self.mentions("Officials in Maryland said the bill would pass in Baltimore and Annapolis.")
        #expect(us.first { $0.text == "Maryland" }?.code == "US-MD", "\(us.map { ($0.text, $0.code) })")
        let liberia = Self.mentions("Floods cut the roads of Maryland, in the south-east of Liberia, the government in Monrovia said.")
        #expect(liberia.first { $0.text == "Maryland" }?.code == "LR-MY", "\(liberia.map { ($0.text, $0.code) })")
    }
}

@Suite("Entities across an archive: a state's name, an organisation's forms")
struct EntityArchiveFormsTests {
    let merging = EntityMergingTests()

    @Test("a state's name some texts show to be a place is one; a body's stray place is not")
    func stateName() throws {
        let db = try merging.archive()
        try merging.add(db, .org, "Caspian Union", mentions: 8, article: 1)
        try merging.add(db, .place, "Caspian Union", mentions: 2, article: 2)
        try merging.add(db, .org, "Coral Union", mentions: 20, article: 1)
        try merging.add(db, .place, "Coral Union", mentions: 1, article: 3)
        try EntityMerging.run(db)
        let left = try merging.entities(db)
        #expect(left == ["place Caspian Union 10", "org Coral Union 21"], "\(left)")
    }
}

extension EntityLabelsTests {
    @Test func aWordBetweenATitlesOfAndAnotherTitleIsTheTitles() {
        let m = Self.mentions("Army Chief of Staff General Ann Lowe told reporters in Kabul that the Staff College would reopen.")
        #expect(!m.contains { $0.text == "Staff" }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Ann Lowe" && $0.type == .person }, "\(m.map { ($0.text, $0.type) })")
    }
}

extension EntityArchiveFormsTests {
    @Test("a name with and without its The, a body's head before or after its remit, are one organisation")
    func theAndHeads() throws {
        let db = try merging.archive()
        try merging.add(db, .org, "The Harbour Courier", mentions: 3, article: 1)
        try merging.add(db, .org, "Harbour Courier", mentions: 2, article: 2)
        try merging.add(db, .org, "Department of Fisheries", mentions: 2, article: 1)
        try merging.add(db, .org, "Fisheries Department", mentions: 4, article: 3)
        // One word after `The` is another name (`The Sentinel`, `Sentinel` a brand).
        try merging.add(db, .org, "The Sentinel", mentions: 2, article: 1)
        try merging.add(db, .org, "Sentinel", mentions: 1, article: 2)
        try EntityMerging.run(db)
        let left = try merging.entities(db)
        #expect(left == ["org Department of Fisheries 6", "org Harbour Courier 5", "org Sentinel 1", "org The Sentinel 2"], "\(left)")
    }

    @Test("an ingest finds the name with its The among the neighbours of the name without")
    func theOnIngest() throws {
        let db = try merging.archive()
        let old = try merging.add(db, .org, "The Harbour Courier", mentions: 3, article: 1)
        let new = try merging.add(db, .org, "Harbour Courier", mentions: 2, article: 2)
        try EntityMerging.run(db, touching: [new])
        #expect(try merging.entities(db) == ["org Harbour Courier 5"])
        _ = old
    }
}

extension EntityLabelsTests {
    @Test func lettersAFeedCouldNotDecodeStayInTheirWord() {
        let m = Self.mentions("Voters backed Sinn F\u{FFFD}\u{FFFD}in in Dublin, and Fianna F\u{FFFD}il lost two seats.")
        #expect(!m.contains { $0.text == "Sinn" || $0.text == "Fianna" }, "\(m.map(\.text))")
        #expect(m.contains { $0.text == "Sinn F\u{FFFD}\u{FFFD}in" } && m.contains { $0.text == "Fianna F\u{FFFD}il" }, "\(m.map(\.text))")
        // Between two words it stays a mark.
        let apart = Self.mentions("Voters in Dublin \u{FFFD} and in Cork \u{FFFD} backed the plan.")
        #expect(apart.contains { $0.text == "Dublin" } && apart.contains { $0.text == "Cork" }, "\(apart.map(\.text))")
    }
}
