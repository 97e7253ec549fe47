/// A place told as a hierarchy, most precise first: `in the Karez area of Darya district, Kandor`
/// → Karez (area), Darya (district), Kandor; `in Melton town (Melton Sadar, Avon)` → Melton
/// (town), Melton Sadar, Avon. Read from the tokens, so a village the entity extractor
/// does not know still has a name and a place in the hierarchy.
struct PlaceChain: Sendable {
    struct Level: Sendable {
        let name: String
        /// The word that says what the level is (`district`, `village`), nil when none is said.
        let tag: String?
        /// Offsets of the name in the body.
        let start: Int
        let end: Int
        /// Read inside a bracket after the level before it: `X area (District, Province)` gives X's hierarchy.
        var inBracket = false
    }

    var levels: [Level]
    /// Index of the token the chain starts at (its cue: `in`, `near`…).
    let first: Int
}

enum PlaceChains {
    /// Words that open a place where something happened.
    static let cues: Set<String> = ["in", "near", "at", "outside", "around", "inside", "across", "from", "towards", "toward"]
    /// Words that say what kind of place a name is, before (`the village of X`) or after it (`X district`).
    static let tags: Set<String> = [
        "district", "districts", "area", "areas", "village", "city", "town", "upazila", "union", "province", "governorate",
        "region", "county", "sub-county", "subcounty", "municipality", "state", "division", "neighbourhood", "neighborhood",
        "oblast", "raion", "department", "commune", "locality", "ward", "camp", "sector", "territory", "prefecture", "zone",
        "suburb", "settlement", "township", "countryside", "outskirts", "vicinity", "countryside", "parish", "constituency",
        "subdistrict", "sub-district", "hamlet", "neighbourhoods", "villages", "towns", "provinces", "centre", "center",
        "front", "frontline", "axis",
    ]
    /// Directions that may stand before a lead tag: `the eastern countryside of Hama`.
    static let compassLeads: Set<String> = ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                                            "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                                            "south-western"]
    /// Tags that may stand before `of` and a name: `the countryside of Idleb`, `the town of X`.
    static let leadTags: Set<String> = [
        "area", "village", "city", "town", "province", "governorate", "region", "county", "municipality", "state", "district",
        "countryside", "outskirts", "vicinity", "suburb", "suburbs", "neighbourhood", "neighborhood", "locality", "outskirt",
        "department", "commune", "countryside", "hamlet", "settlement",
    ]
    /// Lowercase words that join a name's parts (`Ciudad de Mexico`, `Nawa-e Barakzayi`).
    /// `imeni` is Russian's `named after` (`Shakhta imeni Gagarina`).
    static let connectors: Set<String> = ["de", "del", "la", "las", "los", "do", "da", "dos", "das", "e", "al", "el", "ul", "y", "di", "du", "des", "le",
                                          "imeni"]
    /// Capitalised words that end a region's name written in a bracket as part of a place's name.
    static let namingRegionWords: Set<Substring> = ["Region", "District", "Rayon", "Raion"]
    /// The Romance prepositions and articles that join a name's parts two at a time (`de los`, `de la`).
    static let prepositions: Set<String> = ["de", "do", "da", "di", "du"]
    static let articles: Set<String> = ["la", "las", "los", "le", "les", "el", "lo"]
    /// Capitalised words that begin no place name.
    static let notNames: Set<String> = [
        "the", "a", "an", "on", "in", "at", "of", "and", "or", "he", "she", "it", "they", "we", "his", "her", "their", "its",
        "this", "that", "these", "those", "there", "police", "security", "army", "forces", "taliban", "several", "some", "unknown",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "fatalities", "no",
        // Feasts, which share their names with towns (`in a Christmas attack`).
        "christmas", "easter",
    ]

