import Foundation
import Testing
@testable import Archive

/// What the words around a name say it is over all its mentions of a text (`EntityCues+Articles`):
/// words coined from a name and a common noun, a body's name after `the`, a settlement's name after
/// its noun and `of`, a surname a title gives once. Texts written for these tests.
@Suite struct EntityArticlesTests {
    static func mentions(_ text: String) -> [EntityMention] { EntityExtractor.mentions(in: text) }
    static func show(_ m: [EntityMention]) -> String { "\(m.map { ($0.text, $0.type) })" }

    @Test func aWordCoinedFromANameIsNoName() {
        let m = Self.mentions("Voters backed Grexit. Talks on Brexit stalled again, Mara Quill said in Exeter, and Obamacare was debated.")
        #expect(!m.contains { $0.text == "Grexit" || $0.text == "Brexit" || $0.text == "Obamacare" }, "\(Self.show(m))")
        // The names beside them stay, and a place ending in other letters is no coinage.
        #expect(m.contains { $0.text == "Mara Quill" && $0.type == .person }, "\(Self.show(m))")
        #expect(m.contains { $0.text == "Exeter" && $0.type == .place }, "\(Self.show(m))")
    }

    @Test func aNameAfterTheWithNoGivenNameIsABody() {
        let m = Self.mentions("Police said the Ruane Kelleher statement was false. Ruane Kelleher plans a motion.")
        let named = m.filter { $0.text == "Ruane Kelleher" }
        #expect(named.count == 2 && named.allSatisfy { $0.type == .org }, "\(Self.show(m))")
        // A given name first: a person's name used as a modifier (`the Tony Marsh era`).
        let era = Self.mentions("Critics of the Tony Marsh era said the club had lost its way. Tony Marsh left in May.")
        #expect(era.contains { $0.text == "Tony Marsh" && $0.type == .person }, "\(Self.show(era))")
    }

    @Test func aNameAfterASettlementsOfIsAPlace() {
        let m = Self.mentions("Troops entered the village of Dorman after shelling. Dorman had 300 people. The army shelled the town of Carver Hill.")
        let dorman = m.filter { $0.text == "Dorman" }
        #expect(dorman.count == 2 && dorman.allSatisfy { $0.type == .place }, "\(Self.show(m))")
        #expect(m.contains { $0.text == "Carver Hill" && $0.type == .place }, "\(Self.show(m))")
        // After another noun's `of`, the name is what it was.
        let head = Self.mentions("The head of Dorman Logistics said sales rose.")
        #expect(!head.contains { $0.text.hasPrefix("Dorman") && $0.type == .place }, "\(Self.show(head))")
    }

    @Test func aTownAfterTheArabicArticleIsAPlace() {
        let m = Self.mentions("Rebels fought to seize Al Qusayr on Sunday, and shells fell near Al Mayadin.")
        #expect(m.contains { $0.text == "Al Qusayr" && $0.type == .place }, "\(Self.show(m))")
        #expect(m.contains { $0.text == "Al Mayadin" && $0.type == .place }, "\(Self.show(m))")
        // `Al` as a given name, and no town of that name.
        let man = Self.mentions("Al Franken said the plan would fail.")
        #expect(man.contains { $0.text == "Al Franken" && $0.type == .person }, "\(Self.show(man))")
    }

    @Test func aNameOwningADayNamesNoOne() {
        let m = Self.mentions("Crowds marked St Patrick's Day in Boston, and florists waited for Valentine's Day.")
        #expect(!m.contains { $0.text.contains("Patrick") || $0.text == "Day" || $0.text == "Valentine" }, "\(Self.show(m))")
        #expect(m.contains { $0.text == "Boston" && $0.type == .place }, "\(Self.show(m))")
        // A possessive before another noun keeps its owner.
        let owner = Self.mentions("Crowds marked Patrick Dunne's birthday in Boston.")
        #expect(owner.contains { $0.text == "Patrick Dunne" && $0.type == .person }, "\(Self.show(owner))")
    }
}

/// A body's name the tagger reads as a person's across an archive (`EntityMerging`).
struct EntityArchiveBodiesTests {
    let merging = EntityMergingTests()

    @Test("a name with no given name first that some texts show to be a body is the body; a person named in full is not")
    func bodyAcrossTexts() throws {
        let db = try merging.archive()
        try merging.add(db, .person, "Plaid Tirion", mentions: 8, article: 1)
        try merging.add(db, .org, "Plaid Tirion", mentions: 2, article: 2)
        // A given name first: the few mentions of a body are the tagger's slips.
        try merging.add(db, .person, "Maria Holt", mentions: 20, article: 1)
        try merging.add(db, .org, "Maria Holt", mentions: 1, article: 3)
        // A tenth is needed.
        try merging.add(db, .person, "Ruane Kelleher", mentions: 30, article: 1)
        try merging.add(db, .org, "Ruane Kelleher", mentions: 1, article: 3)
        // A word of the name named alone: people are so named, parties are not.
        try merging.add(db, .person, "Dariusz Varga", mentions: 8, aliases: ["Varga"], article: 1)
        try merging.add(db, .org, "Dariusz Varga", mentions: 2, article: 2)
        try merging.add(db, .person, "Varga", mentions: 3, article: 1)
        try EntityMerging.run(db)
        let left = try merging.entities(db)
        #expect(left == ["person Dariusz Varga 13", "person Maria Holt 21", "org Plaid Tirion 10", "person Ruane Kelleher 31"], "\(left)")
    }
}
