import Foundation
import Testing
@testable import Archive

/// The Swift tagger against the training script's: on sentences written for this test
/// (`TEST_TEXTS` in scripts/train-entity-tagger.py), every token must get the tag the script
/// gives it with the same weights (`Fixtures/entity-tagger.tsv`, which the script rewrites
/// with each model). Equal tags mean equal tokens, features, hashes and decoding on both sides.
@Suite struct EntityTaggerTests {
    static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]

    static func cases() throws -> [(text: String, tags: String)] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("entity-tagger.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t")
            return (parts[0].replacingOccurrences(of: "\\n", with: "\n"), String(parts[1]))
        }
    }

    @Test func swiftTagsAsTheTrainingScriptDoes() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 8)
        for (text, expected) in cases {
            let input = EntityText(text)
            let tokens = EntityTokenizer.tokens(input)
            let tags = EntityTagger.shared.tag(tokens, input).map { Self.names[$0.rawValue] }.joined(separator: " ")
            #expect(tags == expected, "\(text)")
        }
    }

    @Test func namesAndTypesOnNewsOfOurOwn() {
        let m = Dictionary(EntityExtractor.mentions(in: "Maria Lopez , a spokeswoman for Vantor Holdings , said on Tuesday that the firm would open an office in Lisbon .")
            .map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Maria Lopez"] == .person && m["Vantor Holdings"] == .org && m["Lisbon"] == .place)
    }

    @Test func aTitleIsNotPartOfTheName() {
        let m = EntityExtractor.mentions(in: "Prime Minister Helen Carver told the Labour Party conference in Brighton that the NHS needed money.")
        #expect(m.contains { $0.text == "Helen Carver" && $0.type == .person })
        #expect(!m.contains { $0.text.contains("Minister") })
    }

    @Test func emptyAndPunctuationOnlyTexts() {
        for text in ["", ".", " \n ", "—", "((", "A"] { _ = EntityExtractor.mentions(in: text) }
    }
}