    static func read(_ sentence: EventSentence) -> [PlaceChain] {
        let t = sentence.tokens
        var chains: [PlaceChain] = []
        // Places told only by their tag, after those a cue opens: the sentence's place when it has no other.
        var tagged: [PlaceChain] = []
        var i = 0
        while i < t.count {
            // `LOCATION: Chepilat near …`, a field some reports label.
            let labelled = t[i].lower == ":" && i > 0 && t[i - 1].lower == "location"
            let isCue = labelled || isCueWord(t[i].lower) || isInhabitantsOf(at: i, t)
            if !isCue, isTaggedName(at: i, t), let (chain, next) = chain(at: i, cue: i, sentence) {
                tagged.append(chain)
                i = next
                continue
            }
            // `artillery shelled Kafrnabuda in Hama`: the place a verb of attack takes as its object,
            // named before the larger place it lies in, is where the attack fell.
            if !isCue, i + 1 < t.count, t[i + 1].isCapitalised, isObjectPlace(at: i + 1, after: i, sentence),
               let (chain, next) = chain(at: i + 1, cue: i, sentence), chain.levels.count > 1 {
                chains.append(chain)
                i = next
                continue
            }
            // `an attack on the X front (Y, Z)`, `air raids on X area`: `on` opens a place only when a word
            // after the name says it is one (`on Afghan forces`, `on Monday` open none).
            if !isCue, t[i].end - t[i].start == 2, t[i].lower == "on", let (chain, next) = chain(at: i + 1, cue: i, sentence),
               let tag = chain.levels[0].tag, onTags.contains(tag) {
                chains.append(chain)
                i = next
                continue
            }
            guard isCue, let (chain, next) = chain(at: i + 1, cue: i, sentence) else { i += 1; continue }
            i = next
            guard isRoad(chain, next: next, t) else { chains.append(chain); continue }
            // `at the Khulna - Satkhira highway, Dumuria town (…)`: the place named after the road.
            if let road = (next..<min(t.count, next + 5)).first(where: { roadWords.contains(t[$0].lower) }), road + 1 < t.count,
               t[road + 1].lower == ",", let (after, end) = self.chain(at: road + 2, cue: road + 1, sentence) {
                chains.append(after)
                i = end
            }
        }
        return chains + tagged
    }

    /// Tags that make `on` open a place: a front, an area, a village attacked.
    static let onTags: Set<String> = ["front", "frontline", "axis", "area", "areas", "village", "villages", "district", "town"]

    /// Where the report's coder says the event is put: `(coded to Ruritown, Westshire)`, `(coordinates for
    /// Ruritown used)`, `(Ruritown coordinates used)`; nil when the sentence says none.
    static func coded(in sentence: EventSentence) -> PlaceChain? {
        guard sentence.marks.contains(.coded) else { return nil }
        let t = sentence.tokens
        for i in t.indices where i + 2 < t.count {
            guard t[i].marks.contains(.coded) else { continue }
            let w = t[i].lower, next = t[i + 1].lower
            if w == "coded" && (next == "to" || next == "as" || next == "at" || next == "in")
                || w == "coordinates" && (next == "for" || next == "of") {
                if let (chain, _) = chain(at: i + 2, cue: i + 1, sentence) { return chain }
            } else if w == "coordinates", next == "used" || next == "were", i > 0, t[i - 1].isCapitalised, t[i - 1].isWord {
                var start = i - 1
                while start > 0, t[start - 1].isCapitalised, t[start - 1].isWord { start -= 1 }
                if let (chain, end) = chain(at: start, cue: start, sentence), end == i { return chain }
            }
        }
        return nil
    }

    /// A word of `cues`, its length and first letter tried before its hash: asked of every word.
    private static func isCueWord(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 2, bytes.count <= 7, let first = bytes.first, "inaoft".utf8.contains(first) else { return false }
        return cues.contains(word)
    }

    /// People named by where they live: `residents of X protested` happened in X.
    static let inhabitants: Set<String> = ["residents", "villagers", "inhabitants", "people", "youths", "youth", "traders", "farmers",
                                           "natives", "dwellers", "locals", "citizens", "community", "communities", "elders", "women", "men"]

