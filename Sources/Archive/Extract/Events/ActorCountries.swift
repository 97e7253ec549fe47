/// The country an event's parties tie it to when its text names no place at all: `ODM supporters
/// clashed with police` is Kenyan, `RAB detained two men` Bangladeshi, an `upazila` chairman's
/// office is in Bangladesh (`Resources/actor-countries.txt`, written by hand). A place named
/// anywhere in the text always wins; such a country is inferred, so the event gets no location,
/// no region and no point, and its confidence is lowered by `inferredShare`.
struct ActorCountries: Sendable {
    struct Cue: Sendable {
        /// The phrase's words as the event reader tokenizes them: as written when `exact`, else lowercased.
        let words: [String]
        /// Written in capitals (`ODM`, `RAB`): matches only so, not `rab` or `Odm`.
        let exact: Bool
        let countries: [String]
    }

    /// The lowercased first word → the cues that begin with it.
    private var cuesByWord: [String: [Cue]] = [:]
    /// The same for parties whose work lies in a few regions of their country (`[regions]`): the
    /// cue's `countries` are those regions' ISO 3166-2 codes.
    private var regionCuesByWord: [String: [Cue]] = [:]
    /// Adjectives of nationality the suffix rule cannot form (`Afghan`, `Lebanese`) → country.
    private(set) var demonyms: [String: String] = [:]
    /// Peoples and clans (`[peoples]`, cues too), by their folded name → the countries they live in.
    private(set) var peoples: [String: [String]] = [:]
    /// The first two letters (lowercased) and the length of each people's name: most place names
    /// are passed over without being folded and looked up.
    private var peopleShapes: Set<UInt32> = []

    /// The event's confidence is multiplied by this: a row placed by who acts is less sure than
    /// one placed by its text. Every ACLED note so placed (359) was in the country inferred, but
    /// those notes come from few countries; news from anywhere will share names more often.
    static let inferredShare = 0.95

    static let shared = ActorCountries(String(decoding: PackageResources.actor_countries_txt, as: UTF8.self))

    init(_ text: String) {
        var section = ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("[") { section = String(line); continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let phrase = String(fields[0]), countries = fields[1].split(separator: "|").map(String.init)
            if section == "[demonyms]" { demonyms[phrase.lowercased()] = countries[0]; continue }
            let exact = !phrase.contains { $0.isLowercase }
            let words = phrase.split(separator: " ").map { exact ? String($0) : $0.lowercased() }
            let cue = Cue(words: words, exact: exact, countries: countries)
            if section == "[regions]" { regionCuesByWord[words[0].lowercased(), default: []].append(cue); continue }
            if section == "[peoples]" {
                peoples[NameKey.fold(phrase)] = countries
                if let shape = Self.shape(phrase) { peopleShapes.insert(shape) }
            }
            cuesByWord[words[0].lowercased(), default: []].append(cue)
        }
    }

    /// The first words of every cue, lowercased: the lexicon marks them and their plural and
    /// possessive (`WordMark.partyCue`).
    var firstWords: Set<String> { Set(cuesByWord.keys).union(regionCuesByWord.keys) }

    /// Whether a cue may begin at the token: one the lexicon marks, or a word it has no number for.
    private static func mayBeginCue(_ token: EventToken) -> Bool {
        token.isWord && (token.word == EventToken.unnumbered || token.marks.contains(.partyCue))
    }

    /// Whether a name may be a people's (`peoples`): one word of their first letters and length.
    func mayBePeople(_ name: String) -> Bool { Self.shape(name).map(peopleShapes.contains) ?? false }

    /// A one-word ASCII name's first two letters, lowercased, and its length; nil for any other name.
    private static func shape(_ name: String) -> UInt32? {
        let bytes = name.utf8
        guard bytes.count >= 3, bytes.count < 256, let first = bytes.first else { return nil }
        let second = bytes[bytes.index(after: bytes.startIndex)]
        guard first < 0x80, second < 0x80, !bytes.contains(0x20) else { return nil }
        return UInt32(first | 0x20) << 16 | UInt32(second | 0x20) << 8 | UInt32(bytes.count)
    }

    /// Events still without a country after merging get one from the cues of their sentence,
    /// else from those of the whole text, when the cues agree on one country.
    func inferred(_ events: [ExtractedEvent], _ sentences: [EventSentence]) -> [ExtractedEvent] {
        guard events.contains(where: { $0.countryCode == nil }) else { return events }
        var article: [[String]]?
        return events.map { event in
            guard event.countryCode == nil else { return event }
            var country = sentences.first { $0.start == event.start }.flatMap { Self.decide(cues(in: $0)) }
            if country == nil {
                if article == nil { article = sentences.flatMap(cues(in:)) }
                country = Self.decide(article ?? [])
            }
            guard let country else { return event }
            var event = event
            event.countryCode = country
            event.admin1Code = nil
            event.countryInferred = true
            event.confidence *= Self.inferredShare
            return event
        }
    }

    /// One country when the cues agree: the one country of the cues that name one (and every
    /// shared cue can mean it); with only shared cues, the one country all of them can mean
    /// (`Al-Shabaab` and `ANC` together: Kenya). Nil when they disagree or leave a choice.
    static func decide(_ cues: [[String]]) -> String? {
        guard let first = cues.first else { return nil }
        let single = Set(cues.filter { $0.count == 1 }.map { $0[0] })
        if single.count > 1 { return nil }
        if let country = single.first { return cues.allSatisfy { $0.contains(country) } ? country : nil }
        let common = cues.dropFirst().reduce(Set(first)) { $0.intersection($1) }
        return common.count == 1 ? common.first : nil
    }

    /// The regions the sentence's parties work in (`[regions]`), in the order the sentence names them.
    /// Every such party's name begins with a capital: other words are not looked up.
    func regions(in sentence: EventSentence) -> [String] {
        let t = sentence.tokens
        var found: [String] = []
        for i in t.indices where t[i].isCapitalised && Self.mayBeginCue(t[i]) {
            for cue in regionCuesByWord[t[i].lower] ?? [] where matches(cue, t, at: i, sentence) { found += cue.countries }
        }
        return found
    }

    /// The countries of each cue the sentence holds, longest phrase first at each word.
    func cues(in sentence: EventSentence) -> [[String]] {
        let t = sentence.tokens
        var found: [[String]] = []
        var i = 0
        while i < t.count {
            var length = 0
            if Self.mayBeginCue(t[i]) {
                for key in Self.forms(t[i].lower) {
                    for cue in cuesByWord[key] ?? [] where cue.words.count > length && matches(cue, t, at: i, sentence) {
                        if length > 0 { found.removeLast() }
                        found.append(cue.countries)
                        length = cue.words.count
                    }
                }
            }
            i += max(length, 1)
        }
        return found
    }

    /// A word and the word less a plural or possessive ending (`houthis`, `odm's`).
    private static func forms(_ word: String) -> [String] {
        var out = [word]
        if word.hasSuffix("'s") { out.append(String(word.dropLast(2))) } else if word.hasSuffix("s") { out.append(String(word.dropLast())) }
        return out
    }

    private func matches(_ cue: Cue, _ t: [EventToken], at i: Int, _ sentence: EventSentence) -> Bool {
        guard i + cue.words.count <= t.count else { return false }
        for (j, word) in cue.words.enumerated() {
            let token = t[i + j]
            guard token.isWord else { return false }
            let written = cue.exact ? sentence.text(of: token).replacingOccurrences(of: "’", with: "'") : token.lower
            if written == word { continue }
            guard j == cue.words.count - 1, written == word + "s" || written == word + "'s" else { return false }
        }
        return true
    }
}
