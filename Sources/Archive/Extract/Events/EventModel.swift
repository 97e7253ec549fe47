import Foundation

/// A multinomial logistic regression over `EventFeatures`, as scripts/train-event-model.py writes
/// it. Two are compiled into the binary: `gate` reads a sentence with a trigger as an event or
/// not (`(none)`, `event`), `types` reads an event's sentence as one of ACLED's sub-event types.
struct EventModel: Sendable {
    private(set) var classes: [String] = []
    /// Which feature families the model weighs; the others are not looked up.
    private var uses: [Bool] = Array(repeating: false, count: EventFeatureFamily.allCases.count)
    private var rows: [[String: Int32]] = Array(repeating: [:], count: EventFeatureFamily.allCases.count)
    private var weights: [Float] = []

    static let gate = EventModel(text: String(decoding: PackageResources.event_gate_tsv, as: UTF8.self))
    static let types = EventModel(text: String(decoding: PackageResources.event_types_tsv, as: UTF8.self))

    var isEmpty: Bool { classes.isEmpty }

    init(text: String) {
        let families = Dictionary(uniqueKeysWithValues: EventFeatureFamily.allCases.map { ($0.name, $0) })
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
            rows[family.rawValue][String(fields[0][fields[0].index(after: colon)...])] = row
            uses[family.rawValue] = true
        }
        uses[EventFeatureFamily.firstWord.rawValue] = uses[EventFeatureFamily.word.rawValue]
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
                guard let row = rows[family][key] else { return }
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
