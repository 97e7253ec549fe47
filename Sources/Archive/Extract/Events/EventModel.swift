import Foundation

/// A multinomial logistic regression over `EventFeatures`, as scripts/train-event-model.py writes
/// it. Two are compiled into the binary: `gate` reads a sentence with a trigger as an event or
/// not (`(none)`, `event`), `types` reads an event's sentence as one of ACLED's sub-event types.
struct EventModel: Sendable {
    private(set) var classes: [String] = []
    /// Which feature families the model weighs; the others are not looked up.
    private var uses: [Bool] = Array(repeating: false, count: EventFeatureFamily.allCases.count)
    /// Rows by the FNV-1a hash of family and key, open addressing (0: empty): the model is asked
    /// for every word of every sentence with a trigger, and a `Dictionary` of strings hashed each
    /// word with SipHash. Two keys of a 64-bit hash colliding is not a concern at this size.
    private var slots: [UInt64] = []
    private var slotRows: [Int32] = []
    private var weights: [Float] = []

    static let gate = EventModel(text: String(decoding: PackageResources.event_gate_tsv, as: UTF8.self))
    static let types = EventModel(text: String(decoding: PackageResources.event_types_tsv, as: UTF8.self))

    var isEmpty: Bool { classes.isEmpty }

    init(text: String) {
        let families = Dictionary(uniqueKeysWithValues: EventFeatureFamily.allCases.map { ($0.name, $0) })
        var keyed: [(UInt64, Int32)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.first == "classes" { classes = fields.dropFirst().map(String.init); continue }
            guard fields.count == 2, !classes.isEmpty, let colon = fields[0].firstIndex(of: ":"),
                  let family = families[String(fields[0][..<colon])] else { continue }
            let row = Int32(weights.count / classes.count)
            var values = [Float](repeating: 0, count: classes.count)
            for cell in fields[1].split(separator: " ") {
                let parts = cell.split(separator: ":")
                guard parts.count == 2, let c = Int(parts[0]), c < classes.count, let w = Float(parts[1]) else { continue }
                values[c] = w
            }
            weights.append(contentsOf: values)
            keyed.append((Self.hash(family.rawValue, String(fields[0][fields[0].index(after: colon)...])), row))
            uses[family.rawValue] = true
        }
        uses[EventFeatureFamily.firstWord.rawValue] = uses[EventFeatureFamily.word.rawValue]
        var size = 16
        while size < keyed.count * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        slotRows = [Int32](repeating: 0, count: size)
        for (key, row) in keyed {
            var at = Int(key & UInt64(size - 1))
            while slots[at] != 0 && slots[at] != key { at = (at + 1) & (size - 1) }
            (slots[at], slotRows[at]) = (key, row)
        }
    }

    private static func hash(_ family: Int, _ key: String) -> UInt64 {
        var h: UInt64 = (0xcbf29ce484222325 ^ UInt64(family)) &* 0x100000001b3
        if let done = key.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var x = h
            for b in bytes { x = (x ^ UInt64(b)) &* 0x100000001b3 }
            return x
        }) {
            h = done
        } else {
            for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        return h == 0 ? 1 : h
    }

    private func row(_ family: Int, _ key: String) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let h = Self.hash(family, key), mask = slots.count - 1
        var at = Int(h & UInt64(mask))
        while slots[at] != 0 {
            if slots[at] == h { return slotRows[at] }
            at = (at + 1) & mask
        }
        return nil
    }

    /// The probability of each class; nil without a model.
    func probabilities(_ sentence: EventSentence, hits: [TriggerHit], mentions: [SentenceMention], topic: ArticleTopic,
                       lexicon: EventLexicon) -> [Double]? {
        guard !classes.isEmpty else { return nil }
        let k = classes.count
        var scores = [Float](repeating: 0, count: k)
        weights.withUnsafeBufferPointer { w in
            EventFeatures.visit(sentence, hits: hits, mentions: mentions, topic: topic, lexicon: lexicon,
                                words: uses[EventFeatureFamily.word.rawValue]) { family, key in
                guard uses[family.rawValue] else { return }
                let family = family == .firstWord ? EventFeatureFamily.word.rawValue : family.rawValue
                guard let row = row(family, key) else { return }
                let base = Int(row) * k
                for c in 0..<k { scores[c] += w[base + c] }
            }
        }
        let top = scores.max() ?? 0
        let exps = scores.map { Double(exp($0 - top)) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}