    /// An `of` after a word for the people of a place (`residents of Ol Kalou`).
    private static func isInhabitantsOf(at i: Int, _ t: [EventToken]) -> Bool {
        // Asked of every word: its length from its offsets first, a string compare or a hash only then.
        guard i > 0, t[i].end - t[i].start == 2, t[i].lower == "of" else { return false }
        return inhabitants.contains(t[i - 1].lower)
    }

    /// Verbs of attack whose object is often the place attacked (`shelled X in Y`).
    static let attackVerbs: Set<String> = ["shelled", "bombed", "attacked", "raided", "stormed", "targeted", "struck", "bombarded", "besieged"]

    /// Whether the word at `i`, after a verb of attack, begins the name of a place rather than of
    /// a party: written with small letters (not `UPDF`), not a word that begins no name, nor an
    /// armed group's or a force's (`attacked rebel fighters in …`), nor a nationality's (`stormed
    /// the Ruritanian embassy in …`).
    private static func isObjectPlace(at i: Int, after verb: Int, _ s: EventSentence) -> Bool {
        let t = s.tokens
        // Every such verb ends in `d` and has six letters or more: most words are told apart by
        // their bytes before their hash.
        let verbWord = t[verb].lower.utf8
        guard verbWord.count >= 6, verbWord.last == UInt8(ascii: "d"), !t[verb].isCapitalised, t[i].isWord, !t[i].isNumber,
              attackVerbs.contains(t[verb].lower),
              !notNames.contains(t[i].lower), EventGazetteer.shared.country(ofDemonym: s.text(of: t[i])) == nil else { return false }
        let parties = EventLexicon.shared.rules.military | EventLexicon.shared.rules.armedParties
        var j = i
        while j < t.count, t[j].isWord, t[j].isCapitalised {
            if t[j].lists & parties != 0 || !s.text(of: t[j]).contains(where: \.isLowercase) { return false }
            j += 1
        }
        return true
    }

    /// Tags that make a name a place without a word before it that opens one: `attacked Arimba
    /// village (Quissanga, Cabo Delgado)`, `Homa Bay town residents`.
    /// `city` too: `at the gate of X college, X city (X Sadar, Y)` names its town after the site.
    static let bareTags: Set<String> = ["village", "town", "upazila", "district", "township", "city"]

    /// Whether a name starts at `i` (a capitalised word after none) that its tag, right after it or
    /// its own last word, says is a place. Read from the tokens alone: it is asked of every name.
    private static func isTaggedName(at i: Int, _ t: [EventToken]) -> Bool {
        guard t[i].isCapitalised, t[i].isWord, i == 0 || !(t[i - 1].isCapitalised && t[i - 1].isWord) else { return false }
        var j = i + 1
        while j < t.count, j - i < 6 {
            // `set fire to the X police station (Y, Z)`: a police station is named for the area it serves.
            if isBareTag(t[j].lower) || isPoliceStation(at: j, t) { return !t[i].isNumber && !notNames.contains(t[i].lower) }
            guard t[j].isCapitalised, t[j].isWord else { return false }
            j += 1
        }
        return false
    }

    /// `police station` in small letters at `j`, its length tried first.
    private static func isPoliceStation(at j: Int, _ t: [EventToken]) -> Bool {
        t[j].end - t[j].start == 6 && j + 1 < t.count && t[j].lower == "police" && t[j + 1].lower == "station"
    }

    /// A word of `bareTags`, its length tried before its hash.
    private static func isBareTag(_ word: String) -> Bool {
        let length = word.utf8.count
        return length >= 4 && length <= 8 && bareTags.contains(word)
    }

    /// Abbreviations of `Saint` written with a point (`St. Petersburg`).
    static let saintWords: Set<String> = ["st", "ste"]

    /// Tags that are never part of a name, written capitalised or not.
    static let ownTags: Set<String> = ["upazila", "township", "thana", "village"]

    static let roadWords: Set<String> = ["highway", "road", "expressway", "motorway"]

