/// The extractor's word lists, read once from the embedded resources: the hand-kept
/// `entity-words.txt`, and `places.tsv`/`firstnames.txt` that scripts/make-gazetteer.py writes.
struct EntityLexicon: Sendable {
    struct Place: Sendable {
        let code: String?
        let country: String
        let name: String
        var isCity: Bool { code == nil && !country.isEmpty }
    }

    var titles: Set<String> = []
    var orgHeads: Set<String> = []
    var orgCues: Set<String> = []
    /// `orgHeads` as `EntityKey.word` and `EntityKey.stem` leave them in a key.
    var orgHeadKeys: Set<String> = []
    var placeHeads: Set<String> = []
    var placeCues: Set<String> = []
    var placeSuffixes: Set<String> = []
    /// Words right before or after a team's name (`beat`, `v`), and players' positions after it.
    var sportVerbs: Set<String> = []
    var positions: Set<String> = []
    var demonyms: Set<String> = []
    var stop: Set<String> = []
    var events: Set<String> = []
    /// Words that describe whoever the name after them names (`Former`, `Rival`, `Injured`):
    /// capitalised only at a sentence's start, and never its first word's part of the name.
    var modifiers: Set<String> = []
    /// Abbreviations that are common nouns (`PC`, `DVD`, `GDP`), not the acronym of a name.
    var common: Set<String> = []
    var firstNames: Set<String> = []
    /// A party's nickname → its name, both as `EntityMerging.orgForm` gives them (`tory` → `conservative`).
    var nicknames: [String: String] = [:]
    /// Folded name → canonical name of a well-known organisation.
    var orgs: [String: String] = [:]
    /// Acronyms matched only as written in capitals (`WHO`, not `Who`).
    var acronyms: [String: String] = [:]
    /// `EntityKey.bare` of every name variant → the places so named.
    var places: [String: [Place]] = [:]
    /// Regions named by compass words alone (Cameroon's `West`, Uganda's `Northern`): news means
    /// the West or the north of anywhere by them, so they name the region only before a word of
    /// `[places-suffix]` (`the North-West region`), never alone.
    var directed: [String: [Place]] = [:]
    /// First-level regions that share a name with a region of another country (`Maryland`: the US
    /// state and Liberia's county), by code: all of them, in the gazetteer's order.
    var regionNamesakes: [String: [Place]] = [:]

