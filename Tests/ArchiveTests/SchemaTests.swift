import Foundation
import Testing
@testable import Archive

@Suite("Archive file")
struct SchemaTests {
    let folder = TemporaryFolder()

    @Test("a new archive gets the schema, its version, WAL and foreign keys")
    func newArchive() throws {
        let db = try ArchiveDatabase.openForWriting(at: folder.file("a.sqlite").path)
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(Schema.version >= 1)
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'articles_fts'") == .integer(1))
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
    }

    @Test("an archive from a newer version is refused with a clear message")
    func newerRefused() throws {
        let path = folder.file("new.sqlite").path
        _ = try ArchiveDatabase.openForWriting(at: path)
        try Connection(path: path).execute(script: "PRAGMA user_version = \(Schema.version + 1)")
        #expect(throws: ArchiveError.schemaTooNew(path: path, found: Schema.version + 1, supported: Schema.version)) {
            try ArchiveDatabase.openForWriting(at: path)
        }
        #expect(throws: ArchiveError.schemaTooNew(path: path, found: Schema.version + 1, supported: Schema.version)) {
            try ArchiveDatabase.openForReading(at: path)
        }
    }

    @Test("version 3 stores no text the body holds: spellings and notes come from offsets")
    func noCopiedText() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        let db = try ArchiveDatabase.openForReading(at: path)
        #expect(try db.scalar("SELECT count(*) FROM pragma_table_info('mention_spans') WHERE name = 'text'") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'notes'") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM mentions WHERE text = 'Qassem Soleimani'") == .integer(5))
        #expect(try db.scalar("SELECT count(*) FROM article_entities WHERE text = 'Dhi Qar Governorate'") == .integer(4))
        #expect(try db.scalar("SELECT count(*) FROM event_rows WHERE notes IS NULL OR notes = ''") == .integer(0))
    }

    @Test("SimHash bands are indexes on articles.simhash: one indexed lookup per band, a view to read them")
    func bandIndexes() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        let db = try ArchiveDatabase.openForReading(at: path)
        #expect(try db.scalar("SELECT type FROM sqlite_schema WHERE name = 'simhash_bands'") == .text("view"))
        for (band, expression) in ArticleStore.bands.enumerated() {
            #expect(ArticleStore.candidateQuery(band: band).contains(expression))
            // Covering: comparing candidates never reads their rows from the table.
            let steps = try queryPlan(ArticleStore.candidateQuery(band: band), in: db)
            #expect(steps.contains { $0.contains("COVERING INDEX articles_band\(band)") }, "\(steps)")
        }
        // The view's keys are Fingerprint's bands of each stored hash.
        let select = try db.prepare("SELECT a.simhash, b.band, b.key FROM simhash_bands b JOIN articles a ON a.id = b.article_id")
        var checked = 0
        try select.forEachRow { row in
            guard case let .integer(hash) = row[0], case let .integer(band) = row[1], case let .integer(key) = row[2] else { return }
            #expect(Int64(UInt16(truncatingIfNeeded: UInt64(bitPattern: hash) >> (16 * UInt64(band)))) == key)
            checked += 1
        }
        #expect(checked == 4 * Int(try db.scalar("SELECT count(*) FROM articles")?.textValue.flatMap { Int($0) } ?? 0) && checked > 0)
    }

    @Test("an archive of version 2 loses the copied text and reads the same through the views")
    func migrationFromVersion2() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        func snapshot() throws -> [[Value]] {
            let db = try ArchiveDatabase.openForReading(at: path)
            let writer = CollectingWriter()
            try EntityQueries.exportMentions(from: db, to: writer)
            // Confidence and points are not compared: events stored before versions 5 and 8 have
            // none until reindexed.
            let events = CollectingWriter()
            try EventQueries.export(from: db, to: events)
            let unscored = Set(["confidence", "latitude", "longitude", "geo_precision"].compactMap(events.columns.firstIndex(of:)))
            writer.rows += events.rows.map { row in row.enumerated().filter { !unscored.contains($0.offset) }.map(\.element) }
            let views = try db.prepare("SELECT article_id, text, start FROM article_entities ORDER BY article_id, start")
            try views.forEachRow { writer.rows.append($0) }
            let bands = try db.prepare("SELECT band, key, article_id FROM simhash_bands ORDER BY band, key, article_id")
            try bands.forEachRow { writer.rows.append($0) }
            return writer.rows
        }
        let before = try snapshot()
        try LegacySchema.downgradeToVersion2(try Connection(path: path))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("SELECT count(*) FROM pragma_table_info('mention_spans') WHERE name = 'text'") == .integer(0))
        #expect(try migrated.scalar("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'notes'") == .integer(0))
        #expect(try migrated.scalar("SELECT type FROM sqlite_schema WHERE name = 'simhash_bands'") == .text("view"))
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try snapshot() == before)
        #expect(before.count > 50)
    }

    @Test("an archive of version 3 gets band indexes that hold the whole hash and keeps its duplicate links")
    func migrationFromVersion3() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        try LegacySchema.downgradeToVersion3(try Connection(path: path))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        for band in 0..<4 {
            #expect(try migrated.scalar("SELECT count(*) FROM pragma_index_xinfo('articles_band\(band)') WHERE key") == .integer(2))
        }
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        let steps = try queryPlan(ArticleStore.candidateQuery(band: 2), in: migrated)
        #expect(steps.contains { $0.contains("COVERING INDEX articles_band2") }, "\(steps)")
        #expect(try migrated.scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == .integer(1))
    }

    @Test("an archive of version 6 gains the search forms of every article, indexed, and finds acronyms and amounts")
    func migrationFromVersion6() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        try folder.write("Envoy arrives\n\nThe U.S. envoy paid £600m to the UN near الكهف.\n", to: "forms/envoy.txt")
        _ = try Ingester(databasePath: path).ingest(folder.file("forms").path)
        try LegacySchema.downgradeToVersion6(try Connection(path: path))
        #expect(try Connection(path: path).scalar("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'body_forms'") == .integer(0))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        try migrated.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try migrated.scalar("SELECT body_forms FROM articles WHERE title = 'Envoy arrives'") == .text("US gbp600m UN كهف"))
        let reader = try ArchiveDatabase.openForReading(at: path)
        for query in ["US", "£600m", "كهف"] {
            let writer = CollectingWriter()
            try Searcher.search(SearchRequest(query: query), in: reader, to: writer)
            #expect(writer.rows.contains { $0[2] == .text("Envoy arrives") }, "\(query)")
        }
        #expect(try Searcher.search(SearchRequest(query: "convoy"), in: reader, to: CollectingWriter()) > 0)
    }

    @Test("an archive of version 4 gains confidence columns, keeps its events, and is marked for reindex, which scores them")
    func migrationFromVersion4() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        func events() throws -> (columns: [String], rows: [[Value]]) {
            let writer = CollectingWriter()
            try EventQueries.export(from: try ArchiveDatabase.openForReading(at: path), to: writer)
            return (writer.columns, writer.rows)
        }
        let before = try events()
        let confidence = before.columns.firstIndex(of: "confidence")!
        // Points too are lost going back to version 4, and come back with the reindex.
        let unscored = Set(["confidence", "latitude", "longitude", "geo_precision"].compactMap(before.columns.firstIndex(of:)))
        func withoutConfidence(_ rows: [[Value]]) -> [[Value]] { rows.map { row in row.enumerated().filter { !unscored.contains($0.offset) }.map(\.element) } }
        try LegacySchema.downgradeToVersion4(try Connection(path: path))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        let viewColumns = try migrated.prepare("SELECT name FROM pragma_table_info('event_rows') ORDER BY cid")
        var names: [String] = []
        try viewColumns.forEachRow { names.append($0[0].textValue ?? "") }
        #expect(names == EventQueries.columns)
        // Every event and report is kept, unscored, and every article waits for its events to be coded again.
        let after = try events()
        #expect(withoutConfidence(after.rows) == withoutConfidence(before.rows) && before.rows.count > 8)
        #expect(after.rows.allSatisfy { $0[confidence] == .null })
        #expect(try migrated.scalar("SELECT count(*) FROM event_reports WHERE confidence IS NOT NULL") == .integer(0))
        #expect(try migrated.scalar("SELECT count(*) FROM articles WHERE extractor_version != ?",
                                    [.integer(Int64(EntityExtractor.version * 100))]) == .integer(0))
        try Reindexer.reindex(databasePath: path)
        let reindexed = try events()
        #expect(!reindexed.rows.isEmpty && reindexed.rows.allSatisfy { if case .real = $0[confidence] { true } else { false } })
        #expect(try migrated.scalar("SELECT count(*) FROM articles WHERE extractor_version != ?",
                                    [.integer(Int64(ArticleStore.extractorVersion))]) == .integer(0))
    }

    @Test("an archive of version 5 gains files.source, keeps every file row, and a --source ingest records it")
    func migrationFromVersion5() throws {
        let path = folder.file("a.sqlite").path
        let seeds = try folder.copySeeds()
        _ = try Ingester(databasePath: path).ingest(seeds.path)
        try LegacySchema.downgradeToVersion5(try Connection(path: path))
        #expect(try Connection(path: path).scalar("SELECT count(*) FROM pragma_table_info('files') WHERE name = 'source'") == .integer(0))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try migrated.scalar("SELECT count(*) FROM files WHERE source IS NULL") == .integer(5))
        try folder.write("date 2022-05-01\nA new story\n\nA convoy was hit near the bridge on Monday, officials said, and nobody claimed it.\n",
                         to: "articles/new.txt")
        var options = IngestOptions()
        options.source = "Seed Wire"
        let summary = try Ingester(databasePath: path).ingest(seeds.path, options: options)
        #expect(summary.added == 1 && summary.unchanged == 5)
        #expect(try migrated.scalar("SELECT source FROM files WHERE path LIKE '%/new.txt'") == .text("Seed Wire"))
        #expect(try migrated.scalar("SELECT a.source FROM articles a JOIN files f ON f.article_id = a.id WHERE f.path LIKE '%/new.txt'")
                == .text("Seed Wire"))
    }

    @Test("an archive of version 7 gains coordinates on events and entities, keeps its events, and lists the columns after location")
    func migrationFromVersion7() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        let before = try Connection(path: path).scalar("SELECT count(*) FROM events")
        try LegacySchema.downgradeToVersion7(try Connection(path: path))
        #expect(try Connection(path: path).scalar("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'latitude'") == .integer(0))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try migrated.scalar("SELECT count(*) FROM events") == before && before != .integer(0))
        for (table, column) in [("events", "latitude"), ("events", "longitude"), ("events", "geo_precision"),
                                ("entities", "latitude"), ("entities", "longitude")] {
            #expect(try migrated.scalar("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?", [.text(table), .text(column)]) == .integer(1))
        }
        let viewColumns = try migrated.prepare("SELECT name FROM pragma_table_info('event_rows') ORDER BY cid")
        var names: [String] = []
        try viewColumns.forEachRow { names.append($0[0].textValue ?? "") }
        #expect(names == EventQueries.columns)
        #expect(Array(names.drop { $0 != "location" }.prefix(4)) == ["location", "latitude", "longitude", "geo_precision"])
        // ACLED's precision is 1, 2 or 3; the column refuses anything else.
        #expect(throws: ArchiveError.self) { try migrated.execute("UPDATE events SET geo_precision = 4") }
        try migrated.execute("UPDATE events SET latitude = 31.05, longitude = 46.26, geo_precision = 1")
        #expect(try migrated.scalar("SELECT count(*) FROM event_rows WHERE geo_precision = 1 AND latitude = 31.05") == before)
    }

    @Test("an archive of version 8 gains indexes on the events' entity columns, which merging entities then uses")
    func migrationFromVersion8() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        let before = try Connection(path: path).scalar("SELECT count(*) FROM events")
        try LegacySchema.downgradeToVersion8(try Connection(path: path))
        let plan = "EXPLAIN QUERY PLAN UPDATE events SET actor1_id = 1 WHERE actor1_id = 2"
        func detail(_ connection: Connection) throws -> String {
            var rows: [String] = []
            try connection.prepare(plan).forEachRow { rows.append($0[3].textValue ?? "") }
            return rows.joined(separator: "; ")
        }
        #expect(try detail(Connection(path: path)).contains("SCAN events"))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("SELECT count(*) FROM events") == before && before != .integer(0))
        for index in ["events_actor1", "events_actor2", "events_claimed_by", "events_location"] {
            #expect(try migrated.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?", [.text(index)]) == .integer(1))
        }
        #expect(try detail(migrated).contains("USING INDEX events_actor1") || detail(migrated).contains("USING COVERING INDEX events_actor1"))
    }

    @Test("an archive of version 9 gains people's surnames, indexed, keeps its entities, and joins a lone surname across articles")
    func migrationFromVersion9() throws {
        let path = folder.file("a.sqlite").path
        try folder.write("""
            Greta Farrant, who chairs the Saltmarsh Trust, said on Monday that the sea wall would be raised by a metre.
            """, to: "first/a.txt")
        _ = try Ingester(databasePath: path).ingest(folder.file("first").path)
        let entities = "SELECT type, name, key FROM entities ORDER BY id"
        func rows(_ connection: Connection) throws -> [[Value]] {
            var out: [[Value]] = []
            try connection.prepare(entities).forEachRow { out.append($0) }
            return out
        }
        let before = try rows(Connection(path: path))
        try LegacySchema.downgradeToVersion9(try Connection(path: path))
        #expect(try Connection(path: path).scalar("SELECT count(*) FROM pragma_table_info('entities') WHERE name = 'surname'") == .integer(0))
        let migrated = try ArchiveDatabase.openForWriting(at: path)
        #expect(try migrated.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        #expect(try migrated.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try rows(migrated) == before && before.contains { $0[0] == .text("person") && $0[1] == .text("Greta Farrant") })
        #expect(try migrated.scalar("SELECT surname FROM entities WHERE name = 'Greta Farrant'") == .text("farrant"))
        #expect(try migrated.scalar("SELECT count(*) FROM entities WHERE surname IS NOT NULL") == .integer(1))
        #expect(try queryPlan("SELECT id FROM entities WHERE surname = 'farrant'", in: migrated).joined().contains("entities_surname"))
        // The next ingest finds her by it: a lone surname in a story about the same trust joins her.
        try folder.write("The Saltmarsh Trust will vote on the plan in March, Mrs Farrant told the meeting.", to: "second/b.txt")
        _ = try Ingester(databasePath: path).ingest(folder.file("second").path)
        #expect(try EntityQueries.entityIDs(named: "Farrant", in: migrated) == EntityQueries.entityIDs(named: "Greta Farrant", in: migrated))
    }

    @Test("opening an archive of version 2 to read it migrates it first")
    func readingMigrates() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        try LegacySchema.downgradeToVersion2(try Connection(path: path))
        let db = try ArchiveDatabase.openForReading(at: path)
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        let writer = CollectingWriter()
        #expect(try Searcher.search(SearchRequest(query: "convoy"), in: db, to: writer) > 0)
    }

    @Test("a file that is not an archive is refused, and left as it was")
    func notAnArchive() throws {
        let text = folder.file("notes.txt")
        try Data("just some notes\n".utf8).write(to: text)
        #expect(throws: ArchiveError.self) { try ArchiveDatabase.openForWriting(at: text.path) }
        #expect(try String(contentsOf: text, encoding: .utf8) == "just some notes\n")
        let other = folder.file("other.sqlite").path
        try Connection(path: other).execute(script: "CREATE TABLE things (x)")
        #expect(throws: ArchiveError.self) { try ArchiveDatabase.openForWriting(at: other) }
        #expect(throws: ArchiveError.self) { try ArchiveDatabase.openForReading(at: folder.file("missing.sqlite").path) }
    }

    @Test("reading connections cannot write")
    func readOnly() throws {
        let path = folder.file("a.sqlite").path
        _ = try ArchiveDatabase.openForWriting(at: path)
        let db = try ArchiveDatabase.openForReading(at: path)
        #expect(throws: ArchiveError.self) { try db.execute("DELETE FROM articles") }
        #expect(throws: ArchiveError.sqlRefused(sql: "SELECT 1; DROP TABLE articles", rule: .oneStatement)) {
            try Exporter.runQuery("SELECT 1; DROP TABLE articles", in: db, to: makeRowWriter(format: .csv, sink: try OutputSink.file(path: folder.file("o").path)))
        }
    }

    @Test("a transaction that throws leaves nothing behind")
    func rollback() throws {
        let db = try ArchiveDatabase.openForWriting(at: folder.file("a.sqlite").path)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO ingest_runs (root, started_at) VALUES ('x', 'now')")
                throw Boom()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM ingest_runs") == .integer(0))
    }

    @Test("SQLite errors carry the code, the message and the statement")
    func sqliteError() throws {
        let db = try Connection(path: ":memory:")
        do {
            _ = try db.prepare("SELECT nope FROM nowhere")
            Issue.record("expected an error")
        } catch let ArchiveError.sqlite(code, message, sql) {
            #expect(code == 1)
            #expect(message.contains("nowhere"))
            #expect(sql == "SELECT nope FROM nowhere")
        }
    }

    /// The steps `EXPLAIN QUERY PLAN` gives for `sql`.
    private func queryPlan(_ sql: String, in db: Connection) throws -> [String] {
        var steps: [String] = []
        try db.prepare("EXPLAIN QUERY PLAN " + sql).forEachRow { steps.append($0[3].textValue ?? "") }
        return steps
    }
}
