/// The last resort for an event's region: a region or a town of the event's country that the
/// sentence names outside any place phrase the chain reader follows (`a clash in the vicinity of
/// a village (Gaalkacyo, Mudug)`, `Kisumu based journalists protested`).
extension ArticleEvents {
    func regionFromMentions(_ event: inout ExtractedEvent, _ m: [SentenceMention], _ t: [EventToken]) {
        guard event.admin1Code == nil, let country = event.countryCode else { return }
        let places = m.compactMap { mention -> EventPlace? in
            guard let place = mention.place, !place.isCountry, !isCurrency(mention, t) else { return nil }
            return place
        }
        if let region = places.first(where: { $0.isRegion && $0.code?.hasPrefix(country + "-") == true }), let code = region.code {
            event.admin1Code = code
            event.admin1Written = WrittenRegion(code: code, name: region.name)
            if event.location == nil, gazetteer.hasTown(named: region.name, in: code) {
                event.location = EventParty(name: region.name, key: region.key, type: .place, start: region.start)
            }
            return
        }
        if let town = places.first(where: { !$0.isRegion && $0.country == country }), let region = gazetteer.region(of: town) {
            event.admin1Code = region
            if event.location == nil { event.location = EventParty(name: town.name, key: town.key, type: .place, start: town.start) }
        }
    }
}

/// The region of a short report told in one region: `Raiders torched houses. Police were sent to
/// Trans Nzoia county.` An event the text's places put only in a country takes the region when
/// every place the text names in that country lies in that one region.
extension ArticleEvents {
    func regionOfArticle(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        let wanted = Set(events.filter(Self.placedByCountryOnly).compactMap(\.countryCode))
        guard !wanted.isEmpty else { return events }
        // Country → the regions of its places; nil where one has no known region and may lie
        // anywhere. A country of two regions is settled, so its later places are not looked up.
        var regions: [String: Set<String>?] = [:]
        var written: [String: String] = [:]
        for m in mentions where m.type == .place {
            let place = EventPlace(name: m.name, key: m.key, code: m.code, country: m.country ?? m.code.map { String($0.prefix(2)) }, start: m.start)
            guard !place.isCountry, let country = place.country, wanted.contains(country) else { continue }
            if let known = regions[country], (known?.count ?? 2) > 1 { continue }
            guard let region = gazetteer.region(of: place) else { regions[country] = .some(nil); continue }
            regions[country, default: []]?.insert(region)
            if place.isRegion { written[region] = written[region] ?? place.name }
        }
        return events.map { event in
            guard Self.placedByCountryOnly(event), let country = event.countryCode, let found = regions[country] ?? nil,
                  found.count == 1, let region = found.first else { return event }
            var event = event
            event.admin1Code = region
            if let name = written[region] { event.admin1Written = WrittenRegion(code: region, name: name) }
            return event
        }
    }

    private static func placedByCountryOnly(_ event: ExtractedEvent) -> Bool {
        event.countryCode != nil && event.admin1Code == nil && event.location == nil && !event.countryInferred
    }
}
