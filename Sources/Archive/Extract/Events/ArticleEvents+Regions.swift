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
