import Foundation

/// The embedded `schema.sql`, its version, and bringing an archive file up to it.
public enum Schema {
    /// The text of `schema.sql`, compiled into the binary so `archive` runs from any directory.
    public static let sql = String(decoding: PackageResources.schema_sql, as: UTF8.self)

    /// The version `schema.sql` creates, read from its own `PRAGMA user_version` line.
    public static let version: Int = {
        let line = sql.split(separator: "\n").first { $0.hasPrefix("PRAGMA user_version") }
        return line.flatMap { Int($0.filter(\.isNumber)) } ?? 0
    }()

    /// Steps that bring an archive of version `key` to version `key + 1`.
    /// Version 2 adds events: their tables come from re-running the schema, and stored articles
    /// are marked for `archive reindex`, which codes their events.
    /// Version 3 stops storing text the body already holds: a mention's spelling and an event's
    /// notes are read through their offsets (views `mentions`, `article_entities`, `event_rows`),
    /// which re-running the schema recreates once the old views are gone; the SimHash bands become
    /// indexes on `articles.simhash` (and a view) instead of a table of their own.
    /// Version 4 adds the whole hash to each band index (re-running the schema rebuilds them),
    /// `search_terms`, filled from the index once the schema has made it (`fills`), and
    /// `ingest_batch`, which lets an ingest index a batch's articles in one statement.
    /// Version 5 adds `confidence` to events and their reports (NULL for those already stored: no
    /// model scored them) and to `event_rows`, and marks the articles' events for `archive reindex`
    /// by zeroing the event part of their extractor version (`100 × entity + event`).
    /// Version 6 adds `files.source`, the outlet `archive ingest --source` gave a file's articles.
    /// Version 7 adds `title_forms` and `body_forms` (acronyms, amounts, Arabic words: `SearchForms`)
    /// to the articles, computed here for every article, and to `articles_fts`, which is made again
    /// with them and rebuilt (`fills`); its triggers go for the schema to make them again.
    /// Version 8 adds coordinates: `latitude`, `longitude` and ACLED's `geo_precision` to events
    /// (and to `event_rows`, after `location`), `latitude` and `longitude` to entities. They stay
    /// NULL until `archive reindex`, which the extractors' new versions ask for, fills them.
    /// Version 9 indexes the events' entity columns (actors, claimant, place), which merging entities
    /// rewrites; re-running the schema makes the indexes.
    /// Version 10 adds `entities.surname`, a person's folded last word, and its index: the merging
    /// pass looks a lone surname up by it across the archive. Filled here for the people stored.
    static let migrations: [Int: @Sendable (Connection) throws -> Void] = [
        1: { try $0.execute(script: "UPDATE articles SET extractor_version = 0;") },
        2: { connection in
            try connection.execute(script: """
                DROP VIEW IF EXISTS article_entities;
                DROP VIEW IF EXISTS event_rows;
                ALTER TABLE mentions RENAME TO mention_spans;
                ALTER TABLE mention_spans DROP COLUMN text;
                DROP TABLE simhash_bands;
                """)
            // An archive coming from version 1 has no events yet; the schema creates them without notes.
            if try connection.scalar("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'notes'") == .integer(1) {
                try connection.execute(script: "ALTER TABLE events DROP COLUMN notes;")
            }
        },
        // A version-2 archive reaches this step without band indexes: the schema adds them at the end.
        // The insert trigger is dropped for the schema to make it again, with its WHEN clause.
        3: { try $0.execute(script: """
            DROP INDEX IF EXISTS articles_band0; DROP INDEX IF EXISTS articles_band1; DROP INDEX IF EXISTS articles_band2;
            DROP INDEX IF EXISTS articles_band3; DROP TRIGGER IF EXISTS articles_ai;
            """) },
        // An archive coming from version 1 has no events yet; the schema creates them with the column.
        4: { connection in
            try connection.execute(script: """
                DROP VIEW IF EXISTS event_rows;
                UPDATE articles SET extractor_version = extractor_version / 100 * 100;
                """)
            if try hasTable("events", without: "confidence", in: connection) {
                try connection.execute(script: "ALTER TABLE events ADD COLUMN confidence REAL;")
            }
            if try hasTable("event_reports", without: "confidence", in: connection) {
                try connection.execute(script: "ALTER TABLE event_reports ADD COLUMN confidence REAL;")
            }
        },
        5: { try $0.execute(script: "ALTER TABLE files ADD COLUMN source TEXT;") },
        6: { connection in
            try connection.execute(script: """
                DROP TRIGGER IF EXISTS articles_ai; DROP TRIGGER IF EXISTS articles_ad; DROP TRIGGER IF EXISTS articles_au;
                DROP TABLE IF EXISTS articles_fts;
                ALTER TABLE articles ADD COLUMN title_forms TEXT;
                ALTER TABLE articles ADD COLUMN body_forms TEXT;
                """)
            try SearchFormStore.fill(connection, selecting: "SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2")
        },
        // An archive coming from version 1 has no events yet; the schema creates them with the columns.
        7: { connection in
            try connection.execute(script: "DROP VIEW IF EXISTS event_rows;")
            if try hasTable("events", without: "latitude", in: connection) {
                try connection.execute(script: """
                    ALTER TABLE events ADD COLUMN latitude REAL;
                    ALTER TABLE events ADD COLUMN longitude REAL;
                    ALTER TABLE events ADD COLUMN geo_precision INTEGER CHECK (geo_precision IN (1, 2, 3));
                    """)
            }
            if try hasTable("entities", without: "latitude", in: connection) {
                try connection.execute(script: "ALTER TABLE entities ADD COLUMN latitude REAL; ALTER TABLE entities ADD COLUMN longitude REAL;")
            }
        },
        8: { _ in },
        // An archive coming from version 1 has no such table yet; the schema creates it with the column.
        9: { connection in
            if try hasTable("entities", without: "surname", in: connection) {
                try connection.execute(script: "ALTER TABLE entities ADD COLUMN surname TEXT;")
            }
        },
    ]

