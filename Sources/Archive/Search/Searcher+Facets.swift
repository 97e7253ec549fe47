/// The entities most named among a search's hits: what a result set is about, at a glance.
extension Searcher {
    /// The columns of `archive search --facets`.
    public static let facetColumns = ["type", "name", "articles"]

    /// Writes the `perType` entities of each type named in most hits (all hits, not one page).
    @discardableResult
    public static func facets(_ request: SearchRequest, perType: Int = 10, in db: Connection, to writer: any RowWriter) throws -> Int {
        let query = try query(of: request, in: db)
        let statement = try db.prepare("""
            WITH hits AS (
                SELECT a.id FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH :match AND \(ArticleFilter.sqlCondition) \(exactCondition(query))),
            counts AS (
                SELECT e.type, e.name, count(DISTINCT m.article_id) AS articles
                FROM mention_spans AS m JOIN entities AS e ON e.id = m.entity_id
                WHERE m.article_id IN (SELECT id FROM hits) GROUP BY e.id),
            ranked AS (
                SELECT type, name, articles, row_number() OVER (PARTITION BY type ORDER BY articles DESC, name) AS position
                FROM counts)
            SELECT type, name, articles FROM ranked WHERE position <= :per_type ORDER BY type, position
            """)
        var parameters = request.filter.parameters
        parameters[":match"] = .text(query.expression)
        parameters[":per_type"] = .integer(Int64(max(0, perType)))
        try statement.bind(parameters)
        return try Exporter.stream(statement, columns: facetColumns, to: writer)
    }
}
