/// One article with everything the archive knows of it: export columns, body and file copies.
public struct ArticleDetail: Sendable {
    public let columns: [String]
    public let values: [Value]
    public let body: String
    public let copies: [String]
    /// The tags as stored, a list (the `tags` column joins them for text).
    public var tags: [String] = []
    /// The events it reports, as `EventQueries.columns` → value.
    public var events: [[String: Value]] = []

    /// Loads article `id`; throws `articleNotFound`.
    public static func load(id: Int64, from db: Connection, withEvents: Bool = false) throws -> ArticleDetail {
        let select = try db.prepare(Exporter.articleSelect() + " WHERE a.id = ?")
        try select.bind([.integer(id)])
        guard let row = try select.next() else { throw ArchiveError.articleNotFound(id: id) }
        let body = try db.scalar("SELECT body FROM articles WHERE id = ?", [.integer(id)])?.textValue ?? ""
        let files = try db.prepare("SELECT path FROM files WHERE article_id = ? ORDER BY id")
        try files.bind([.integer(id)])
        var copies: [String] = []
        try files.forEachRow { if let path = $0[0].textValue { copies.append(path) } }
        var detail = ArticleDetail(columns: Exporter.articleColumns, values: row, body: body, copies: copies)
        let tags = try db.prepare("SELECT value FROM articles AS a, json_each(a.tags) WHERE a.id = ?")
        try tags.bind([.integer(id)])
        try tags.forEachRow { if let tag = $0[0].textValue { detail.tags.append(tag) } }
        if withEvents { detail.events = try EventQueries.events(ofArticle: id, in: db) }
        return detail
    }

    /// One JSON object: the export columns (tags a list, as everywhere in JSON), then `body`, `copies` and `events`.
    public var json: String {
        var fields = zip(columns, values).map { column, value in
            JSONText.quote(column) + ": " + (column == "tags" ? Self.list(tags) : Self.json(value))
        }
        fields.append(JSONText.quote("body") + ": " + JSONText.quote(body))
        fields.append(JSONText.quote("copies") + ": " + Self.list(copies))
        let events = self.events.map { event in
            "{" + EventQueries.columns.map { JSONText.quote($0) + ": " + Self.json(event[$0] ?? .null) }.joined(separator: ", ") + "}"
        }
        fields.append(JSONText.quote("events") + ": [" + events.joined(separator: ",\n    ") + "]")
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }

    /// The article as a person reads it: a header of its metadata, then the body.
    public var text: String {
        var lines: [String] = []
        for (column, value) in zip(columns, values) {
            guard let text = value.textValue, !text.isEmpty else { continue }
            lines.append("\(column): \(text)")
        }
        for copy in copies.dropFirst() { lines.append("copy: \(copy)") }
        var text = lines.joined(separator: "\n") + "\n\n" + body + "\n"
        if !events.isEmpty {
            text += "\nevents:\n" + events.map(Self.eventLine).joined(separator: "\n") + "\n"
        }
        return text
    }

    private static func list(_ strings: [String]) -> String {
        "[" + strings.map(JSONText.quote).joined(separator: ", ") + "]"
    }

    private static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case let .integer(v): return String(v)
        case let .real(v): return v.isFinite ? String(v) : "null"
        case let .text(v): return JSONText.quote(v)
        case .blob: return JSONText.quote(value.textValue ?? "")
        }
    }

    /// `#7 2020-01-03 Air/drone strike — United States; Baghdad, Iraq`
    private static func eventLine(_ event: [String: Value]) -> String {
        func text(_ key: String) -> String? { event[key]?.textValue.flatMap { $0.isEmpty ? nil : $0 } }
        let what = text("kind").map { "\(text("sub_event_type") ?? "") (\($0))" } ?? text("sub_event_type") ?? ""
        let who = [text("actor1"), text("actor2").map { "→ " + $0 }, text("claimed_by").map { "claimed by " + $0 }].compactMap { $0 }
        let place = [text("location"), text("admin1"), text("country")].compactMap { $0 }
        var line = "  #\(text("event_id") ?? "") \(text("event_date") ?? "undated") \(what)"
        if !who.isEmpty { line += " — " + who.joined(separator: " ") }
        if !place.isEmpty { line += "; " + place.joined(separator: ", ") }
        return line
    }
}
