import Foundation

/// The entity extractor as the archive runs it, but with another tagger's weights (read from a
/// file that scripts/train-entity-tagger.py `--holdout-model` wrote) and families of the rule
/// layer switched off: what `archive-eval entities --model FILE --without NAMES` runs to measure
/// what carries to text neither was tuned on.
public struct EntityEvaluation {
    let tagger: EntityTagger
    let off: EntityRuleSet

    /// `modelFile` nil: the weights compiled in. `without`: names from `EntityRuleSet.named`.
    public init(modelFile: String?, without: [String]) throws {
        var off: EntityRuleSet = []
        for name in without where !name.isEmpty {
            guard let family = EntityRuleSet.named.first(where: { $0.name == name.lowercased() }) else {
                throw ArchiveError.invalidQuery(query: name, reason: "no such rule family; known: "
                    + EntityRuleSet.named.map(\.name).joined(separator: ", "))
            }
            off.formUnion(family.rules)
        }
        self.off = off
        guard let path = modelFile else { tagger = .shared; return }
        let bytes: [UInt8]
        do { bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw ArchiveError.unreadableFile(path: path, reason: "cannot read the tagger's weights: \(error.localizedDescription)")
        }
        guard Self.isModel(bytes) else {
            throw ArchiveError.unreadableFile(path: path, reason: "not a tagger model of scripts/train-entity-tagger.py --holdout-model (header or length wrong)")
        }
        tagger = bytes.withUnsafeBufferPointer { EntityTagger(blob: $0) }
    }

    public func mentions(in text: String) -> [EntityMention] {
        EntityExtractor.mentions(in: EntityText(text), tagger: tagger, off: off)
    }

    /// The header's counts agree with the length, and every row number is inside the table.
    static func isModel(_ b: [UInt8]) -> Bool {
        guard b.count >= 28, b[0] == 0x45, b[1] == 0x54, b[2] == 0x47, b[3] == 0x32 else { return false }
        func u32(_ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 | Int(b[at + 2]) << 16 | Int(b[at + 3]) << 24 }
        let (bits, tags, nonzero, places, orgs) = (u32(4), u32(8), u32(12), u32(16), u32(20))
        guard (6...24).contains(bits), tags == EntityTagger.tagCount, nonzero < 1 << bits, places < 1 << 24, orgs < 1 << 24 else { return false }
        let rows = 28 + (tags + 1) * tags * 2
        guard b.count == rows + nonzero * 4 + nonzero * tags + (places + orgs) * 8 else { return false }
        return (0..<nonzero).allSatisfy { u32(rows + 4 * $0) < 1 << bits }
    }
}
