/// Reading events back: the listing and export (one row per event, ACLED's columns with the
/// articles that report it), an article's events, and counts per period for a timeline.
public enum EventQueries {
    /// The columns of `archive events` and `archive export events`, in order.
    public static let columns = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "kind", "confidence",
                                 "actor1", "actor2", "claimed_by", "country", "admin1", "location", "latitude", "longitude",
                                 "geo_precision", "fatalities", "notes", "sources", "articles"]

    static let select = """
        SELECT e.id, e.event_date, e.time_precision, e.event_type, e.sub_event_type, e.kind, round(e.confidence, 2),
               a1.name, a2.name, cb.name, e.country, e.admin1, loc.name, e.latitude, e.longitude, e.geo_precision, e.fatalities,
               -- notes: the sentence of the first report, read from the body (it is not stored twice)
               (SELECT substr(a.body, r.start + 1, r."end" - r.start) FROM event_reports r JOIN articles a ON a.id = r.article_id
                WHERE r.event_id = e.id ORDER BY r.article_id LIMIT 1),
               (SELECT group_concat(source, '; ') FROM (SELECT DISTINCT a.source FROM event_reports r JOIN articles a ON a.id = r.article_id
                                                     WHERE r.event_id = e.id AND a.source IS NOT NULL ORDER BY a.source)),
               (SELECT group_concat(article_id, '; ') FROM (SELECT r.article_id FROM event_reports r WHERE r.event_id = e.id ORDER BY r.article_id))
        FROM events AS e
        LEFT JOIN entities AS a1 ON a1.id = e.actor1_id
        LEFT JOIN entities AS a2 ON a2.id = e.actor2_id
        LEFT JOIN entities AS cb ON cb.id = e.claimed_by_id
        LEFT JOIN entities AS loc ON loc.id = e.location_id
        """

    /// Writes the events that pass `filter`, newest first (undated last); `limit` 0 means all.
    @discardableResult
    public static func list(_ filter: EventFilter = EventFilter(), limit: Int = 0, in db: Connection, to writer: any RowWriter) throws -> Int {
        let statement = try db.prepare(select + " WHERE " + EventFilter.sqlCondition
            + " ORDER BY e.event_date IS NULL, e.event_date DESC, e.id LIMIT ?10")
        try statement.bind(filter.bindings(limit: limit > 0 ? Int64(limit) : -1))
        return try Exporter.stream(statement, columns: columns, to: writer)
    }

    /// Every event in id order, for `archive export events`.
    @discardableResult
    public static func export(_ filter: EventFilter = EventFilter(), from db: Connection, to writer: any RowWriter) throws -> Int {
        let statement = try db.prepare(select + " WHERE " + EventFilter.sqlCondition + " ORDER BY e.id LIMIT ?10")
        try statement.bind(filter.bindings())
        return try Exporter.stream(statement, columns: columns, to: writer)
    }

    /// The events article `id` reports, in the order of their sentences.
    public static func events(ofArticle id: Int64, in db: Connection) throws -> [[String: Value]] {
        let statement = try db.prepare(select + """
             JOIN event_reports AS rep ON rep.event_id = e.id WHERE rep.article_id = ? ORDER BY rep.start, e.id
            """)
        try statement.bind([.integer(id)])
        var rows: [[String: Value]] = []
        try statement.forEachRow { row in rows.append(Dictionary(uniqueKeysWithValues: zip(columns, row))) }
        return rows
    }

    /// Date and type of each dated event that passes `filter`, for the timeline.
    static func datedTypes(_ filter: EventFilter, in db: Connection) throws -> (events: [(PartialDate, EventType)], undated: Int) {
        let statement = try db.prepare("SELECT e.event_date, e.event_type FROM events AS e WHERE " + EventFilter.sqlCondition + " LIMIT ?10")
        try statement.bind(filter.bindings())
        var out: [(PartialDate, EventType)] = []
        var undated = 0
        try statement.forEachRow { row in
            guard let date = row[0].textValue.flatMap({ PartialDate(iso: $0) }) else { undated += 1; return }
            out.append((date, EventType(rawValue: row[1].textValue ?? "") ?? .strategicDevelopments))
        }
        return (out, undated)
    }
}
