/// One article with everything the archive knows of it: export columns, body and file copies.
public struct ArticleDetail: Sendable {
    public let columns: [String]
    public let values: [Value]
    public let body: String
    public let copies: [String]

    /// Loads article `id`; throws `articleNotFound`.
    public static func load(id: Int64, from db: Connection) throws -> ArticleDetail {
        let select = try db.prepare(Exporter.articleSelect + " WHERE a.id = ?")
        try select.bind([.integer(id)])
        guard let row = try select.next() else { throw ArchiveError.articleNotFound(id: id) }
        let body = try db.scalar("SELECT body FROM articles WHERE id = ?", [.integer(id)])?.textValue ?? ""
        let files = try db.prepare("SELECT path FROM files WHERE article_id = ? ORDER BY id")
        try files.bind([.integer(id)])
        var copies: [String] = []
        try files.forEachRow { if let path = $0[0].textValue { copies.append(path) } }
        return ArticleDetail(columns: Exporter.articleColumns, values: row, body: body, copies: copies)
    }

    /// One JSON object: the export columns, then `body` and `copies`.
    public var json: String {
        var fields = zip(columns, values).map { column, value in
            JSONText.quote(column) + ": " + Self.json(value)
        }
        fields.append(JSONText.quote("body") + ": " + JSONText.quote(body))
        fields.append(JSONText.quote("copies") + ": [" + copies.map(JSONText.quote).joined(separator: ", ") + "]")
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
        return lines.joined(separator: "\n") + "\n\n" + body + "\n"
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
}
