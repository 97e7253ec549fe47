/// An event as the `events` table holds it: parties as entity ids.
struct StoredEvent {
    static let columns = """
        id, event_date, time_precision, event_type, sub_event_type, kind, actor1_id, actor2_id, claimed_by_id,
        country_code, country, admin1_code, admin1, location_id, fatalities
        """

    var date: PartialDate?
    var precision: String
    var subType: SubEventType
    var kind: EventKind?
    var actor1: Int64?
    var actor2: Int64?
    var claimedBy: Int64?
    var countryCode: String?
    var country: String?
    var admin1Code: String?
    var admin1: String?
    var location: Int64?
    var fatalities: Int?
    /// The extracted report's point and precision; not read back (merging does not compare them).
    var point: GeoPoint?
    var geoPrecision: Int?
    /// The extracted report's; not read back (the triggers keep the stored event's), so nil for a row.
    var confidence: Double?

    init(_ event: ExtractedEvent, entityIDs: [Int: Int64]) {
        date = event.date
        precision = event.timePrecision
        subType = event.subType
        kind = event.kind
        actor1 = event.actor1.flatMap { entityIDs[$0.start] }
        actor2 = event.actor2.flatMap { entityIDs[$0.start] }
        claimedBy = event.claimedBy.flatMap { entityIDs[$0.start] }
        countryCode = event.countryCode
        country = event.country
        admin1Code = event.admin1Code
        admin1 = event.admin1
        location = event.location.flatMap { entityIDs[$0.start] }
        fatalities = event.fatalities
        point = event.point
        geoPrecision = event.geoPrecision
        confidence = event.confidence
    }

    /// From a row selected with `columns`.
    init(row: [Value]) {
        func int(_ i: Int) -> Int64? { if case let .integer(v) = row[i] { return v }; return nil }
        date = row[1].textValue.flatMap { PartialDate(iso: $0) }
        precision = row[2].textValue ?? "unknown"
        subType = SubEventType(rawValue: row[4].textValue ?? "") ?? .other
        kind = row[5].textValue.flatMap(EventKind.init(rawValue:))
        actor1 = int(6)
        actor2 = int(7)
        claimedBy = int(8)
        countryCode = row[9].textValue
        country = row[10].textValue
        admin1Code = row[11].textValue
        admin1 = row[12].textValue
        location = int(13)
        fatalities = int(14).map { Int($0) }
    }

    var facts: EventMerging.Facts {
        EventMerging.Facts(subType: subType, kind: kind, date: date, countryCode: countryCode, admin1Code: admin1Code,
                           locationKey: location.map { String($0) }, actor1Key: actor1.map { String($0) }, actor2Key: actor2.map { String($0) })
    }

    /// Bound in the order of `EventStore`'s insert.
    var values: [Value] {
        [Value(date?.description), .text(precision), .text(subType.eventType.rawValue), .text(subType.rawValue), Value(kind?.rawValue),
         Value(actor1), Value(actor2), Value(claimedBy), Value(countryCode), Value(country), Value(admin1Code), Value(admin1),
         Value(location), Value(fatalities), confidence.map(Value.real) ?? .null, point.map { .real($0.latitude) } ?? .null,
         point.map { .real($0.longitude) } ?? .null, Value(geoPrecision.map(Int64.init))]
    }
}
