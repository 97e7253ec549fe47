import Testing
@testable import Archive

/// The small word classes the cues of works, groups, clubs and firms read (`EntityMark`): given by
/// the lexicon's one lookup of each token, kept out of the lists the tagger reads, and gathered per
/// text so that a cue whose words are absent is passed over. Sentences written for these tests.
@Suite struct EntityMarksTests {
    private func tokens(_ text: String) -> (EntityText, [EntityToken]) {
        let input = EntityText(text)
        return (input, EntityTokenizer.tokens(input))
    }

    @Test func aTokenGetsItsMarksFromTheLookupInAnyCase() {
        let (_, t) = tokens("The Band's drummer left the film crew for a Rugby full-back, Seven said.")
        func marks(_ word: String) -> EntityMark { t.first { $0.text == word }?.marks ?? [] }
        #expect(marks("Band").contains(.bandNoun))
        #expect(marks("drummer") == [.bandMember, .occupation])
        #expect(marks("film").isSuperset(of: [.workNoun, .titleNoun]))
        #expect(marks("full-back") == .position)
        #expect(marks("Seven") == .cardinal)
        #expect(marks("crew").isEmpty && marks("left").isEmpty)
        // Punctuation takes no mark.
        #expect(t.filter { !$0.isWord }.allSatisfy { $0.marks.isEmpty })
    }

    @Test func marksLeaveTheTaggersListsAsTheyWere() {
        // Words only the cues know are in none of the lists the tagger's weights were learned with.
        let (_, t) = tokens("Her drummer was nominated for a biopic by the carmaker.")
        for word in ["drummer", "nominated", "biopic", "carmaker"] {
            let token = t.first { $0.text == word }!
            #expect(!token.marks.isEmpty && token.lists.isEmpty, "\(word)")
        }
    }

    @Test func aTextKeepsTheUnionOfItsWordsMarks() {
        let (plainInput, plain) = tokens("Ann Lowe met the mayor of Leeds on Monday. She left early.")
        let quiet = EntitySpans(t: plain, input: plainInput, lex: .shared)
        #expect(quiet.marks.isDisjoint(with: EntityMark.workCues))
        let (input, t) = tokens("Ann Lowe was nominated for Grey Water. She left early.")
        let spans = EntitySpans(t: t, input: input, lex: .shared)
        #expect(spans.marks.contains(.nominated) && !spans.marks.contains(.casting))
    }

    @Test func cuesStillReadTheirWordsThroughTheMarks() {
        // A noun of business before a town's name, and the same name with none.
        let firm = EntityExtractor.mentions(in: "Shares in the carmaker Espoo rose on Monday.")
        #expect(firm.contains { $0.text == "Espoo" && $0.type == .org }, "\(firm)")
        let town = EntityExtractor.mentions(in: "Shares in Espoo rose on Monday.")
        #expect(town.contains { $0.text == "Espoo" && $0.type == .place }, "\(town)")
        // A work's title after `nominated for`, in a text whose other words mark nothing.
        let work = EntityExtractor.mentions(in: "Ruth Ames was nominated for Silent Harbour on Tuesday.")
        #expect(!work.contains { $0.text == "Silent Harbour" }, "\(work)")
        #expect(work.contains { $0.text == "Ruth Ames" && $0.type == .person }, "\(work)")
    }
}
