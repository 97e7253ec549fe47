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

    static let gate = EventModel(bytes: trained("event-gate.tsv") ?? PackageResources.event_gate_tsv)
    static let types = EventModel(bytes: trained("event-types.tsv") ?? PackageResources.event_types_tsv)

    /// The weights in the folder `ARCHIVE_EVENT_MODELS` names, in place of the compiled ones: how
    /// scripts/train-event-model.py cross-validates the whole reading with weights trained on part
    /// of the notes, without a build per fold. Unset (as always outside training), nil.
    private static func trained(_ name: String) -> [UInt8]? {
        guard let folder = getenv("ARCHIVE_EVENT_MODELS") else { return nil }
        return FileManager.default.contents(atPath: String(cString: folder) + "/" + name).map { [UInt8]($0) }
    }

    var isEmpty: Bool { classes.isEmpty }

    /// Reads the model file's bytes: `classes` and its tab-separated names, then rows of
    /// `family:key`, a tab and `class:weight` cells. Read byte by byte: splitting the 400 kB file
    /// into strings cost more instructions at start-up than reading a hundred articles.
    init(bytes source: [UInt8]) {
        let families = Dictionary(uniqueKeysWithValues: EventFeatureFamily.allCases.map { ($0.name, $0) })
        var keyed: [(UInt64, Int32)] = []
        source.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var lineStart = 0
            while lineStart < end {
                var lineEnd = lineStart
                while lineEnd < end, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, buffer[lineStart] != 0x23 else { continue } // `#`: a comment
                var tab = lineStart
                while tab < lineEnd, buffer[tab] != 0x09 { tab += 1 }
                guard tab < lineEnd else { continue }
                let label = Self.string(buffer, lineStart, tab)
                if label == "classes" {
                    classes = Self.string(buffer, tab + 1, lineEnd).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    continue
                }
                guard !classes.isEmpty, let colon = label.firstIndex(of: ":"), let family = families[String(label[..<colon])] else { continue }
                let row = Int32(weights.count / classes.count)
                var values = [Float](repeating: 0, count: classes.count)
                var at = tab + 1
                while at < lineEnd {
                    var c = 0, digits = 0
                    while at < lineEnd, (0x30...0x39).contains(buffer[at]) { c = c * 10 + Int(buffer[at] - 0x30); at += 1; digits += 1 }
                    guard digits > 0, at < lineEnd, buffer[at] == 0x3A else { break }
                    var next = at + 1
                    while next < lineEnd, buffer[next] != 0x20 { next += 1 }
                    guard let weight = Self.number(buffer, at + 1, next) else { break }
                    if c < classes.count { values[c] = weight }
                    at = next
                    while at < lineEnd, buffer[at] == 0x20 { at += 1 }
                }
                weights.append(contentsOf: values)
                keyed.append((Self.hash(family.rawValue, String(label[label.index(after: colon)...])), row))
                uses[family.rawValue] = true
            }
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

    /// A weight as the training script writes it (`-0.033`): digits over a power of ten, exact in a
    /// `Double`, so its `Float` is the one `Float("-0.033")` gives. Any other form goes to `Float(_:)`.
    private static func number(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Float? {
        var at = from
        let negative = at < to && buffer[at] == 0x2D
        if negative { at += 1 }
        var mantissa: Int64 = 0, digits = 0, scale = 0, point = false
        while at < to {
            let byte = buffer[at]
            if byte == 0x2E, !point { point = true } else if (0x30...0x39).contains(byte), digits < 15 {
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                digits += 1
                if point { scale += 1 }
            } else {
                return Float(string(buffer, from, to))
            }
            at += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / Self.powersOfTen[scale]
        return Float(negative ? -value : value)
    }

    private static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }

    private static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[from..<to]), as: UTF8.self)
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
                                words: uses[EventFeatureFamily.word.rawValue],
                                inWindow: uses[EventFeatureFamily.window.rawValue]) { family, key in
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
