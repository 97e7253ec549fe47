/// Peoples whose names towns bear too: `Kikuyu` is a town of Kiambu and Kenya's largest people,
/// `Orma` a people of the Tana River and a village in Greece, `Naga` a people of India and a city of
/// the Philippines. In `Kikuyu youths attacked`, `clashes between Maasai and Kikuyu` the name is the
/// people's, who live far beyond the town: no place of the event, though still a cue to its
/// country (`ActorCountries`). A people named after its home region (`Turkana`, `Kisii`, `West
/// Pokot`'s Pokot) keeps the region: reports of its raids are mostly told from there.
extension EventArguments {
    /// Words before a name that make it where something happened: `in Kikuyu`, `near Kikuyu`.
    static let peoplePlaceCues: Set<String> = ["in", "at", "near", "around", "outside", "inside", "into", "from", "to", "towards",
                                               "toward", "across", "through", "throughout", "within", "along", "between"]

    /// The mentions less the towns whose names are a people's and are written as the people: no word
    /// of place before the name, none of a unit or settlement after it (`Kikuyu town`, `Kikuyu
    /// constituency`), and no region of the people's countries bears the name. Mentions in order.
    static func withoutPeoples(_ mentions: [EntityMention], _ sentences: [EventSentence]) -> [EntityMention] {
        let peoples = ActorCountries.shared.peoples
        var dropped = Set<Int>()
        var s = 0
        let parties = ActorCountries.shared
        // By index: a mention copied for each place costs more than the test.
        for k in mentions.indices where mentions[k].type == .place && mentions[k].code?.count != 2 && parties.mayBePeople(mentions[k].name) {
            let m = mentions[k]
            let folded = NameKey.fold(m.name)
            guard peoples[folded] != nil else { continue }
            while s < sentences.count, sentences[s].end <= m.start { s += 1 }
            guard s < sentences.count else { break }
            let t = sentences[s].tokens
            guard let i = t.firstIndex(where: { $0.end > m.start }), t[i].start < m.end,
                  namesPeople(folded, t, first: i, last: t.lastIndex(where: { $0.start < m.end }) ?? i) else { continue }
            dropped.insert(m.start)
        }
        return dropped.isEmpty ? mentions : mentions.filter { !dropped.contains($0.start) }
    }

    /// Whether the name (folded) of tokens `first...last` is a people's written as the people: no
    /// word of place around it, and no region of the people's countries bears the name.
    static func namesPeople(_ folded: String, _ t: [EventToken], first: Int, last: Int) -> Bool {
        guard ActorCountries.shared.peoples[folded] != nil else { return false }
        return !isPlaceWritten(t, first: first, last: last) && !peoplesNamingRegions.contains(folded)
    }

    /// The peoples (folded) a first-level region of one of their countries bears among the words of
    /// its names: read once, when the first people's name is met, not at each.
    static let peoplesNamingRegions = EventGazetteer.shared.regionWords(naming: ActorCountries.shared.peoples)

    /// `in Kikuyu`, `near the Kikuyu`, `Kikuyu town`, `Kikuyu sub-county`: the words say a place.
    private static func isPlaceWritten(_ t: [EventToken], first: Int, last: Int) -> Bool {
        var before = first - 1
        if before >= 0, t[before].lower == "the" { before -= 1 }
        if before >= 0, peoplePlaceCues.contains(t[before].lower) { return true }
        guard last + 1 < t.count else { return false }
        let next = t[last + 1].lower
        return EventGazetteer.areaTags.contains(next) || EventGazetteer.settlementTags.contains(next)
            || EventGazetteer.subLocalTags.contains(next) || next == "estate" || next == "market" || next == "centre"
    }
}

extension EventGazetteer {
    /// The names (folded, keyed to their countries) that a first-level region of one of their
    /// countries has among the words of one of its names: `pokot` in `West Pokot`, `marakwet` in
    /// `Elgeyo-Marakwet`.
    func regionWords(naming names: [String: [String]]) -> Set<String> {
        let countries = Set(names.values.joined())
        var found = Set<String>()
        for (code, spellings) in variants where code.contains("-") && countries.contains(String(code.prefix(2))) {
            let country = String(code.prefix(2))
            for spelling in spellings {
                for word in NameKey.fold(spelling).split(separator: " ") where names[String(word)]?.contains(country) == true {
                    found.insert(String(word))
                }
            }
        }
        return found
    }
}
