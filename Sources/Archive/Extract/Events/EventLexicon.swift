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
    private(set) var byPrefix: [String: [EventTrigger]] = [:]
    private(set) var lists: [String: Set<String>] = [:]
    private var prefixLists: [String: [String]] = [:]

    static let shared = EventLexicon()

    init() {
        var section = ""
        for line in String(decoding: PackageResources.event_triggers_txt, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = String(line.dropFirst().dropLast()); continue }
            if !section.isEmpty {
                for word in line.split(separator: " ").map(String.init) {
                    if word.hasSuffix("*") { prefixLists[section, default: []].append(String(word.dropLast())) }
                    else { lists[section, default: []].insert(word) }
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
                                       lowercaseOnly: flags.contains("lowercase"), needsObject: flags.contains("object"))
            let first = trigger.words[0]
            if first.hasSuffix("*") { byPrefix[String(first.prefix(3)), default: []].append(trigger) }
            else { byWord[first, default: []].append(trigger) }
        }
    }

    /// Whether `word` is in the named list, as a word or by one of its `*` prefixes.
    func list(_ name: String, contains word: String) -> Bool {
        if lists[name]?.contains(word) == true { return true }
        return prefixLists[name]?.contains { word.hasPrefix($0) } ?? false
    }

    /// Triggers whose first word can be `word`.
    func candidates(for word: String) -> [EventTrigger] {
        let exact = byWord[word] ?? []
        guard word.utf8.count >= 3 else { return exact }
        return exact + (byPrefix[String(word.prefix(3))] ?? [])
    }
}