    /// `at Dhaka - Mymensingh highway`, `on the Narok-Bomet road`: a road named for the towns it
    /// joins, which says where the event is no better than either; the sentence's next chain does.
    private static func isRoad(_ chain: PlaceChain, next: Int, _ t: [EventToken]) -> Bool {
        guard chain.levels.count == 1, next < t.count else { return false }
        if roadWords.contains(t[next].lower) { return chain.levels[0].name.contains("-") }
        guard t[next].lower == "-", next + 1 < t.count, t[next + 1].isCapitalised else { return false }
        return (next + 2..<min(t.count, next + 5)).contains { roadWords.contains(t[$0].lower) }
    }

    /// A chain after a cue, and the token after it.
    private static func chain(at start: Int, cue: Int, _ s: EventSentence) -> (PlaceChain, Int)? {
        let t = s.tokens
        // `in front of the Press Club`
        let start = start + 1 < t.count && t[start].lower == "front" && t[start + 1].lower == "of" ? start + 2 : start
        guard var (level, k) = level(at: start, s) else { return nil }
        var chain = PlaceChain(levels: [level], first: cue)
        // `in Gulistan, Motijheel and Banani areas (Dhaka city)`: places listed under one plural tag
        // are siblings, not each in the next; the chain goes on after the tag from the first.
        if level.tag == nil, let (tag, after) = siblings(from: k, t) {
            level = PlaceChain.Level(name: level.name, tag: tag, start: level.start, end: level.end)
            chain.levels = [level]
            k = after
        }
        while k < t.count {
            let w = t[k].lower
            // `shelled X and its outskirts in Y`, `X and surrounding villages, Y`: the place and what lies
            // around it; the chain goes on to the place that holds both.
            if w == "and", let after = surroundings(after: k, t) {
                k = after
                continue
            }
            if w == "(" {
                // `(Gazipur Sadar, Dhaka)`, `(Idleb)`; `(Do Mando) district` names the level before again.
                var j = k + 1
                var inside: [PlaceChain.Level] = []
                while let (l, next) = self.level(at: j, s, bare: true) {
                    inside.append(l)
                    j = next
                    if j < t.count, t[j].lower == "," { j += 1 } else { break }
                }
                guard j < t.count, t[j].lower == ")", !inside.isEmpty else {
                    // `X upazila (as it is also spelled) (Tangail, Dhaka)`: an aside that names no
                    // place is read past when the place list follows it.
                    guard let close = (k + 1..<min(t.count, k + 10)).first(where: { t[$0].lower == ")" }), close + 1 < t.count,
                          t[close + 1].lower == "(", !t[(k + 1)..<close].contains(where: { $0.lower == "(" }) else { break }
                    k = close + 1
                    continue
                }
                k = j + 1
                // `Nameless Hills (Gadabay Region)`: a name shared by places in several regions, told apart by
                // its region in a bracket written as part of its name (`Region` capitalised).
                if inside.count == 1, let last = chain.levels.last, last.tag == nil, !last.inBracket,
                   let word = inside[0].name.split(separator: " ").last, inside[0].name.contains(" "), Self.namingRegionWords.contains(word),
                   !(k < t.count && tags.contains(t[k].lower)) {
                    chain.levels.removeLast()
                    chain.levels.append(PlaceChain.Level(name: s.input.string(last.start, t[j].end), tag: nil, start: last.start, end: t[j].end))
                }
                if k < t.count, tags.contains(t[k].lower), inside.count == 1, chain.levels.last?.tag == nil {
                    // `Shamal (Do Mando) district`: an alternative name, the tag is the first name's.
                    let last = chain.levels.removeLast()
                    chain.levels.append(PlaceChain.Level(name: last.name, tag: t[k].lower, start: last.start, end: last.end))
                    k += 1
                    continue
                }
                chain.levels += inside.map { PlaceChain.Level(name: $0.name, tag: $0.tag ?? "(", start: $0.start, end: $0.end, inBracket: true) }
                continue
            }
            // `Kalidas bazar, Sakhipur upazila`, `Kamalpur railway station, Dhaka`: common nouns that name
            // the kind of place; the last is kept as its tag, so a site is known as one.
            // `the Meghna water office in Bhola town`: before `in`, only when the last noun names a site.
            // `Wadi Naam front (Tuban, Lahij)`: before a bracket, when a place list opens it.
            // `Kondengui prison of Yaounde city`: before `of`, as before `in`, when the noun names a site.
            if level.tag == nil,
               let comma = (k..<min(t.count, k + 3)).first(where: { t[$0].lower == "," || t[$0].lower == "in" || t[$0].lower == "(" || t[$0].lower == "of" }),
               comma > k,
               t[comma].lower == "," || EventGazetteer.siteWords.contains(Substring(t[comma - 1].lower)) || opensPlaceList(at: comma, t)
                   || t[comma].lower == "in" && landforms.contains(t[comma - 1].lower),
               (k..<comma).allSatisfy({ t[$0].isWord && !t[$0].isCapitalised && !t[$0].isNumber && !cues.contains(t[$0].lower)
                   && !connectors.contains(t[$0].lower) && !notNames.contains(t[$0].lower) }) {
                let last = chain.levels.removeLast()
                level = PlaceChain.Level(name: last.name, tag: t[comma - 1].lower, start: last.start, end: last.end)
                chain.levels.append(level)
                k = comma
                continue
            }
            if level.tag.map(EventGazetteer.areaTags.contains) == true, t[k].isCapitalised, t[k].isWord,
               let (next, after) = self.level(at: k, s), isRegionLevel(next) {
                chain.levels.append(next)
                level = next
                k = after
                continue
            }
            guard w == "," || w == "of" || w == "in", let (next, after) = self.level(at: k + 1, s, afterPlace: w == "in") else { break }
            // `in Kabul, Taliban fighters …`: after a comma only a name that says it is a place.
            if w == ",", next.tag == nil, !(after >= t.count || [",", ".", "(", ")", ";", "-"].contains(t[after].lower)),
               !isRegionBeforeClause(next, at: after, t) { break }
            chain.levels.append(next)
            level = next
            k = after
        }
        return (chain, k)
    }

