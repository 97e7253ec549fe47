/// Reading the map's events from the archive, and the title that says which they are.
extension EventMap {
    /// The events that pass `filter` and have coordinates, with how many others pass it but have none.
    public static func load(_ filter: EventFilter, sizeBy: SizeBy = .reports, title: String? = nil, width: Double = 1200,
                            in db: Connection) throws -> EventMap {
        let statement = try db.prepare("""
            SELECT e.id, e.latitude, e.longitude, e.geo_precision, e.event_type, e.sub_event_type, e.event_date, loc.name,
                   (SELECT count(*) FROM event_reports AS r WHERE r.event_id = e.id), e.fatalities
            FROM events AS e LEFT JOIN entities AS loc ON loc.id = e.location_id
            WHERE
            """ + " " + EventFilter.sqlCondition + " ORDER BY e.id LIMIT ?10")
        try statement.bind(filter.bindings())
        var events: [Event] = []
        var unlocated = 0
        try statement.forEachRow { row in
            guard let id = row[0].integerValue, let latitude = row[1].degrees, let longitude = row[2].degrees,
                  (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                unlocated += 1
                return
            }
            events.append(Event(
                id: id, coordinate: GeoPoint(latitude: latitude, longitude: longitude), precision: row[3].integerValue.map(Int.init),
                type: EventType(rawValue: row[4].textValue ?? "") ?? .strategicDevelopments, subType: row[5].textValue ?? "",
                date: row[6].textValue.flatMap { PartialDate(iso: $0) }, location: row[7].textValue,
                reports: Int(row[8].integerValue ?? 1), fatalities: row[9].integerValue.map(Int.init)))
        }
        return EventMap(events: events, unlocated: unlocated, sizeBy: sizeBy, title: title ?? defaultTitle(filter), width: width)
    }

    /// `Events`, then each filter in words: `Events: explosions, in Iraq, 2021-06 to 2021-12`.
    /// `actors` and `query` are the names and words as the user typed them (the filter holds ids and FTS5 syntax).
    public static func defaultTitle(_ filter: EventFilter, actors: [String] = [], query: String? = nil) -> String {
        var parts: [String] = []
        if let type = filter.eventType { parts.append(label(ofType: type)) }
        if let subType = filter.subType { parts.append(subType) }
        let places = [filter.admin1.map { placeName($0, regions: true) }, filter.country.map { placeName($0, regions: false) }].compactMap { $0 }
        if !places.isEmpty { parts.append("in " + places.joined(separator: ", ")) }
        if !actors.isEmpty { parts.append("involving " + actors.joined(separator: " and ")) }
        if let query { parts.append("reported in articles matching \u{201C}\(query)\u{201D}") }
        switch (filter.since, filter.until) {
        case let (since?, until?): parts.append("\(since) to \(until)")
        case let (since?, nil): parts.append("since \(since)")
        case let (nil, until?): parts.append("until \(until)")
        case (nil, nil): break
        }
        if let confidence = filter.minConfidence { parts.append("confidence \u{2265} \(confidence)") }
        return parts.isEmpty ? "Events" : "Events: " + parts.joined(separator: ", ")
    }

    /// ACLED's label when the text names one type (`explosions` → `Explosions/Remote violence`).
    private static func label(ofType text: String) -> String {
        let matches = EventType.allCases.filter { $0.rawValue.lowercased().contains(text.lowercased()) }
        return matches.count == 1 ? matches[0].rawValue : text
    }

    /// The gazetteer's name when the text means one place (`IQ-BB` → `Babil`), else the text.
    private static func placeName(_ text: String, regions: Bool) -> String {
        let codes = EventGazetteer.shared.codes(matching: text, regions: regions)
        guard codes.count == 1, let name = EventGazetteer.shared.names[codes[0]] else { return text }
        return name
    }
}

extension Value {
    /// A stored coordinate: a real, or an integer when a whole degree was stored.
    var degrees: Double? {
        switch self {
        case let .real(v): return v.isFinite ? v : nil
        case let .integer(v): return Double(v)
        default: return nil
        }
    }
}
