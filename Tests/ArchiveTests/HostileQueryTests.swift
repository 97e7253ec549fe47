import Foundation
import Testing
@testable import Archive

/// Every search and filter argument gives results or a clear message, never a crash or a change
/// to the archive; `archive sql` cannot write by any route.
@Suite("Hostile queries")
struct HostileQueryTests {
    let folder = TemporaryFolder()
    var db: String { folder.file("archive.sqlite").path }

    static let hostile = [
        "\"", "\"unbalanced phrase", "((", ")", "(convoy", "convoy)", "NEAR(", "NEAR(convoy attack, 2", "*", "* *", "-", "NOT",
        "OR", "AND OR NOT", "title:", ":", "^", "'; DROP TABLE articles; --", "\"; DELETE FROM files; --",
        "convoy' OR '1'='1", "%", "_", "\\", "{col}", "col:\"x\"", "\u{1}\u{2}\u{7f}\u{1b}[31m", "tab\there", "line\nbreak",
        "\u{202E}rtl\u{200B}", "🚚💥", "ﷺ", String(repeating: "(", count: 2_000), String(repeating: "a", count: 50_000),
        (1...10_000).map { "word\($0)" }.joined(separator: " "),
    ]

    /// The archive's bytes, after the writer has closed (and so checkpointed) it.
    private func checksum() throws -> String {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        return Fingerprint.sha256Hex(Array(bytes))
    }

    private func ingestSeeds() throws {
        _ = try Ingester(databasePath: db).ingest(try folder.copySeeds().path)
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"), "closing the writer checkpoints the log")
    }

    @Test("search, filters and entity lookups through the command line: a result or a message, archive unchanged")
    func commandLine() throws {
        try ingestSeeds()
        let before = try checksum()
        let cli = CLI(directory: folder.url)
        for text in Self.hostile {
            // The other arguments (--source, --facets, entity names) go through the same code in process below.
            for arguments in [["search", text], ["search", text, "--raw"], ["export", "articles", "--entity", text], ["entity", "show", text]] {
                let result = try cli.run(arguments + ["--db", db] + (arguments[0] == "entity" ? [] : ["--format", "csv"]))
                let label = "\(arguments.map { String($0.prefix(40)) })"
                // 64 is a usage error: an argument such as `-` read as an option, with the parser's message.
                #expect([0, 1, 64].contains(result.status), "\(label): status \(result.status), \(result.stderr.prefix(300))")
                if result.status != 0 {
                    #expect(result.stderr.hasPrefix("archive: ") || result.stderr.hasPrefix("Error: "), "\(label): \(result.stderr.prefix(300))")
                    #expect(!result.stderr.contains("database is locked") && !result.stderr.contains("Fatal error"), "\(label)")
                }
            }
        }
        #expect(try checksum() == before, "no search changed the archive")
    }

    @Test("the query parser and searcher in process, NUL included: results or invalidQuery, archive unchanged")
    func inProcess() throws {
        try ingestSeeds()
        let before = try checksum()
        let connection = try ArchiveDatabase.openForReading(at: db)
        for text in Self.hostile + ["\0", "convoy\0attack", "\"\0\"", "NEAR(\0"] {
            for raw in [false, true] {
                var request = SearchRequest(query: text)
                request.raw = raw
                let sink = try OutputSink.file(path: folder.file("out.csv").path)
                do {
                    try Searcher.search(request, in: connection, to: makeRowWriter(format: .csv, sink: sink))
                } catch let error as ArchiveError {
                    guard case .invalidQuery = error else {
                        Issue.record("\(text.prefix(40)) raw=\(raw): \(error)")
                        continue
                    }
                }
                try sink.close()
            }
            _ = try EntityQueries.entityIDs(named: text, in: connection)
            var filtered = SearchRequest(query: text)
            filtered.filter.sources = [text]
            let sink = try OutputSink.file(path: folder.file("facets.csv").path)
            do {
                try Searcher.facets(filtered, in: connection, to: makeRowWriter(format: .csv, sink: sink))
            } catch ArchiveError.invalidQuery {}
            try sink.close()
        }
        #expect(try checksum() == before)
    }

    @Test("archive sql cannot write: not by DML, DDL, ATTACH, pragmas, VACUUM INTO or a second statement",
          arguments: ["INSERT INTO articles (title, body) VALUES ('x', 'y')", "DELETE FROM files", "UPDATE articles SET title = 'x'",
                      "DROP TABLE articles", "CREATE TABLE evil (x)", "ALTER TABLE articles ADD COLUMN evil", "ATTACH DATABASE 'other.sqlite' AS other",
                      "PRAGMA writable_schema = 1", "PRAGMA journal_mode = DELETE", "PRAGMA user_version = 99", "VACUUM", "VACUUM INTO 'copy.sqlite'",
                      "REINDEX", "ANALYZE", "SELECT 1; DROP TABLE articles", "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')",
                      "WITH x AS (SELECT 1) DELETE FROM articles", "BEGIN IMMEDIATE", "SELECT load_extension('/tmp/x')"])
    func sqlCannotWrite(statement: String) throws {
        try ingestSeeds()
        let before = try checksum()
        let result = try CLI(directory: folder.url).run(["sql", statement, "--db", db])
        #expect(result.status == 1, "\(statement): \(result.stdout)")
        #expect(result.stderr.hasPrefix("archive: "), "\(result.stderr)")
        #expect(try checksum() == before)
        for other in ["other.sqlite", "copy.sqlite"] {
            #expect(!FileManager.default.fileExists(atPath: folder.file(other).path), "\(statement) made \(other)")
        }
    }
}
