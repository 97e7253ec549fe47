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
    /// People in numbers must be what acts (`residents demanded`, `students blocked`): the same
    /// words said of one official or a court (`the judge demanded`, `the court blocked`) are no protest.
    let needsCrowd: Bool
    /// Buildings, vehicles or goods must be what it struck (`burned twenty shops`, `houses were
    /// burnt`): `burned` alone is said of fuel, money and skin.
    let needsProperty: Bool
    /// An armed band must be who acts (`bandits strike`, `rival clans fight`): the same words are said
    /// of workers, negotiators and campaigners (`strike a deal`, `fight inflation`).
    let needsArmed: Bool
    /// A verb of blows or fire must come before it, with the one it struck between (`beat two men to death`):
    /// `to death` alone is said of sentences, fears and boredom.
    let needsBlow: Bool
    /// A count of the dead or hurt must follow it (`clan fighting leaves four dead`): what the violence cost
    /// says it happened, where the word alone may be a worry or a wider conflict.
    let needsToll: Bool
    /// Stands only where no other trigger of the sentence names what happened (`post-election violence`
    /// beside `riots` or `shot dead` is their setting, not the event), and not as what is feared or shunned.
    let standsAlone: Bool

    /// The trigger as the event model names it (`w=car bomb*`, `k=said` for our own kinds), and its meaning (`m=Remote explosive/landmine/IED`).
    let label: String
    let meaningLabel: String
    var isSubType: Bool { if case .subType = meaning { return true }; return false }

    /// Each word without its `*`, and whether it had one: worked out once, not per token tried.
    private let stems: [String]
    private let isPrefix: [Bool]

    init(words: [String], meaning: Meaning, rank: Int, generic: Bool, noun: Bool, needsContext: Bool, needsDate: Bool,
         lowercaseOnly: Bool, needsObject: Bool, needsMilitary: Bool, needsCrowd: Bool = false, needsProperty: Bool = false,
         needsArmed: Bool = false, needsBlow: Bool = false, needsToll: Bool = false,
         standsAlone: Bool = false) {
        (self.words, self.meaning, self.rank, self.generic, self.noun) = (words, meaning, rank, generic, noun)
        (self.needsCrowd, self.needsProperty, self.needsArmed) = (needsCrowd, needsProperty, needsArmed)
        (self.needsBlow, self.needsToll, self.standsAlone) = (needsBlow, needsToll, standsAlone)
        (self.needsContext, self.needsDate, self.lowercaseOnly, self.needsObject, self.needsMilitary) =
            (needsContext, needsDate, lowercaseOnly, needsObject, needsMilitary)
        // Our own kinds (`said`) are named apart: the gate must not learn a corpus's reporting style.
        if case .subType = meaning { label = "w=" + words.joined(separator: " ") } else { label = "k=" + words.joined(separator: " ") }
        switch meaning {
        case let .subType(sub): meaningLabel = "m=" + sub.rawValue
        case let .kind(kind): meaningLabel = "m=" + kind.rawValue
        }
        isPrefix = words.map { $0.hasSuffix("*") }
        stems = words.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
    }

    func matches(_ token: EventToken, at position: Int) -> Bool {
        // A numbered token's `lower` is ASCII, as every pattern is: bytes compare as characters do.
        guard token.word != EventToken.unnumbered else { return matches(token.lower, at: position) }
        return isPrefix[position] ? token.lower.utf8.starts(with: stems[position].utf8) : token.lower == stems[position]
    }

    /// Whether a word the first `*` pattern matches ends in something no English inflection or
    /// derivation of the stem ends in (`brawl*` in `Brawley`, `protest*` in `Protestant`).
    func readsAsName(_ word: String) -> Bool {
        guard isPrefix[0] else { return false }
        let stem = stems[0].utf8.count
        guard word.utf8.count > stem else { return false }
        return !Self.endings.contains(String(decoding: word.utf8.dropFirst(stem), as: UTF8.self))
    }

    private static let endings: Set<String> = [
        "s", "es", "ed", "d", "ing", "ings", "er", "ers", "or", "ors", "e", "ion", "ions", "ation", "ations", "ism", "isms",
        "ist", "ists", "ment", "ments", "ly", "ped", "ping", "per", "pers", "pings", "age", "ages", "ure", "ures", "ured",
        "uring", "ate", "ated", "ates", "ating", "ive", "ives", "y", "ies", "ied", "al", "als", "ous", "ously", "ee", "ees",
        "ification", "ize", "ized", "izes", "ise", "ised", "ises", "ising", "izing", "ity", "able", "ible", "ance", "ence",
        "sm", "se", "sed", "ze", "zed", "sing", "zing", "n", "ns", "ry", "ries",
    ]

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
    /// The same for ASCII words, numbered so a token looks itself up once (`EventToken.word`,
    /// `.stem`) and without building a `String`: the tables above serve other words.
    private var words = WordTable()
    private var wordMasks: [UInt32] = []
    private var wordTriggers: [[EventTrigger]] = []
    /// `DateFinder.starters` are numbered too, so the date pass needs no lookup of its own.
    private var wordStartsDate: [Bool] = []
    private var wordMarks: [WordMark] = []
    /// Each numbered word's weight in the article-topic score (`ArticleTopic.generalScore`), 0 for most.
    private(set) var wordTopic: [Float] = []
    /// The article-topic score's bias, from the same file.
    private(set) var topicBias: Float = 0
    private var stems = WordTable()
    private var stemMasks: [[(prefix: [UInt8], mask: UInt32)]] = []
    private var stemTriggers: [[EventTrigger]] = []

    /// The bits of the lists the rules name, looked up once: `bit(_:)` hashes the name each time.
    struct RuleLists: Sendable {
        var military: UInt32 = 0, conflict: UInt32 = 0, negation: UInt32 = 0, future: UInt32 = 0, civilians: UInt32 = 0
        var suppress: UInt32 = 0, suppressCrime: UInt32 = 0, suppressSport: UInt32 = 0, suppressBusiness: UInt32 = 0
        var lethal: UInt32 = 0, violentProtest: UInt32 = 0, force: UInt32 = 0, figurative: UInt32 = 0, armedParties: UInt32 = 0, protestWords: UInt32 = 0
        var grievance: UInt32 = 0, interveners: UInt32 = 0, crowds: UInt32 = 0, devices: UInt32 = 0, twoSided: UInt32 = 0, smallArms: UInt32 = 0
        var contextAttack: UInt32 = 0, people: UInt32 = 0
        /// Common English words, which tell an English text from one in another language.
        var english: UInt32 = 0
    }
    private(set) var rules = RuleLists()
    /// Every list by name, in name order: the event model's `list:` features.
    private(set) var namedLists: [(name: String, bit: UInt32)] = []

    static let shared = EventLexicon()

    init() {
        var section = ""
        for line in ResourceLines.of(PackageResources.event_triggers_txt) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = String(line.dropFirst().dropLast()); continue }
            if !section.isEmpty {
                if bits[section] == nil { bits[section] = 1 << UInt32(bits.count) }
                let bit = bits[section]!
                for word in ResourceLines.split(line, on: 0x20) {
                    if word.hasSuffix("*") {
                        let prefix = String(word.dropLast())
                        prefixMasks[prefix.prefix(3), default: []].append((prefix, bit))
                    } else {
                        exactMasks[word, default: 0] |= bit
                    }
                }
                continue
            }
            let fields = ResourceLines.split(line, on: 0x7C, omittingEmpty: false).map(ResourceLines.trimmed)
            guard fields.count == 4, let rank = Int(fields[2]) else { continue }
            let meaning: EventTrigger.Meaning
            if let sub = SubEventType(rawValue: fields[1]) { meaning = .subType(sub) }
            else if let kind = EventKind(rawValue: fields[1]) { meaning = .kind(kind) }
            else { continue }
            let flags = Set(ResourceLines.split(fields[3], on: 0x20))
            let trigger = EventTrigger(words: ResourceLines.split(fields[0], on: 0x20), meaning: meaning, rank: rank,
                                       generic: flags.contains("generic"), noun: flags.contains("noun"),
                                       needsContext: flags.contains("context"), needsDate: flags.contains("dated"),
                                       lowercaseOnly: flags.contains("lowercase"), needsObject: flags.contains("object"), needsMilitary: flags.contains("military"),
                                       needsCrowd: flags.contains("crowd"), needsProperty: flags.contains("property"),
                                       needsArmed: flags.contains("armed"), needsBlow: flags.contains("blow"), needsToll: flags.contains("toll"),
                                       standsAlone: flags.contains("alone"))
            let first = trigger.words[0]
            if first.hasSuffix("*") { byPrefix[first.prefix(3), default: []].append(trigger) }
            else { byWord[first, default: []].append(trigger) }
        }
        numberWords()
        // `english` is in nearly every sentence: it tells the language, not the event.
        namedLists = bits.filter { $0.key != "english" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        rules = RuleLists(military: bit("military"), conflict: bit("conflict"), negation: bit("negation"), future: bit("future"),
                          civilians: bit("civilians"), suppress: bit("suppress"), suppressCrime: bit("suppress-crime"),
                          suppressSport: bit("suppress-sport"), suppressBusiness: bit("suppress-business"), lethal: bit("lethal"),
                          violentProtest: bit("violent-protest"), force: bit("force"), figurative: bit("figurative-before"), armedParties: bit("armed-parties"), protestWords: bit("protest-words"),
                          grievance: bit("grievance"), interveners: bit("interveners"), crowds: bit("crowds"), devices: bit("devices"),
                          twoSided: bit("two-sided"), smallArms: bit("small-arms"), contextAttack: bit("context-Attack"), people: bit("people"),
                          english: bit("english"))
    }

    private mutating func numberWords() {
        for (word, mask) in exactMasks { wordSlot(word); wordMasks[words.insert(word)] |= mask }
        for (word, triggers) in byWord { wordSlot(word); wordTriggers[words.insert(word)] = triggers }
        for (stem, entries) in prefixMasks { stemSlot(stem); stemMasks[stems.insert(String(stem))] = entries.map { (Array($0.prefix.utf8), $0.mask) } }
        for (stem, triggers) in byPrefix { stemSlot(stem); stemTriggers[stems.insert(String(stem))] = triggers }
        for word in DateFinder.starters { wordSlot(word); wordStartsDate[words.insert(word)] = true }
        for (word, mark) in WordMark.byWord { wordSlot(word); wordMarks[words.insert(word)].insert(mark) }
        let topic = Self.topicWeights()
        topicBias = topic.bias
        for (word, weight) in topic.weights { wordSlot(word); wordTopic[words.insert(word)] = weight }
        for word in ActorCountries.shared.firstWords {
            for form in [word, word + "s", word + "'s"] { wordSlot(form); wordMarks[words.insert(form)].insert(.partyCue) }
        }
    }

    private mutating func wordSlot(_ word: String) {
        if words.insert(word) == wordMasks.count {
            wordMasks.append(0); wordTriggers.append([]); wordStartsDate.append(false); wordMarks.append([]); wordTopic.append(0)
        }
    }

    private mutating func stemSlot(_ stem: Substring) {
        if stems.insert(String(stem)) == stemMasks.count { stemMasks.append([]); stemTriggers.append([]) }
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

    /// `candidates(for:)` of a token, by the numbers its lookup gave.
    func candidates(for token: EventToken) -> (exact: [EventTrigger], prefixed: [EventTrigger]) {
        guard token.word != EventToken.unnumbered else { return candidates(for: token.lower) }
        return (token.word >= 0 ? wordTriggers[Int(token.word)] : [], token.stem >= 0 ? stemTriggers[Int(token.stem)] : [])
    }

    /// Whether a date expression can start at the token (`DateFinder.starters`).
    func startsDate(_ token: EventToken) -> Bool {
        guard token.word != EventToken.unnumbered else { return DateFinder.starters.contains(token.lower) }
        return token.word >= 0 && wordStartsDate[Int(token.word)]
    }


    /// The numbers of an ASCII word (`bytes`, any case) and of its first three letters, -1 where
    /// the lexicon lacks them, the lists that hold it and its `WordMark`s: `mask` without building the word.
    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> (word: Int32, stem: Int32, mask: UInt32, marks: WordMark) {
        let word = words.index(of: bytes)
        var mask = word.map { wordMasks[$0] } ?? 0
        let stem = bytes.count >= 3 ? stems.index(of: UnsafeBufferPointer(rebasing: bytes[..<3])) : nil
        if let stem {
            for entry in stemMasks[stem] where entry.mask & mask != entry.mask && Self.hasPrefix(bytes, entry.prefix) { mask |= entry.mask }
        }
        return (word.map(Int32.init) ?? -1, stem.map(Int32.init) ?? -1, mask, word.map { wordMarks[$0] } ?? [])
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= bytes.count else { return false }
        for k in prefix.indices where WordTable.lower(bytes[k]) != prefix[k] { return false }
        return true
    }
}
