/// A place whose name towns of several countries bear, in a text whose parties belong to one of
/// them: `Jubilee supporters and police clashed in Eastleigh` is Nairobi's Eastleigh, though a South
/// African town of the name is larger; `ODM youths blocked the road at Kwanza` is Kenya's Kwanza,
/// not Angola's river province. Who acts says which country the text is about when its places do not.
extension ActorCountries {
    /// How far the namesake chosen must lie from the parties' country for them to outweigh it: a
    /// party fights near its borders (`Houthis fired at Jizan` is Saudi Arabia's Jizan), not a
    /// continent away.
    static let namesakeReach = 1_000.0

    /// Places abroad of fewer people than this (digits of the population: under 10,000) give way to
    /// the parties' country even where it has no place of the name: a village a continent away is
    /// not where a party's supporters or a people's raiders were (`Pokomo raiders attacked Orma
    /// village`: a Kenyan village of the Orma, not the Greek one), a town is what a reader takes.
    static let smallNamesakeClass: UInt8 = 4

    /// The events placed in a town of another country than the one the text's parties agree on,
    /// placed in that country's town of the name instead, when the text names neither that country
    /// nor another of its places, the town is no city of it, and it lies farther than `namesakeReach`
    /// from the parties' country. Where the parties' country has no place of the name and the one
    /// abroad is a village (`smallNamesakeClass`), the event is put in the parties' country with no
    /// region, as inferred (`inferred`). Events in order; mentions those the event reader read.
    func namesakesAtHome(_ events: [ExtractedEvent], _ sentences: [EventSentence], mentions: [EntityMention]) -> [ExtractedEvent] {
        let gazetteer = EventGazetteer.shared
        // The parties' cues, read once and only for a text with a place that may have a namesake at
        // home: reading every word for cues costs more than the rest of placing events.
        var textCues: [[String]]?
        var places: [(codeCountry: String?, country: String?, name: String)]?
        return events.map { event in
            guard let country = event.countryCode, !event.countryInferred, event.admin1Written == nil,
                  let location = event.location else { return event }
            // The text's own word for the country: a name of it, of one of its regions, or another of its
            // places. Asked first, as it is the cheapest test and most texts name where they are.
            if places == nil {
                places = mentions.indices.filter { mentions[$0].type == .place }.map { k in
                    (mentions[k].code.map { String($0.prefix(2)) }, mentions[k].country, mentions[k].name)
                }
            }
            let named = places?.contains { $0.codeCountry == country || $0.country == country && $0.name != location.name } ?? false
            guard !named else { return event }
            let folded = NameKey.fold(location.name)
            guard !gazetteer.isCity(folded, in: country) else { return event }
            let towns = gazetteer.townsFolded(folded)
            let villages = !towns.isEmpty && towns.allSatisfy { $0.sizeClass <= Self.smallNamesakeClass }
            guard villages || towns.contains(where: { $0.region.prefix(2) != country }) else { return event }
            if textCues == nil { textCues = sentences.flatMap(cues(in:)) }
            guard let homeCountry = Self.home(textCues ?? [], among: Set(towns.map { String($0.region.prefix(2)) }), besides: country),
                  let centre = gazetteer.centre(of: homeCountry),
                  let abroad = towns.first(where: { $0.region.prefix(2) == country })?.point, abroad.kilometres(to: centre) > Self.namesakeReach
            else { return event }
            let own = towns.first { $0.region.hasPrefix(homeCountry + "-") }
            guard own != nil || villages else { return event }
            var event = event
            event.countryCode = homeCountry
            event.admin1Code = own?.region
            // No place of the name at home: the country is told by who acts, and the map has no point for it.
            if own == nil {
                event.countryInferred = true
                event.confidence *= Self.inferredShare
            }
            return event
        }
    }

    /// The parties' country for a place whose towns lie in `countries`: the one country the cues
    /// agree on (`decide`), or, where they are shared (`Al-Shabaab`: Somalia and Kenya), the one of
    /// the countries every cue can mean that has a town of the name. Never `besides`, the country
    /// the place was found in.
    static func home(_ cues: [[String]], among countries: Set<String>, besides: String) -> String? {
        if let decided = decide(cues) { return decided == besides ? nil : decided }
        guard let first = cues.first else { return nil }
        let common = cues.dropFirst().reduce(Set(first)) { $0.intersection($1) }
        let withTown = common.intersection(countries).subtracting([besides])
        return withTown.count == 1 && !common.contains(besides) ? withTown.first : nil
    }
}
