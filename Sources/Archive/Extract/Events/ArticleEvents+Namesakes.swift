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
    mutating func nearestNamesake(_ event: inout ExtractedEvent, _ chains: [PlaceChain], _ m: [SentenceMention]) {
        guard event.admin1Written == nil, let location = event.location, let country = event.countryCode,
              let region = event.admin1Code, !event.countryInferred else { return }
        let memo = location.name + "|" + region
        guard !namesakeless.contains(memo) else { return }
        let folded = NameKey.fold(location.name)
        // A city of admin1.tsv first: the cheaper look-up, and most places events are told in.
        guard !gazetteer.isCity(folded, in: country) else { namesakeless.insert(memo); return }
        let prefix = country + "-"
        let towns = gazetteer.townsSpelledLike(folded).filter { $0.region.hasPrefix(prefix) && $0.point != nil }
        guard let largest = towns.first, largest.region == region,
              towns.contains(where: { $0.region != region }) else { namesakeless.insert(memo); return }
        // Each source of regions in turn; among the namesakes in its regions, the most populous, and of
        // namesakes alike in size (villages the table has no population for) the one in the region the
        // source gives first.
        let pick = { (regions: [String]) -> String? in
            guard let size = towns.first(where: { regions.contains($0.region) })?.sizeClass else { return nil }
            return regions.first { region in towns.contains { $0.region == region && $0.sizeClass == size } }
        }
        // A town of 10,000 people is what a reader takes the name for, whatever places the text names
        // beside it; but a party that works only in a few regions (monitors on a line of contact) is
        // where its reports are, and a village of the name there is the place they mean.
        guard largest.sizeClass < Self.namesakeTownClass else {
            if textPartyRegions == nil { textPartyRegions = sentences.flatMap { ActorCountries.shared.regions(in: $0) } }
            if let found = pick(textPartyRegions!) { event.admin1Code = found } else { namesakeless.insert(memo) }
            return
        }
        let other = { (start: Int) in start != location.start }
        // The sentence's other places: the levels of its chains and its place mentions.
        var sentenceRegions = chains.flatMap(\.levels).filter { other($0.start) }.compactMap { oneRegion(of: $0.name, in: country) }
        sentenceRegions += m.compactMap { x in other(x.mention.start) ? regionOf(x.mention) : nil }
        if let found = pick(sentenceRegions) ?? pick(events.compactMap { $0.countryCode == country ? $0.admin1Code : nil }) {
            event.admin1Code = found
            return
        }
        // The text's own regions, read once: the place itself is among its mentions, but a name
        // several regions share gives none.
        if textPlaceRegions == nil {
            // A place is named many times in a text: each name and code is looked up once.
            var seen = Set<String>()
            textPlaceRegions = mentions.compactMap {
                $0.type == .place && seen.insert($0.name + "|" + ($0.code ?? $0.country ?? "")).inserted ? regionOf($0) : nil
            }
        }
        if let found = pick(textPlaceRegions!) { event.admin1Code = found; return }
        // The parties' regions cost a dictionary look-up of every capitalised word of the text.
        if textPartyRegions == nil { textPartyRegions = sentences.flatMap { ActorCountries.shared.regions(in: $0) } }
        if let found = pick(textPartyRegions!) { event.admin1Code = found }
    }

    /// The region of a place mention: a region's own code, or the one region of the mention's country
    /// that holds every town of the name there.
    private func regionOf(_ mention: EntityMention) -> String? {
        guard mention.type == .place else { return nil }
        if let code = mention.code { return code.utf8.contains(0x2D) ? code : nil } // `-`: a region's code, not a country's
        return mention.country.flatMap { oneRegion(of: mention.name, in: $0) }
    }

    /// The region of the country that every town of the name lies in; nil when none or several do.
    private func oneRegion(of name: String, in country: String) -> String? {
        let folded = NameKey.fold(name)
        if let code = gazetteer.region(named: folded, in: country, loose: false) { return code }
        let prefix = country + "-"
        let regions = gazetteer.townsSpelledLike(folded).lazy.map(\.region).filter { $0.hasPrefix(prefix) }
        guard let first = regions.first, regions.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
