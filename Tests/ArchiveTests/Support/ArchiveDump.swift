import Foundation
@testable import Archive

/// Everything an archive holds, as text to compare two archives: every table's rows (but the run
/// records, timestamps and run ids, which differ from run to run), and the hits of some searches.
enum ArchiveDump {
    static let searches = ["convoy", "\"Dhi Qar\"", "attack OR drone", "Kata*", "title:convoy -bridge"]

    static func dump(_ path: String) throws -> [String] {
        let db = try ArchiveDatabase.openForReading(at: path)
        var lines: [String] = []
        var tables: [String] = []
        try db.prepare("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%'
            AND name <> 'ingest_runs' ORDER BY name
            """).forEachRow { tables.append($0[0].textValue!) }
        for table in tables {
            var columns: [String] = []
            let info = try db.prepare("SELECT name FROM pragma_table_info(?)")
            try info.bind([.text(table)])
            try info.forEachRow { row in
                let name = row[0].textValue!
                if !name.hasSuffix("_at") && name != "run_id" { columns.append(name) }
            }
            // A table of run ids only (ingest_batch) is compared by its row count.
            let list = columns.isEmpty ? "count(*)" : columns.map { "\"\($0)\"" }.joined(separator: ", ")
            try db.prepare("SELECT \(list) FROM \"\(table)\"" + (columns.isEmpty ? "" : " ORDER BY \(list)")).forEachRow { row in
                lines.append(table + ": " + row.map { "\($0)" }.joined(separator: " | "))
            }
        }
        for query in searches {
            let statement = try db.prepare("""
                SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 8) FROM articles_fts WHERE articles_fts MATCH ?
                ORDER BY bm25(articles_fts, 10.0, 1.0), rowid
                """)
            try statement.bind([.text(try FTSQuery.parse(query).expression)])
            try statement.forEachRow { lines.append("search \(query): " + $0.map { "\($0)" }.joined(separator: " | ")) }
        }
        return lines
    }

    /// `PRAGMA integrity_check` and FTS5's own check; nil when both pass, else what they said.
    static func integrityProblem(_ path: String) throws -> String? {
        let db = try Connection(path: path)
        let check = try db.scalar("PRAGMA integrity_check")
        guard check == .text("ok") else { return "integrity_check: \(String(describing: check))" }
        do {
            try db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        } catch {
            return "FTS5 integrity-check: \(error)"
        }
        return nil
    }
}
