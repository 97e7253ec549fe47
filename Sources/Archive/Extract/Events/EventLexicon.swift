/// A word or phrase that reports an event, from `event-triggers.txt`.
struct EventTrigger: Sendable {
    enum Meaning: Sendable, Equatable {
        case subType(SubEventType)
        case kind(EventKind)
    }
    /// Lowercase words; one ending in `*` matches any ending.
    let words: [String]
    let meaning: Meaning
    let rank: Int
    let generic: Bool
    let noun: Bool
    let needsContext: Bool
    let needsDate: Bool
    let lowercaseOnly: Bool
    /// `agreed to`, `agreed on`: without what follows, `what was agreed` reports nothing.
    let needsObject: Bool
    /// An armed party or force must be named in the sentence (`agreed`, `checkpoint`).
    let needsMilitary: Bool

    func matches(_ word: String, at position: Int) -> Bool {
        let pattern = words[position]
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return word == pattern
    }
}

/// The trigger list and the word lists the event rules consult, read once from the embedded file.
struct EventLexicon: Sendable {
    private(set) var byWord: [String: [EventTrigger]] = [:]
    /// Triggers whose first word ends in `*`, by the first three letters of that word.
    private(set) var byPrefix: [Substring: [EventTrigger]] = [:]
    /// Each word list is a bit; a word's mask says which lists hold it, as a word or by a `*` prefix.
    private var bits: [String: UInt32] = [:]
    private var exactMasks: [String: UInt32] = [:]
    /// Prefix entries by their first three letters.
    private var prefixMasks: [Substring: [(prefix: String, mask: UInt32)]] = [:]

    static let shared = EventLexicon()

    init() {
        var section = ""
        for line in String(decoding: PackageResources.event_triggers_txt, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = String(line.dropFirst().dropLast()); continue }
            if !section.isEmpty {
                if bits[section] == nil { bits[section] = 1 << UInt32(bits.count) }
                let bit = bits[section]!
                for word in line.split(separator: " ").map(String.init) {
                    if word.hasSuffix("*") {
                        let prefix = String(word.dropLast())
                        prefixMasks[prefix.prefix(3), default: []].append((prefix, bit))
                    } else {
                        exactMasks[word, default: 0] |= bit
                    }
                }
                continue
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 4, let rank = Int(fields[2]) else { continue }
            let meaning: EventTrigger.Meaning
            if let sub = SubEventType(rawValue: fields[1]) { meaning = .subType(sub) }
            else if let kind = EventKind(rawValue: fields[1]) { meaning = .kind(kind) }
            else { continue }
            let flags = Set(fields[3].split(separator: " ").map(String.init))
            let trigger = EventTrigger(words: fields[0].split(separator: " ").map(String.init), meaning: meaning, rank: rank,
                                       generic: flags.contains("generic"), noun: flags.contains("noun"),
                                       needsContext: flags.contains("context"), needsDate: flags.contains("dated"),
                                       lowercaseOnly: flags.contains("lowercase"), needsObject: flags.contains("object"), needsMilitary: flags.contains("military"))
            let first = trigger.words[0]
            if first.hasSuffix("*") { byPrefix[first.prefix(3), default: []].append(trigger) }
            else { byWord[first, default: []].append(trigger) }
        }
    }

    /// The bit of a named list (`negation`, `civilians`…); 0 for a list the file lacks.
    func bit(_ list: String) -> UInt32 { bits[list] ?? 0 }

    /// The lists that hold `word`.
    func mask(_ word: String) -> UInt32 {
        var mask = exactMasks[word] ?? 0
        if word.utf8.count >= 3, let entries = prefixMasks[word.prefix(3)] {
            for entry in entries where word.hasPrefix(entry.prefix) { mask |= entry.mask }
        }
        return mask
    }

    /// Triggers whose first word is `word`, and those whose first word is a prefix sharing its first three letters.
    func candidates(for word: String) -> (exact: [EventTrigger], prefixed: [EventTrigger]) {
        (byWord[word] ?? [], word.utf8.count >= 3 ? byPrefix[word.prefix(3)] ?? [] : [])
    }
}
