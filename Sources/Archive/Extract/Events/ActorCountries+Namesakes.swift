/// A place whose name towns of several countries bear, in a text whose parties belong to one of
/// them: `Jubilee supporters and police clashed in Eastleigh` is Nairobi's Eastleigh, though a South
/// African town of the name is larger; `ODM youths blocked the road at Kwanza` is Kenya's Kwanza,
/// not Angola's river province. Who acts says which country the text is about when its places do not.
extension ActorCountries {
    /// How far the namesake chosen must lie from the parties' country for them to outweigh it: a
    /// party fights near its borders (`Houthis fired at Jizan` is Saudi Arabia's Jizan), not a
    /// continent away.
    static let namesakeReach = 1_000.0

    /// The events placed in a town of another country than the one the text's parties agree on,
    /// placed in that country's town of the name instead, when the text names neither that country
    /// nor another of its places, the town is no city of it, and it lies farther than `namesakeReach`
    /// from the parties' country. Events in order; mentions those the event reader read.
    func namesakesAtHome(_ events: [ExtractedEvent], _ sentences: [EventSentence], mentions: [EntityMention]) -> [ExtractedEvent] {
        let gazetteer = EventGazetteer.shared
        // The parties' country, read once and only for a text with a place that has namesakes abroad:
        // reading every word for cues costs more than the rest of placing events.
        var home: (country: String, centre: GeoPoint)??
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
            guard towns.contains(where: { $0.region.prefix(2) != country }) else { return event }
            if home == nil {
                home = Self.decide(sentences.flatMap(cues(in:))).flatMap { code in gazetteer.centre(of: code).map { (code, $0) } }
            }
            guard let (homeCountry, centre) = home ?? nil, homeCountry != country,
                  let abroad = towns.first(where: { $0.region.prefix(2) == country })?.point, abroad.kilometres(to: centre) > Self.namesakeReach,
                  let own = towns.first(where: { $0.region.hasPrefix(homeCountry + "-") }) else { return event }
            var event = event
            event.countryCode = homeCountry
            event.admin1Code = own.region
            return event
        }
    }
}
