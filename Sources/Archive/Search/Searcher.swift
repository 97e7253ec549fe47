/// One search: the query, the filters and the page of hits wanted.
public struct SearchRequest: Sendable {
    public var query: String
    /// Pass the query to FTS5 as it is, with FTS5's own syntax and errors.
    public var raw = false
    public var filter = ArticleFilter()
    public var limit = 20
    public var offset = 0
    /// Marks put around the hits in the snippet.
    public var highlight = (open: "[", close: "]")

    public init(query: String) {
        self.query = query
    }
}

/// Runs full-text searches over the archive and streams the hits to a row writer.
public enum Searcher {
    /// The columns of a search result, in order.
    public static let columns = ["id", "rank", "title", "published", "source", "snippet", "path"]

    /// Writes the hits, best first; returns how many were written.
    @discardableResult
    public static func search(_ request: SearchRequest, in db: Connection, to writer: any RowWriter) throws -> Int {
        let query = request.raw ? FTSQuery.raw(request.query) : try FTSQuery.parse(request.query)
        // bm25 weighs a hit in the title ten times one in the body; its scores are tiny and
        // corpus-dependent, so the rank column is the hit's position instead.
        let statement = try db.prepare("""
            SELECT a.id, NULL AS rank, a.title, a.published, a.source,
                   snippet(articles_fts, 1, :open, :close, '…', 16) AS snippet,
                   (SELECT f.path FROM files AS f WHERE f.article_id = a.id ORDER BY f.id LIMIT 1) AS path
            FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH :match AND \(ArticleFilter.sqlCondition)
            ORDER BY bm25(articles_fts, 10.0, 1.0), a.id
            LIMIT :limit OFFSET :offset
            """)
        var parameters = request.filter.parameters
        parameters[":match"] = .text(query.expression)
        parameters[":open"] = .text(request.highlight.open)
        parameters[":close"] = .text(request.highlight.close)
        parameters[":limit"] = .integer(Int64(max(0, request.limit)))
        parameters[":offset"] = .integer(Int64(max(0, request.offset)))
        try statement.bind(parameters)
        // FTS5 reports a bad raw query on the first step: take it before any output is written.
        var row: [Value]?
        do {
            row = try statement.next()
        } catch let ArchiveError.sqlite(_, message, _) where request.raw {
            throw ArchiveError.invalidQuery(query: request.query, reason: "\(message); see FTS5's query syntax, or leave out --raw")
        }
        try writer.begin(columns: columns)
        var count = 0
        while var current = row {
            count += 1
            // The position among all hits, so page two goes on where page one stopped.
            current[1] = .integer(Int64(request.offset + count))
            try writer.write(current)
            row = try statement.next()
        }
        try writer.finish()
        return count
    }
}
