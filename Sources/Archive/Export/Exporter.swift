/// Streams tables of the archive out as rows: articles, one article, statistics, any read-only query.
public enum Exporter {
    /// The columns of `archive export articles`, in order.
    public static let articleColumns = ["id", "title", "published", "date_precision", "source", "byline", "url", "path",
                                        "words", "duplicate_of", "tags"]

    /// The export's columns; `tags` is the stored JSON array for JSON output (a list there, as in
    /// `archive show` and `archive extract`), joined with `; ` for CSV and tables.
    static func articleSelect(tagsAsJSON: Bool = false) -> String {
        """
        SELECT a.id, a.title, a.published, a.date_precision, a.source, a.byline, a.url,
               (SELECT f.path FROM files AS f WHERE f.article_id = a.id ORDER BY f.id LIMIT 1) AS path,
               a.words, a.duplicate_of,
               \(tagsAsJSON ? "a.tags" : "(SELECT group_concat(value, '; ') FROM json_each(a.tags))") AS tags
        FROM articles AS a
        """
    }

    /// Writes every article that passes the filter, by id, one row at a time.
    @discardableResult
    public static func exportArticles(from db: Connection, filter: ArticleFilter = ArticleFilter(allCopies: true),
                                      to writer: any RowWriter) throws -> Int {
        let json = writer as? JSONWriter
        json?.embedsJSON(in: ["tags"])
        let select = articleSelect(tagsAsJSON: json != nil)
        let statement = try db.prepare(select + " WHERE " + ArticleFilter.sqlCondition + " ORDER BY a.id")
        try statement.bind(filter.parameters)
        return try stream(statement, columns: articleColumns, to: writer)
    }

    /// Runs one read-only statement given by the user and writes its rows.
    @discardableResult
    public static func runQuery(_ sql: String, in db: Connection, to writer: any RowWriter) throws -> Int {
        let statement = try UserStatement.prepare(sql, on: db)
        return try UserStatement.explainingRefusals(sql, on: db) {
            try stream(statement, columns: statement.columnNames, to: writer)
        }
    }

    static func stream(_ statement: Statement, columns: [String], to writer: any RowWriter) throws -> Int {
        try writer.begin(columns: columns)
        var count = 0
        try statement.forEachRow { row in
            try writer.write(row)
            count += 1
        }
        try writer.finish()
        return count
    }
}
