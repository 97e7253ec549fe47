import Testing
@testable import Archive

/// What the text around a name says it names, where the tagger reads otherwise: a role in
/// apposition or a verb of speech after a name the gazetteer does not hold whole (whose first word
/// may be a region's), a full name met again as a surname, a name translated in brackets.
/// Sentences written for these tests; where a rule answers a tag, the tags are given by hand.
@Suite struct EntityApposedNamesTests {
    /// The mentions of `text` with the tagger's tags given by hand: each `(word, tag)` goes to the
    /// next token that is that word, in order; every other token is `O`.
    private func mentions(_ text: String, tags: KeyValuePairs<String, EntityTagger.Tag>) -> [EntityMention] {
        let input = EntityText(text)
        let t = EntityTokenizer.tokens(input)
        let spans = EntitySpans(t: t, input: input, lex: .shared)
        var given = [EntityTagger.Tag](repeating: .o, count: t.count), next = tags.startIndex
        for k in t.indices where next < tags.endIndex && t[k].text == tags[next].key {
            given[k] = tags[next].value
            next = tags.index(after: next)
        }
        var resolver = EntityResolver(spans: spans, cands: spans.taggedCandidates(given))
        resolver.link()
        return resolver.mentions()
    }

    @Test func aNameBesideARoleIsAPersonWhateverItsFirstWordNames() {
        // `Najran` is a Saudi region in the gazetteer.
        let text = "Najran al-Yami, the council's senior legal adviser, said the talks would resume. Al-Yami wrote that both sides had agreed."
        let yami = EntityExtractor.mentions(in: text).filter { $0.text.contains("Yami") }
        #expect(yami.count == 2 && yami.allSatisfy { $0.type == .person } && Set(yami.map(\.key)).count == 1, "\(yami)")
        #expect(yami.first?.text == "Najran al-Yami")
        // The same with the tags of a tagger that reads the region: a place.
        let tagged = mentions(text, tags: ["Najran": .bLoc, "al-Yami": .iLoc, "Al-Yami": .bOrg]).filter { $0.text.contains("Yami") }
        #expect(tagged.count == 2 && tagged.allSatisfy { $0.type == .person && $0.name == "Najran al-Yami" }, "\(tagged)")
    }

    @Test func anArabicNameThatSpeaksIsAPerson() {
        // The region tagged a place and the surname apart: the name is read whole, a person's.
        let m = mentions("Later, Najran al-Qahtani said the port would reopen within a week.", tags: ["Najran": .bLoc, "al-Qahtani": .bMisc])
        #expect(m.count == 1 && m[0].type == .person && m[0].text == "Najran al-Qahtani", "\(m)")
    }

    @Test func aPlaceWithAClauseOrAPlaceCueStaysAPlace() {
        let m = EntityExtractor.mentions(in: "Basra, where the governor lives, was calm. Police in Kirkuk, the province's main city, said nothing.")
        #expect(m.first { $0.text == "Basra" }?.type == .place)
        #expect(m.first { $0.text == "Kirkuk" }?.type == .place)
        let tagged = mentions("Sunday's blast shook Ras Tanura, the kingdom's main oil terminal, before dawn.", tags: ["Ras": .bLoc, "Tanura": .iLoc])
        #expect(tagged.first { $0.text == "Ras Tanura" }?.type == .place, "\(tagged)")
    }

    @Test func aFullNameMetAgainAsASurnameIsOnePerson() {
        let text = "Ottilie Marchetti took over the museum board in March. Marchetti said the collection would tour Asia."
        let m = mentions(text, tags: ["Ottilie": .bMisc, "Marchetti": .iMisc, "Marchetti": .bPer]).filter { $0.text.contains("Marchetti") }
        #expect(m.count == 2 && m.allSatisfy { $0.type == .person } && Set(m.map(\.key)).count == 1, "\(m)")
        #expect(m.first?.text == "Ottilie Marchetti")
    }

    @Test func aNameTranslatedInBracketsIsOneEntity() {
        let text = "A statement said the Guardians of the Oath (Hurras al-Qasam) brigade had struck a convoy near the border."
        let m = mentions(text, tags: ["Guardians": .bMisc, "of": .iMisc, "the": .iMisc, "Oath": .iMisc, "Hurras": .bPer, "al-Qasam": .iPer])
            .filter { $0.text.contains("Oath") || $0.text.contains("Qasam") }
        #expect(m.count == 2 && Set(m.map(\.key)).count == 1 && m.allSatisfy { $0.type == .org }, "\(m)")
        #expect(m.first?.name == "Hurras al-Qasam")
        // An acronym in brackets does not make a term a name.
        let term = mentions("Output grew, the Gross Domestic Product (GDP) figures showed.", tags: ["Gross": .bMisc, "Domestic": .iMisc, "Product": .iMisc])
        #expect(!term.contains { $0.text.contains("Gross") }, "\(term)")
    }
}
