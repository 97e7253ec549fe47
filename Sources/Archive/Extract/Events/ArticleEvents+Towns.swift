/// The last resort for an event's place: a town the sentence names outside any `in …` phrase
/// (`Residents of Ol Kalou protest`, `Bungoma High School students`, `the CBD of Bomet`).
extension ArticleEvents {
    /// Towns smaller than this (digits of the population) share their names with too many
    /// places, and with words, to be taken from a bare capitalised word.
    static let bareTownClass: UInt8 = 4

    /// Words after a name that say it is a place: `Kisii Town`, `Bungoma High School`, `Voi residents`.
    static let placeFollowers: Set<String> = [
        "town", "city", "county", "village", "township", "municipality", "residents", "villagers", "youths", "traders",
        "locals", "high", "secondary", "primary", "boys", "girls", "university", "college", "hospital", "market", "stadium",
        "prison", "bus", "mosque", "church", "cbd", "trading", "school", "campus",
    ]

    /// A name told as a place by the words around it: after `of` (`residents of X`, `the CBD of
    /// X`, `University of X`) or before a word of `placeFollowers`. Capitalised words are many
    /// times more often a word or a name than a town, so a bare one is never taken.
    private func isPlaceFrame(_ t: [EventToken], from first: Int, to last: Int) -> Bool {
        let after = last + 1 < t.count ? t[last + 1] : nil
        if first > 0, t[first - 1].lower == "of", !(after?.isCapitalised ?? false) { return true }
        return after.map { Self.placeFollowers.contains($0.lower) } ?? false
    }

    /// The first capitalised name in the sentence, not a person's, told as a place by the words
    /// around it, that only one country has a town of: its country, region and the name as written.
    func bareTown(in sentence: EventSentence, _ m: [SentenceMention]) -> (town: Town, level: PlaceChain.Level)? {
        let t = sentence.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].isWord, t[i].isCapitalised, !t[i].isNumber, !PlaceChains.notNames.contains(t[i].lower),
                  !m.contains(where: { $0.mention.type == .person && $0.first <= i && i <= $0.last }) else { continue }
            for length in stride(from: 3, through: 1, by: -1) where i + length <= t.count {
                let words = t[i..<(i + length)]
                guard words.allSatisfy({ $0.isWord && $0.isCapitalised && !$0.isNumber }),
                      words.contains(where: { $0.lower != sentence.text(of: $0) && sentence.text(of: $0).contains { $0.isLowercase } }),
                      isPlaceFrame(t, from: i, to: i + length - 1) else { continue }
                let name = sentence.input.string(t[i].start, t[i + length - 1].end)
                // `Turkana University College`: a word that names a town too (University, Florida)
                // is the word, inside a longer name.
                if length == 1, Self.townWords.contains(t[i].lower) { continue }
                let folded = NameKey.fold(name)
                // `a gang of Kikuyu youths`: a people's name, though a town bears it.
                if length == 1, EventArguments.namesPeople(folded, t, first: i, last: i) { continue }
                let towns = gazetteer.townsFolded(folded)
                guard let town = Self.unambiguousTown(towns, margin: 0) ?? Self.smallPlace(towns, t, from: i, to: i + length - 1) else { continue }
                return (town, PlaceChain.Level(name: name, tag: nil, start: t[i].start, end: t[i + length - 1].end))
            }
        }
        return nil
    }

    /// Towns this large (digits of the population: 10,000 people) are named as modifiers
    /// (`the Kisumu county governor`, `Narok-Bomet road`) without a word that says they are places.
    static let namedTownClass: UInt8 = 5

    /// Towns that large whose names are English words (`Vice`, `Street`): scripts/make-town-words.py.
    static let townWords: Set<String> = Set(ResourceLines.of(PackageResources.town_words_txt)
        .filter { !$0.hasPrefix("#") }.map(String.init))

    /// A capitalised name inside the sentence (not its first word, not a person's) that is the name
    /// of a town of 10,000 people or more in one country only: the sentence's place when it names
    /// no other. Each part of a hyphenated pair counts (`the Narok-Bomet road`).
    func namedTown(in sentence: EventSentence, _ m: [SentenceMention]) -> (town: Town, level: PlaceChain.Level)? {
        let t = sentence.tokens
        for i in t.indices.dropFirst() {
            guard t[i].isWord, t[i].isCapitalised, !t[i].isNumber, t[i - 1].lower != ".", !PlaceChains.notNames.contains(t[i].lower),
                  !m.contains(where: { $0.mention.type != .place && $0.first <= i && i <= $0.last && $0.first < i }),
                  !m.contains(where: { $0.mention.type == .person && $0.first <= i && i <= $0.last }) else { continue }
            let written = sentence.text(of: t[i])
            guard written.contains(where: { $0.isLowercase }) else { continue }
            var start = t[i].start
            for part in written.split(separator: "-") where part.first?.isUppercase == true && part.count >= 3
                && !Self.townWords.contains(part.lowercased()) {
                let end = start + part.unicodeScalars.count
                defer { start = end + 1 }
                let folded = NameKey.fold(String(part))
                guard let town = Self.unambiguousTown(gazetteer.townsFolded(folded)), town.sizeClass >= Self.namedTownClass,
                      !EventArguments.namesPeople(folded, t, first: i, last: i) else { continue }
                return (town, PlaceChain.Level(name: String(part), tag: nil, start: start, end: end))
            }
        }
        return nil
    }

    /// The largest place of a name when it is a town, and no place nearly as large (within
    /// `margin` digits of population) shares its name in another country. A name the words
    /// around it say is a place (`Meru University students`) needs only the larger town.
    static func unambiguousTown(_ towns: [Town], margin: UInt8 = 1) -> Town? {
        guard let largest = towns.first, largest.sizeClass >= bareTownClass else { return nil }
        let country = largest.region.prefix(2)
        let rival = towns.dropFirst().first { $0.region.prefix(2) != country }
        return rival.map { $0.sizeClass + margin < largest.sizeClass } ?? true ? largest : nil
    }
}

