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
    static let migrations: [Int: String] = [
        1: "UPDATE articles SET extractor_version = 0;",
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
                try connection.execute(script: migration)
            }
            // Re-running the schema adds any table, index, view or trigger new in this version.
            try connection.execute(script: sql)
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

    private static func tableCount(_ connection: Connection) throws -> Int64 {
        if case let .integer(n)? = try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'") { return n }
        return 0
    }
}
