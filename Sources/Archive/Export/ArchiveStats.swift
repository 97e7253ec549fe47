import Foundation

/// Figures that describe an archive as a whole, as `metric, value` rows.
public enum ArchiveStats {
    private static let figures: [(String, String)] = [
        ("articles", "SELECT count(*) FROM articles"),
        ("stories (originals)", "SELECT count(*) FROM articles WHERE duplicate_of IS NULL"),
        ("near-duplicates", "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        ("files", "SELECT count(*) FROM files"),
        ("identical copies", "SELECT count(*) FROM files WHERE status = 'copy'"),
        ("skipped files", "SELECT count(*) FROM files WHERE status = 'skipped'"),
        ("words", "SELECT coalesce(sum(words), 0) FROM articles"),
        ("sources", "SELECT count(DISTINCT source) FROM articles"),
        ("dated articles", "SELECT count(*) FROM articles WHERE published IS NOT NULL"),
        ("earliest date", "SELECT min(published) FROM articles"),
        ("latest date", "SELECT max(published) FROM articles"),
        ("ingest runs", "SELECT count(*) FROM ingest_runs"),
        ("last ingest", "SELECT max(coalesce(finished_at, started_at)) FROM ingest_runs"),
        ("schema version", "PRAGMA user_version"),
    ]

    /// Writes the figures, then the ten outlets with most articles as `source: NAME` rows.
    public static func write(from db: Connection, to writer: any RowWriter) throws {
        try writer.begin(columns: ["metric", "value"])
        for (name, sql) in figures {
            try writer.write([.text(name), try db.scalar(sql) ?? .null])
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: db.path)[.size] as? NSNumber)?.int64Value
        try writer.write([.text("file size (bytes)"), Value(size)])
        let sources = try db.prepare("""
            SELECT 'source: ' || source, count(*) FROM articles WHERE source IS NOT NULL
            GROUP BY source ORDER BY count(*) DESC, source LIMIT 10
            """)
        try sources.forEachRow { try writer.write($0) }
        try writer.finish()
    }
}
