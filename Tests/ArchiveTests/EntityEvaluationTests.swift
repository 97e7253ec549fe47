import Foundation
import Testing
@testable import Archive

/// `EntityEvaluation`, which `archive-eval entities --model --without` runs to measure what the
/// tagger and each family of rules do on text they were not tuned on.
@Suite struct EntityEvaluationTests {
    static let text = "The film Lagos opened on Friday. Critics said Lagos was too long, while Ada Obi praised it in Leeds."

    static func found(_ mentions: [EntityMention]) -> [String: EntityType] {
        Dictionary(mentions.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func withNothingSwitchedOffItIsTheExtractor() throws {
        let evaluation = try EntityEvaluation(modelFile: nil, without: [])
        let a = evaluation.mentions(in: Self.text).map { "\($0.start) \($0.end) \($0.type) \($0.key)" }
        let b = EntityExtractor.mentions(in: Self.text).map { "\($0.start) \($0.end) \($0.type) \($0.key)" }
        #expect(a == b && !a.isEmpty)
    }

    @Test func aFamilySwitchedOffNoLongerDecides() throws {
        #expect(Self.found(EntityExtractor.mentions(in: Self.text))["Lagos"] == nil)
        let m = Self.found(try EntityEvaluation(modelFile: nil, without: ["works"]).mentions(in: Self.text))
        #expect(m["Lagos"] != nil, "\(m)")
        #expect(m["Ada Obi"] == .person)
    }

    @Test func anUnknownFamilyOrABadModelFileIsRefusedByName() throws {
        #expect(throws: ArchiveError.self) { try EntityEvaluation(modelFile: nil, without: ["no-such-rules"]) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entity-eval-\(UUID().uuidString).bin")
        try Data("ETG2 and then nothing a model holds".utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(throws: ArchiveError.self) { try EntityEvaluation(modelFile: path.path, without: []) }
        #expect(throws: ArchiveError.self) { try EntityEvaluation(modelFile: path.path + ".missing", without: []) }
    }
}
