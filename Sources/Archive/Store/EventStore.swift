/// Events and their reports: what the writer stores for each article's event coding. A report
/// joins the event it agrees with (same kind of event, dates within a day, same place or one
/// inside the other, no contradicting actors); an undated report joins only the events of a
/// copy of the same story. An event's confidence is its reports' highest, kept by the schema's triggers.
struct EventStore {
    let store: ArticleStore

    /// Replaces the article's reports with `events`; `entityIDs` maps a mention's start offset to
    /// its stored (corrected) entity.
    func replaceEvents(articleID: Int64, _ events: [ExtractedEvent], entityIDs: [Int: Int64]) throws {
        try store.run("DELETE FROM event_reports WHERE article_id = ?", [.integer(articleID)])
        guard !events.isEmpty else { return }
        let copies = try copiesOfStory(articleID)
        for event in events {
            let row = StoredEvent(event, entityIDs: entityIDs)
            let id: Int64
            if let (found, stored) = try matchingEvent(row, copies: copies) {
                id = found
                if row.subType.specificity > stored.subType.specificity {
                    try store.run("UPDATE events SET event_type = ?, sub_event_type = ? WHERE id = ?",
                                  [.text(row.subType.eventType.rawValue), .text(row.subType.rawValue), .integer(id)])
                }
            } else {
                id = try insert(row)
            }
            try fill(id, with: row)
            // Two reports of one event in an article: the first sentence stays the evidence, the
            // surer one gives the confidence (the triggers pass it on to the event).
            try store.run("""
                INSERT INTO event_reports (event_id, article_id, start, "end", confidence) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (event_id, article_id) DO UPDATE SET confidence = max(coalesce(confidence, ?5), ?5)
                """, [.integer(id), .integer(articleID), .integer(Int64(event.start)), .integer(Int64(event.end)), .real(event.confidence)])
        }
    }

    /// The article and the articles it is a near-duplicate of, or that are near-duplicates of it.
    private func copiesOfStory(_ articleID: Int64) throws -> [Int64] {
        let select = try store.statement("""
            SELECT duplicate_of FROM articles WHERE id = ?1 AND duplicate_of IS NOT NULL
            UNION SELECT id FROM articles WHERE duplicate_of = ?1
            """)
        try select.bind([.integer(articleID)])
        var ids: [Int64] = []
        while let row = try select.next() { if case let .integer(id) = row[0] { ids.append(id) } }
        return ids
    }

    private func matchingEvent(_ row: StoredEvent, copies: [Int64]) throws -> (Int64, StoredEvent)? {
        let candidates: Statement
        if let day = row.date?.dayNumber {
            candidates = try store.statement("SELECT \(StoredEvent.columns) FROM events WHERE event_date BETWEEN ? AND ? ORDER BY id")
            try candidates.bind([.text(DayNumber.date(day - 1)!.description), .text(DayNumber.date(day + 1)!.description)])
        } else if let date = row.date {
            candidates = try store.statement("SELECT \(StoredEvent.columns) FROM events WHERE event_date = ? ORDER BY id")
            try candidates.bind([.text(date.description)])
        } else {
            guard !copies.isEmpty else { return nil }
            candidates = try store.statement("""
                SELECT \(StoredEvent.columns) FROM events WHERE event_date IS NULL AND id IN
                    (SELECT event_id FROM event_reports WHERE article_id IN (SELECT value FROM json_each(?))) ORDER BY id
                """)
            try candidates.bind([.text("[" + copies.map(String.init).joined(separator: ",") + "]")])
        }
        defer { try? candidates.bind([]) }
        while let values = try candidates.next() {
            let found = StoredEvent(row: values)
            if EventMerging.compatible(found.facts, row.facts, undatedMatch: row.date == nil), case let .integer(id) = values[0] {
                return (id, found)
            }
        }
        return nil
    }

    private func insert(_ row: StoredEvent) throws -> Int64 {
        let insert = try store.statement("""
            INSERT INTO events (event_date, time_precision, event_type, sub_event_type, kind, actor1_id, actor2_id, claimed_by_id,
                                country_code, country, admin1_code, admin1, location_id, fatalities, confidence,
                                latitude, longitude, geo_precision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """)
        try insert.bind(row.values)
        guard case let .integer(id)? = try insert.next()?.first else {
            throw ArchiveError.sqlite(code: 0, message: "no id returned for a new event", sql: insert.sql)
        }
        try insert.bind([])
        return id
    }

    /// Whether the report's point (?13) replaces the stored one: the event has none, or it has no
    /// place yet and the report names one (?10); the right-hand sides see the row before the update.
    private static let takesPoint = "?13 IS NOT NULL AND (latitude IS NULL OR (location_id IS NULL AND ?10 IS NOT NULL))"

    /// A later report fills what the first left empty; it never overwrites. The point goes with
    /// the place: a report that gives the first place the event has gives its point too.
    private func fill(_ id: Int64, with row: StoredEvent) throws {
        try store.run("""
            UPDATE events SET event_date = coalesce(event_date, ?1), time_precision = CASE WHEN event_date IS NULL THEN ?2 ELSE time_precision END,
                   actor1_id = coalesce(actor1_id, ?3), actor2_id = coalesce(actor2_id, ?4), claimed_by_id = coalesce(claimed_by_id, ?5),
                   country_code = coalesce(country_code, ?6), country = coalesce(country, ?7),
                   admin1_code = coalesce(admin1_code, ?8), admin1 = coalesce(admin1, ?9),
                   location_id = coalesce(location_id, ?10), fatalities = max(coalesce(fatalities, ?11), coalesce(?11, fatalities)),
                   latitude = CASE WHEN \(Self.takesPoint) THEN ?13 ELSE latitude END,
                   longitude = CASE WHEN \(Self.takesPoint) THEN ?14 ELSE longitude END,
                   geo_precision = CASE WHEN \(Self.takesPoint) THEN ?15 ELSE geo_precision END
            WHERE id = ?12
            """, [Value(row.date?.description), .text(row.precision), Value(row.actor1), Value(row.actor2), Value(row.claimedBy),
                  Value(row.countryCode), Value(row.country), Value(row.admin1Code), Value(row.admin1), Value(row.location),
                  Value(row.fatalities.map(Int64.init)), .integer(id), row.point.map { .real($0.latitude) } ?? .null,
                  row.point.map { .real($0.longitude) } ?? .null, Value(row.geoPrecision.map(Int64.init))])
    }
}