    /// `X, Wajir during the night`: a name after a comma that is a region's own name (not one of
    /// directions, which many countries' regions bear), with a word in small letters after it that
    /// joins no list (`and`, `or`). `X, Wajir County during the night` too: a region's name with its
    /// word kept in the name, else the chain stops at `X` and a namesake of `X` abroad is taken.
    private static func isRegionBeforeClause(_ level: PlaceChain.Level, at after: Int, _ t: [EventToken]) -> Bool {
        guard t[after].isWord, !t[after].isCapitalised, t[after].lower != "and", t[after].lower != "or" else { return false }
        let folded = NameKey.fold(level.name)
        guard !EventGazetteer.isDirectionName(folded) else { return false }
        if !EventGazetteer.shared.regions(named: folded).isEmpty { return true }
        // Not `Islamic State`: the name less its region word must itself be a region's.
        guard let bare = EventGazetteer.withoutRegionWord(folded), !EventGazetteer.isDirectionName(bare) else { return false }
        return !EventGazetteer.shared.regions(named: bare).isEmpty
    }

    /// Land named for the place it lies by (`X mountains`, `X forest`): the place, for where an event is.
    /// Not a farm, a ranch, an estate or slums: coders place what happens there at the town it is in.
    static let landforms: Set<String> = ["mountain", "mountains", "hill", "hills", "forest", "valley", "lake", "river", "plain", "plains",
                                         "desert", "island", "beach", "oasis"]

    /// Words that say a level is a first-level region, written after its name.
    static let regionTags: Set<String> = ["county", "province", "state", "region", "governorate", "oblast"]

    /// A level the text calls a region by its word: `Baringo County`, `Baringo county`.
    private static func isRegionLevel(_ level: PlaceChain.Level) -> Bool {
        if let tag = level.tag { return regionTags.contains(tag) }
        guard let space = level.name.lastIndex(of: " ") else { return false }
        return regionTags.contains(level.name[level.name.index(after: space)...].lowercased())
    }

