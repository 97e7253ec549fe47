/// A village whose name several regions of its country share (Ukraine has a Berezivka in twenty
/// oblasts): where nothing in its chain names the region, the namesake a reader would take is the
/// one in the region the text is about, not the most populous of the name.
extension ArticleEvents {
    /// Towns of this size or more (digits of the population: 10,000 people) are what a reader takes
    /// the name for wherever the text is: a region's other namesakes do not displace them.
    static let namesakeTownClass: UInt8 = 5

    /// Gives the event the namesake of its location in the region the text points to: that of the
    /// sentence's other places, then of the text's earlier events, then a region the text names or
    /// the region of a town it names that one region holds, then the region the text's parties work
    /// in (`ActorCountries`). Only where the region came from the location's own largest namesake.
    func nearestNamesake(_ event: inout ExtractedEvent, _ sentence: EventSentence, _ chains: [PlaceChain], _ m: [SentenceMention]) {
        guard event.admin1Written == nil, let location = event.location, let country = event.countryCode,
              let region = event.admin1Code, !event.countryInferred else { return }
        let folded = NameKey.fold(location.name)
        let towns = gazetteer.townsSpelledLike(folded).filter { $0.region.hasPrefix(country + "-") && $0.point != nil }
        guard let largest = towns.first, largest.region == region, largest.sizeClass < Self.namesakeTownClass,
              towns.contains(where: { $0.region != region }), !gazetteer.isCity(folded, in: country) else { return }
        let other = { (start: Int) in start != location.start }
        // Each source of regions in turn; among the namesakes in its regions, the most populous.
        let pick = { (regions: [String]) -> String? in towns.first { regions.contains($0.region) }?.region }
        // The sentence's other places: the levels of its chains and its place mentions.
        var sentenceRegions = chains.flatMap(\.levels).filter { other($0.start) }.compactMap { oneRegion(of: $0.name, in: country) }
        sentenceRegions += m.compactMap { x in other(x.mention.start) ? regionOf(x.mention, in: country) : nil }
        let earlier = events.compactMap { $0.countryCode == country ? $0.admin1Code : nil }
        if let found = pick(sentenceRegions) ?? pick(earlier)
            ?? pick(mentions.filter { $0.type == .place && other($0.start) }.compactMap { regionOf($0, in: country) })
            ?? pick(sentences.flatMap { ActorCountries.shared.regions(in: $0) }) {
            event.admin1Code = found
        }
    }

    /// The region of a place mention in the country: a region's own code, or the one region that
    /// holds every town of the name there.
    private func regionOf(_ mention: EntityMention, in country: String) -> String? {
        guard mention.type == .place else { return nil }
        if let code = mention.code { return code.hasPrefix(country + "-") ? code : nil }
        return oneRegion(of: mention.name, in: country)
    }

    /// The region of the country that every town of the name lies in; nil when none or several do.
    private func oneRegion(of name: String, in country: String) -> String? {
        let folded = NameKey.fold(name)
        if let code = gazetteer.region(named: folded, in: country, loose: false) { return code }
        let regions = gazetteer.townsSpelledLike(folded).lazy.map(\.region).filter { $0.hasPrefix(country + "-") }
        guard let first = regions.first, regions.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
