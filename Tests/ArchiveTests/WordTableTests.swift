import Testing
@testable import Archive

/// The word table behind per-token lookups, and the lookups built on it agreeing with the
/// `String` sets and dictionaries they replace.
@Suite("Word table")
struct WordTableTests {
    static func index(_ table: WordTable, _ word: String) -> Int? {
        var word = word
        return word.withUTF8 { table.index(of: $0) }
    }

    @Test("words are numbered in order and found in any ASCII case; others are not found")
    func numbersAndFinds() {
        var table = WordTable()
        #expect(table.insert("attack") == 0)
        #expect(table.insert("bomb") == 1)
        #expect(table.insert("attack") == 0)
        #expect(table.count == 2)
        #expect(Self.index(table, "attack") == 0)
        #expect(Self.index(table, "ATTACK") == 0)
        #expect(Self.index(table, "Bomb") == 1)
        #expect(Self.index(table, "bombs") == nil)
        #expect(Self.index(table, "") == nil)
    }

    @Test("a word listed with capitals is kept apart and never found, as a set of lowercase words would never match it")
    func capitalsAreNeverFound() {
        var table = WordTable()
        let lower = table.insert("alan"), capital = table.insert("Alan")
        #expect(lower != capital)
        #expect(Self.index(table, "ALAN") == lower)
    }

    @Test("thousands of words survive the table's growth")
    func grows() {
        var table = WordTable()
        let words = (0..<5000).map { "w\($0)x" }
        for (i, word) in words.enumerated() { #expect(table.insert(word) == i) }
        #expect(words.enumerated().allSatisfy { Self.index(table, $0.element.uppercased()) == $0.offset })
        #expect(Self.index(table, "w5000x") == nil)
    }

    static let text = """
        Militants ATTACKED a convoy near Baghdad on Monday; Iraq’s forces shelled the town. A cease-fire \
        was agreed two days later, said Gen. Ali al-Kaabi of the Popular Mobilization Units. Bombings, \
        kidnappings and protests: the café’s owner — Müller — was not hurt. Zürich's mayor and 12 others.
        """

    @Test("an event token's lists, triggers and date start are what the string lookups give")
    func eventTokensAgreeWithStrings() {
        let lexicon = EventLexicon.shared
        let tokens = EventText.sentences(Self.text).flatMap(\.tokens)
        #expect(tokens.contains { $0.lists != 0 } && tokens.contains { lexicon.startsDate($0) })
        for token in tokens where token.isWord {
            #expect(token.lists == lexicon.mask(token.lower), "\(token.lower)")
            let (exact, prefixed) = lexicon.candidates(for: token), (exactByString, prefixedByString) = lexicon.candidates(for: token.lower)
            #expect(exact.map(\.words) == exactByString.map(\.words), "\(token.lower)")
            #expect(prefixed.map(\.words) == prefixedByString.map(\.words), "\(token.lower)")
            #expect(lexicon.startsDate(token) == DateFinder.starters.contains(token.lower), "\(token.lower)")
        }
    }

    @Test("an entity token's word lists are the sets that hold its lowercase form")
    func entityTokensAgreeWithSets() {
        let lex = EntityLexicon.shared
        let sets: [(EntityLexicon.Lists, Set<String>)] = [
            (.titles, lex.titles), (.orgHeads, lex.orgHeads), (.orgCues, lex.orgCues), (.placeHeads, lex.placeHeads),
            (.placeCues, lex.placeCues), (.placeSuffixes, lex.placeSuffixes), (.sportVerbs, lex.sportVerbs),
            (.positions, lex.positions), (.demonyms, lex.demonyms), (.stop, lex.stop), (.events, lex.events),
            (.firstNames, lex.firstNames), (.particles, EntitySpans.particles), (.connectors, EntitySpans.connectors),
        ]
        let tokens = EntityTokenizer.tokens(EntityText(Self.text + " Alan & Co of the Bank v Leeds striker"))
        #expect(tokens.contains { !$0.lists.isEmpty })
        for token in tokens {
            let expected = sets.reduce(into: EntityLexicon.Lists()) { if $1.1.contains(token.lower) { $0.insert($1.0) } }
            #expect(token.lists == expected, "\(token.lower)")
        }
    }
}