    /// Words for what lies around a place: `its outskirts`, `the surrounding villages`.
    static let surroundingWords: Set<String> = ["vicinity", "outskirts", "surroundings", "environs", "suburbs", "countryside", "periphery"]
    static let surroundingPlaces: Set<String> = ["areas", "area", "villages", "towns", "countryside", "neighbourhoods", "neighborhoods"]

    /// After `and` at `k`: `its vicinity`, `the surrounding areas`, `surrounding villages`; the token after them.
    private static func surroundings(after k: Int, _ t: [EventToken]) -> Int? {
        guard k + 2 < t.count else { return nil }
        let first = t[k + 1].lower
        if first == "its" || first == "the" {
            if surroundingWords.contains(t[k + 2].lower) { return k + 3 }
            if k + 3 < t.count, t[k + 2].lower == "surrounding", surroundingPlaces.contains(t[k + 3].lower) { return k + 4 }
            return nil
        }
        return first == "surrounding" && surroundingPlaces.contains(t[k + 2].lower) ? k + 3 : nil
    }

    /// Tags that close a list of places (`A, B and C areas`).
    static let pluralTags: Set<String> = [
        "areas", "villages", "towns", "districts", "neighbourhoods", "neighborhoods", "provinces", "upazilas", "camps", "localities",
        "cities", "counties", "regions", "sectors", "wards", "unions",
    ]

    /// After a first name at `k`: `, B and C areas` or `and B villages` — more names joined by commas
    /// and one `and`, closed by a plural tag. The tag and the token after it.
    private static func siblings(from k: Int, _ t: [EventToken]) -> (String, Int)? {
        guard k < t.count, t[k].lower == "," || t[k].lower == "and" else { return nil }
        var j = k
        var joined = false
        while j < t.count {
            // A joint: `,`, `and` or `, and`; then a capitalised name of up to four words.
            if t[j].lower == "," { j += 1 }
            if j < t.count, t[j].lower == "and" { joined = true; j += 1 }
            guard j < t.count, t[j].isWord, t[j].isCapitalised, !t[j].isNumber, !notNames.contains(t[j].lower) else { return nil }
            let nameStart = j
            while j < t.count, j - nameStart < 4, t[j].isWord, t[j].isCapitalised { j += 1 }
            guard j < t.count else { return nil }
            if pluralTags.contains(t[j].lower) { return joined ? (t[j].lower, j + 1) : nil }
            guard !joined, t[j].lower == "," || t[j].lower == "and" else { return nil }
        }
        return nil
    }

    /// A bracket at `i` that holds a list of capitalised names and nothing else: `(Tuban, Lahij)`,
    /// not `(as reported)`.
    private static func opensPlaceList(at i: Int, _ t: [EventToken]) -> Bool {
        guard t[i].lower == "(", i + 1 < t.count, t[i + 1].isCapitalised, t[i + 1].isWord, !notNames.contains(t[i + 1].lower) else { return false }
        for j in (i + 2)..<min(t.count, i + 12) {
            if t[j].lower == ")" { return true }
            guard t[j].isCapitalised || t[j].lower == "," || t[j].lower == "-" || t[j].lower == "&" || connectors.contains(t[j].lower) else { return false }
        }
        return false
    }

    /// `sub-county`, `subcounty` or `sub county` at `j`, written in either case.
    private static func isSubCountyWord(at j: Int, _ t: [EventToken]) -> Bool {
        // Asked of every word of a name: its length from its offsets first.
        guard j < t.count, t[j].isWord, [3, 9, 10].contains(t[j].end - t[j].start) else { return false }
        let w = t[j].lower
        if w == "sub-county" || w == "subcounty" { return true }
        return w == "sub" && j + 1 < t.count && t[j + 1].lower == "county" && t[j + 1].start == t[j].end + 1
    }