/// Villages, estates and wards: places too small for a bare name to be taken, unless the words
/// around it say it is where people live (`residents of Githurai`, `Kayole estate`).
extension ArticleEvents {
    /// Words before `of` that say the name after it is where they live.
    static let dwellers = PlaceChains.inhabitants
    /// Words after a name that say it is a small place of its own.
    static let smallPlaceWords: Set<String> = ["residents", "villagers", "village", "estate", "slum", "slums", "ward", "constituency"]

    /// The first (largest) place of a name below `bareTownClass` when every place so named lies in
    /// one country and the words around the name say it is a place people live in.
    static func smallPlace(_ towns: [Town], _ t: [EventToken], from first: Int, to last: Int) -> Town? {
        guard let place = towns.first, towns.allSatisfy({ $0.region.prefix(2) == place.region.prefix(2) }) else { return nil }
        let after = last + 1 < t.count ? t[last + 1].lower : ""
        let dwellersOf = first >= 2 && t[first - 1].lower == "of" && dwellers.contains(t[first - 2].lower)
        return dwellersOf || smallPlaceWords.contains(after) ? place : nil
    }
}

/// The last resort for an event's country: a country named inside the name of an organisation
/// (`nurses of the Ghana Health Service`, `the Cocoa Board of Ghana`), which is that country's own.
extension ArticleEvents {
    func countryInOrganisation(_ m: [SentenceMention], _ sentence: EventSentence) -> String? {
        let t = sentence.tokens
        for mention in m where mention.mention.type == .org && mention.first <= mention.last && mention.last < t.count {
            for i in mention.first...mention.last where t[i].isCapitalised && t[i].isWord && t[i].lower.utf8.count >= 4 {
                if let code = gazetteer.codes(named: t[i].lower)?.first(where: { $0.count == 2 }) { return code }
            }
        }
        return nil
    }
}