    /// Which of the word lists hold a token's lowercase form, worked out once per token
    /// (`EntityToken.lists`) for the checks the rules make on every word.
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt32
        static let titles = Lists(rawValue: 1 << 0), orgHeads = Lists(rawValue: 1 << 1), orgCues = Lists(rawValue: 1 << 2)
        static let placeHeads = Lists(rawValue: 1 << 3), placeCues = Lists(rawValue: 1 << 4), placeSuffixes = Lists(rawValue: 1 << 5)
        static let sportVerbs = Lists(rawValue: 1 << 6), positions = Lists(rawValue: 1 << 7), demonyms = Lists(rawValue: 1 << 8)
        static let stop = Lists(rawValue: 1 << 9), events = Lists(rawValue: 1 << 10), firstNames = Lists(rawValue: 1 << 11)
        static let particles = Lists(rawValue: 1 << 12), connectors = Lists(rawValue: 1 << 13)
        static let modifiers = Lists(rawValue: 1 << 14), common = Lists(rawValue: 1 << 15)
        /// The sixteen lists above, which the tagger reads as features (its weights were learned
        /// with them); the ones below only the rules read.
        static let tagged = Lists(rawValue: 0xFFFF)
        static let platforms = Lists(rawValue: 1 << 16), buildingHeads = Lists(rawValue: 1 << 17)
        static let portfolios = Lists(rawValue: 1 << 18), numberedParts = Lists(rawValue: 1 << 19), shareWords = Lists(rawValue: 1 << 20)
        static let nameless = Lists(rawValue: 1 << 21)
    }

    /// What one lookup of a word gives: the lists that hold it and its `EntityMark`s.
    struct Entry: Sendable {
        var lists: Lists = []
        var marks: EntityMark = []
    }

    private var listWords = WordTable()
    private var listEntries: [Entry] = []
    /// The same by `String`, whose equality the sets use, for words not in ASCII.
    private var listsByWord: [String: Entry] = [:]

    static let shared = EntityLexicon()

    init() {
        var section = ""
        for line in ResourceLines.of(PackageResources.entity_words_txt) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = String(line.dropFirst().dropLast()); continue }
            if section == "orgs" {
                let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let canonical = String(parts[0])
                for name in [canonical] + (parts.count > 1 ? ResourceLines.split(parts[1], on: 0x7C) : []) {
                    if name.count <= 6, name.allSatisfy({ $0.isUppercase || $0 == "." }) {
                        acronyms[name] = canonical
                    } else {
                        orgs[EntityKey.words(name).joined(separator: " ")] = canonical
                    }
                }
                continue
            }
            let words = ResourceLines.split(line, on: 0x20)
            switch section {
            case "titles": titles.formUnion(words)
            case "orgheads": orgHeads.formUnion(words)
            case "orgcues": orgCues.formUnion(words)
            case "placeheads": placeHeads.formUnion(words)
            case "placecues": placeCues.formUnion(words)
            case "places-suffix": placeSuffixes.formUnion(words)
            case "sportverbs": sportVerbs.formUnion(words)
            case "positions": positions.formUnion(words)
            case "demonyms": demonyms.formUnion(words)
            case "stop": stop.formUnion(words)
            case "events": events.formUnion(words)
            case "modifiers": modifiers.formUnion(words)
            case "common": common.formUnion(words)
            case "nicknames":
                let parts = line.split(separator: "=")
                if parts.count == 2 { nicknames[String(parts[0])] = String(parts[1]) }
            case "regions":
                // Regions beyond ISO 3166: places without a code or a country.
                for name in ResourceLines.split(line, on: 0x7C) {
                    places[EntityKey.bare(EntityKey.words(name)), default: []].append(Place(code: nil, country: "", name: name))
                }
            default: break
            }
        }
        orgHeadKeys = Set(orgHeads.map { EntityKey.stem(EntityKey.word($0)) })
        for line in ResourceLines.of(PackageResources.firstnames_txt)
        where !line.hasPrefix("#") {
            firstNames.insert(String(line))
        }
        for line in ResourceLines.of(PackageResources.places_tsv)
        where !line.hasPrefix("#") {
            let fields = ResourceLines.split(line, on: 0x09, omittingEmpty: false)
            guard fields.count == 3 else { continue }
            let variants = ResourceLines.split(fields[2], on: 0x7C)
            let wordsOf = variants.map(EntityKey.words)
            let place = Place(code: fields[0].isEmpty ? nil : fields[0], country: fields[1], name: Self.displayName(variants, wordsOf))
            var keys = Set<String>(), directedKeys = Set<String>()
            let region = fields[0].utf8.count > 2
            for words in wordsOf {
                if region, words.allSatisfy(Self.compassWords.contains) { directedKeys.insert(EntityKey.bare(words)) }
                else { keys.insert(EntityKey.bare(words)) }
            }
            // `St. Petersburg` is also Russia's `Saint Petersburg` (a city's or a country's, not a parish's:
            // `St John` of a text is seldom Antigua's): places.tsv keeps GeoNames' one spelling, whose
            // lines the tagger's weights record, and the other is met here, the larger city first.
            if fields[0].isEmpty || fields[0].utf8.count == 2 { keys.formUnion(keys.flatMap(Self.saintForms)) }
            for key in keys where !key.isEmpty { places[key, default: []].append(place) }
            for key in directedKeys.subtracting(keys) where !key.isEmpty { directed[key, default: []].append(place) }
        }
        // A region's namesakes abroad, by key, so a region several keys name gets the same list on every
        // run (`regionsOfTheText` keeps their order on a tie). Of them, one far more peopled than the others
        // goes first (`Maryland` alone is the US state, not Liberia's county: `EventGazetteer.mostPeopled`):
        // `place` takes the first when the text names no country of theirs. The others keep their order.
        // One pass over the keys finds both: a second cost every start-up as much again.
        var shared: [(String, [Place])] = [], reordered: [(String, [Place])] = []
        for (key, found) in places where found.count >= 2 {
            let slots = found.indices.filter { (found[$0].code?.count ?? 0) > 2 }
            guard slots.count >= 2, Set(slots.map { found[$0].country }).count >= 2 else { continue }
            var sorted = found
            if let top = EventGazetteer.shared.mostPeopled(slots.map { found[$0].code! }), top > 0 {
                sorted.remove(at: slots[top])
                sorted.insert(found[slots[top]], at: slots[0])
                reordered.append((key, sorted))
            }
            shared.append((key, sorted.filter { ($0.code?.count ?? 0) > 2 }))
        }
        // Written after the pass: a write while the pass reads would copy the whole table.
        for (key, sorted) in reordered { places[key] = sorted }
        shared.sort { $0.0 < $1.0 }
        for (_, regions) in shared {
            for r in regions where regionNamesakes[r.code!] == nil { regionNamesakes[r.code!] = regions }
        }
        let named: [(Lists, Set<String>)] = [
            (.titles, titles), (.orgHeads, orgHeads), (.orgCues, orgCues), (.placeHeads, placeHeads), (.placeCues, placeCues),
            (.placeSuffixes, placeSuffixes), (.sportVerbs, sportVerbs), (.positions, positions), (.demonyms, demonyms),
            (.stop, stop), (.events, events), (.firstNames, firstNames), (.modifiers, modifiers), (.common, common),
            (.particles, EntitySpans.particles), (.connectors, EntitySpans.connectors),
            (.platforms, EntitySpans.platforms), (.buildingHeads, EntitySpans.buildingHeads), (.portfolios, EntitySpans.portfolios),
            (.numberedParts, EntitySpans.numberedParts), (.shareWords, EntitySpans.shareWords), (.nameless, EntitySpans.namelessWords),
        ]
        for (list, words) in named {
            for word in words {
                let index = listWords.insert(word)
                if index == listEntries.count { listEntries.append(Entry()) }
                listEntries[index].lists.insert(list)
                listsByWord[word, default: Entry()].lists.insert(list)
            }
        }
        // A people in the plural (`Muslims`): a mark only, the tagger's lists of the word stay as they were.
        for word in demonyms where !word.hasSuffix("s") {
            let index = listWords.insert(word + "s")
            if index == listEntries.count { listEntries.append(Entry()) }
            listEntries[index].marks.insert(.peoples)
            listsByWord[word + "s", default: Entry()].marks.insert(.peoples)
        }
        for (word, mark) in EntityMark.byWord {
            let index = listWords.insert(word)
            if index == listEntries.count { listEntries.append(Entry()) }
            listEntries[index].marks.formUnion(mark)
            listsByWord[word, default: Entry()].marks.formUnion(mark)
        }
    }

    /// The lists holding `lower`, a token's lowercase form; `ascii` when it is ASCII, which the
    /// word table answers from its bytes as the sets would from the string.
    func lists(of lower: String, ascii: Bool) -> Lists {
        lookUp(lower, ascii: ascii).lists
    }

    /// The lists and marks of `lower`, a token's lowercase form.
    func lookUp(_ lower: String, ascii: Bool) -> Entry {
        guard ascii else { return listsByWord[lower] ?? Entry() }
        var lower = lower
        return lower.withUTF8 { lookUp(ascii: $0) }
    }

    /// The lists holding an ASCII word given by its bytes in any case.
    func lists(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> Lists {
        lookUp(ascii: bytes).lists
    }

    /// The lists and marks of an ASCII word given by its bytes in any case.
    func lookUp(ascii bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        listWords.index(of: bytes).map { listEntries[$0] } ?? Entry()
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                            "northeast", "northwest", "southeast", "southwest", "central", "centre", "center",
                                            "far", "upper", "lower", "middle"]

    /// Words of a region's official name that say what kind of region it is, in the country's
    /// language (`Zhejiang Sheng`, `Avtonomna Respublika Krym`, `Balakan Rayon`): news writes the
    /// name without them, or by its English name.
    static let designators: Set<String> = ["sheng", "shi", "zizhiqu", "rayon", "opstina", "raionul", "changwat", "rajons",
                                           "shaary", "qalasy", "mintaqat", "viloyati", "shahri", "baladiyat", "wilaya", "wilayat",
                                           "avtonomna", "respublika", "oblast", "oblasti", "kray", "krai", "okrug", "muhafazat",
                                           "ostan", "provinsi", "daerah", "istimewa", "raya", "voivodeship"]

    /// The name shown for a place: ASCII where the gazetteer gives an ASCII variant, and one
    /// without a word of `designators` where there is one (`Zhejiang`, `Crimea`).
    static func displayName(_ variants: [String], _ wordsOf: [[String]]? = nil) -> String {
        let wordsOf = wordsOf ?? variants.map(EntityKey.words)
        let ascii = variants.indices.filter { variants[$0].utf8.allSatisfy { $0 < 0x80 } }
        guard let first = ascii.first else { return variants[0] }
        return variants[ascii.first(where: { !wordsOf[$0].contains(where: designators.contains) }) ?? first]
    }

    /// The regions named by compass words alone, asked only before a word of `[places-suffix]`.
    func directedPlaces(_ key: String) -> [Place] { directed[key] ?? [] }

    /// A folded key with a `saint` before another word written the other way: `st petersburg` ↔
    /// `saint petersburg`, `sainte` ↔ `ste`, `sankt` → both (scripts/geonames_admin1.py `saint_forms`
    /// writes the town table's alike).
    static func saintForms(_ key: String) -> [String] {
        // By bytes: Foundation's `contains` cost 18 M instructions of start-up over the places' keys.
        guard key.utf8.first == 0x73 || zip(key.utf8, key.utf8.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x73 }) else { return [] }
        let words = ResourceLines.split(key, on: 0x20)
        var out: [String] = []
        for i in words.indices.dropLast() {
            let others: [String]
            switch words[i] {
            case "saint": others = ["st"]
            case "st": others = ["saint"]
            case "sainte": others = ["ste"]
            case "ste": others = ["sainte"]
            case "sankt": others = ["st", "saint"]
            default: continue
            }
            for other in others {
                var form = words
                form[i] = other
                out.append(form.joined(separator: " "))
            }
        }
        return out
    }

    /// The place a name means: a country first, then a city (a bare `Baghdad` is the city, not
    /// the governorate), then a first-level region.
    func place(_ key: String, region: Bool = false) -> Place? {
        guard let found = places[key] else { return nil }
        if let country = found.first(where: { $0.code?.count == 2 }) { return country }
        if region, let subdivision = found.first(where: { !$0.isCity }) { return subdivision }
        return found.first(where: \.isCity) ?? found.first
    }
}