    /// `[the] [tag of] Name [tag]` at `i`.
    private static func level(at i: Int, _ s: EventSentence, bare: Bool = false, afterPlace: Bool = false) -> (PlaceChain.Level, Int)? {
        let t = s.tokens
        var k = i
        if k < t.count, t[k].lower == "the" { k += 1 }
        var tag: String?
        // `X in the eastern countryside of Hama`: after a place, a direction before the tag says which
        // part of the larger place it lies in. Not where a chain opens: `in the western countryside of
        // Y` alone is no more the city than before.
        let side = afterPlace && k + 2 < t.count && compassLeads.contains(t[k].lower) && t[k + 2].lower == "of" ? 1 : 0
        if !bare, k + side + 1 < t.count, leadTags.contains(t[k + side].lower), t[k + side + 1].lower == "of" {
            tag = t[k + side].lower
            k += side + 2
        }
        if k < t.count, t[k].lower == "'" || t[k].lower == "\"" { k += 1 }
        // `Barangay Piacan`: the Philippine village's own word, written before its name.
        if tag == nil, k + 1 < t.count, t[k].lower == "barangay", t[k + 1].isCapitalised, t[k + 1].isWord { (tag, k) = ("village", k + 1) }
        guard k < t.count, t[k].isWord, t[k].isCapitalised, !notNames.contains(t[k].lower), !t[k].isNumber else { return nil }
        // `across the LoC in X sector`: the Line of Control is a line, not a place; the sector named on it is.
        if t[k].lower == "loc", s.text(of: t[k]) == "LoC" { return nil }
        var last = k
        var j = k + 1
        while j < t.count, j - k < 6 {
            // `Tiaty Sub-county`, `Laikipia West Sub County`: Kenya's unit word, capitalised, ends the name.
            if isSubCountyWord(at: j, t) { break }
            if t[j].isWord, t[j].isCapitalised, !t[j].isNumber, !notNames.contains(t[j].lower) { last = j; j += 1; continue }
            if j + 1 < t.count, connectors.contains(t[j].lower) {
                if t[j + 1].isCapitalised, t[j + 1].isWord { last = j + 1; j += 2; continue }
                // `Leon de los Aldama`, `Santa Cruz de la Sierra`: a preposition and an article between the parts.
                if j + 2 < t.count, t[j + 2].isCapitalised, t[j + 2].isWord, articles.contains(t[j + 1].lower), prepositions.contains(t[j].lower) {
                    last = j + 2
                    j += 3
                    continue
                }
            }
            // `St. Petersburg`, `Ste. Marie`: a saint's abbreviation and its point are part of the name.
            if t[j].lower == ".", saintWords.contains(t[j - 1].lower), t[j].start == t[j - 1].end, j + 1 < t.count, t[j + 1].isCapitalised,
               t[j + 1].isWord {
                last = j + 1
                j += 2
                continue
            }
            // `J&K`: initials joined by `&`, written without spaces, are one name.
            if t[j].lower == "&", j + 1 < t.count, t[j].start == t[j - 1].end, t[j + 1].start == t[j].end, t[j + 1].isCapitalised,
               t[j + 1].isWord {
                last = j + 1
                j += 2
                continue
            }
            break
        }
        var end = last + 1
        // `Daudkandi Upazila`: a capitalised word that says what the place is, not part of its name.
        if last > k, ownTags.contains(t[last].lower) {
            if tag == nil { tag = t[last].lower }
            last -= 1
        }
        if end < t.count, t[end].lower == "'" || t[end].lower == "\"" { end += 1 }
        // `the vicinity of Qalanqal village (…)`: the name's own tag is read past, so the chain goes on.
        if tag != nil, end < t.count, tags.contains(t[end].lower) {
            end += 1
        } else if tag == nil, isSubCountyWord(at: end, t) {
            tag = "sub-county"
            end += t[end].lower == "sub" ? 2 : 1
        } else if tag == nil, end < t.count, tags.contains(t[end].lower) {
            tag = t[end].lower
            end += 1
            // `Gulran district center`, `Raipur upazila town`: the first word says what the place is.
            if end < t.count, ["center", "centre", "headquarters"].contains(t[end].lower) || tags.contains(t[end].lower) { end += 1 }
        }
        let name = s.input.string(t[k].start, t[last].end)
        return (PlaceChain.Level(name: name, tag: tag, start: t[k].start, end: t[last].end), end)
    }
}