    /// Steps run after the schema, when migrating from version `key` or older: data for new tables.
    static let fills: [Int: @Sendable (Connection) throws -> Void] = [
        3: { try SearchTermStore.refill($0) },
        6: { try $0.execute(script: "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');") },
        9: { try EntityMerging.fillSurnames($0) },
    ]

    /// Creates the schema in a new file, migrates an older one, refuses a newer one.
    static func prepare(_ connection: Connection) throws {
        let found = try userVersion(connection)
        if found == 0 {
            guard try tableCount(connection) == 0 else {
                throw ArchiveError.notAnArchive(path: connection.path, reason: "it holds tables but no archive schema version")
            }
            try connection.transaction { try connection.execute(script: sql) }
            return
        }
        try check(connection)
        guard found < version else { return }
        try connection.transaction {
            for step in found..<version {
                guard let migration = migrations[step] else {
                    throw ArchiveError.notAnArchive(path: connection.path, reason: "no migration from schema version \(step)")
                }
                try migration(connection)
            }
            // Re-running the schema adds any table, index, view or trigger new in this version.
            try connection.execute(script: sql)
            // Later steps first: version 6's rebuilt index before version 4's terms are listed from it.
            for step in (found..<version).reversed() { try fills[step]?(connection) }
        }
    }

    /// Refuses an archive this program is too old to understand.
    static func check(_ connection: Connection) throws {
        let found = try userVersion(connection)
        if found > version {
            throw ArchiveError.schemaTooNew(path: connection.path, found: found, supported: version)
        }
        if found == 0 {
            throw ArchiveError.notAnArchive(path: connection.path, reason: "it has no archive schema")
        }
    }

    static func userVersion(_ connection: Connection) throws -> Int {
        do {
            if case let .integer(v)? = try connection.scalar("PRAGMA user_version") { return Int(v) }
            return 0
        } catch let ArchiveError.sqlite(code, message, _) where code & 0xFF == 26 {
            throw ArchiveError.notAnArchive(path: connection.path, reason: message)
        }
    }

    /// Whether `table` exists and lacks `column`.
    private static func hasTable(_ table: String, without column: String, in connection: Connection) throws -> Bool {
        let exists = try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", [.text(table)])
        let has = try connection.scalar("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?", [.text(table), .text(column)])
        return exists == .integer(1) && has == .integer(0)
    }

    private static func tableCount(_ connection: Connection) throws -> Int64 {
        if case let .integer(n)? = try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'") { return n }
        return 0
    }
}
