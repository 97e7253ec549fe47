/// The tables and views of an archive with their columns, read from the file itself (so an archive
/// another program added tables to shows them too), as `archive schema` writes them.
public enum SchemaListing {
    public static let columns = ["name", "kind", "column", "type"]

    /// Tables, virtual tables and views, but not SQLite's own tables nor the shadow tables behind
    /// a virtual table (`articles_fts_data`), which no one queries.
    static let objects = """
        SELECT s.name, CASE WHEN s.sql LIKE 'CREATE VIRTUAL TABLE%' THEN 'virtual table' ELSE s.type END
        FROM sqlite_schema AS s
        WHERE s.type IN ('table', 'view') AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
          AND NOT EXISTS (SELECT 1 FROM sqlite_schema AS v
                          WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND s.name LIKE v.name || '\\_%' ESCAPE '\\')
        ORDER BY s.type, s.name
        """

    /// One row per column: the object's name and kind, the column's name and declared type.
    @discardableResult
    public static func write(from db: Connection, to writer: any RowWriter) throws -> Int {
        var found: [(name: String, kind: String)] = []
        try db.prepare(objects).forEachRow { row in
            if let name = row[0].textValue, let kind = row[1].textValue { found.append((name, kind)) }
        }
        let columns = try db.prepare("SELECT name, type FROM pragma_table_info(?) ORDER BY cid")
        try writer.begin(columns: Self.columns)
        var count = 0
        for object in found {
            try columns.bind([.text(object.name)])
            try columns.forEachRow { row in
                try writer.write([.text(object.name), .text(object.kind), row[0], row[1]])
                count += 1
            }
        }
        try writer.finish()
        return count
    }
}
