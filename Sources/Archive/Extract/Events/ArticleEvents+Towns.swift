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
        "prison", "bus", "mosque", "church", "cbd", "trading",
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
                guard let town = Self.unambiguousTown(gazetteer.townsFolded(NameKey.fold(name))) else { continue }
                return (town, PlaceChain.Level(name: name, tag: nil, start: t[i].start, end: t[i + length - 1].end))
            }
        }
        return nil
    }

    /// The largest place of a name when it is a town, and no place as large shares its name in
    /// another country.
    static func unambiguousTown(_ towns: [Town]) -> Town? {
        guard let largest = towns.first, largest.sizeClass >= bareTownClass else { return nil }
        let country = largest.region.prefix(2)
        let rival = towns.dropFirst().first { $0.region.prefix(2) != country }
        return rival.map { $0.sizeClass + 1 < largest.sizeClass } ?? true ? largest : nil
    }
}
