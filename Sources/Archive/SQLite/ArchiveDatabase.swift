import CArchiveFTS
import CSQLite
import Foundation

/// Opens archive files: applies the embedded schema, the connection settings and the version checks.
public enum ArchiveDatabase {
    /// Where the archive is when no `--db` is given: `$ARCHIVE_DB`, else `./archive.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["ARCHIVE_DB"], !path.isEmpty { return path }
        return "archive.sqlite"
    }

    /// Opens the archive for writing, creating or migrating it as needed.
    public static func openForWriting(at path: String) throws -> Connection {
        try requireFTS5()
        let connection = try Connection(path: path, mode: .readWrite)
        try configure(connection, readOnly: false)
        try Schema.prepare(connection)
        return connection
    }

    /// Opens an existing archive read-only: SQLite itself refuses any write on this connection.
    /// An archive an older version wrote is first migrated, once, and `migrated` hears of it.
    public static func openForReading(at path: String, migrated: ((_ from: Int, _ to: Int) -> Void)? = nil) throws -> Connection {
        guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.noArchive(path: path) }
        try requireFTS5()
        var connection = try Connection(path: path, mode: .readOnly)
        connection.removesLogOnClose = true
        do {
            try configure(connection, readOnly: true)
        } catch ArchiveError.sqlite(let code, _, _) where code == SQLITE_READONLY | (6 << 8) {  // SQLITE_READONLY_DIRECTORY, a macro Swift does not import
            // A WAL archive whose folder the reader cannot write, with no -shm file to share.
            connection = try Connection(path: path, mode: .immutable)
            try configure(connection, readOnly: true)
        }
        try Schema.check(connection)
        let found = try Schema.userVersion(connection)
        if found < Schema.version {
            // The queries name this version's tables and views: an archive an older version wrote
            // is migrated once, by a writing connection, before it is read.
            _ = try openForWriting(at: path)
            migrated?(found, Schema.version)
            return try openForReading(at: path)
        }
        return connection
    }

    private static func configure(_ connection: Connection, readOnly: Bool) throws {
        try registerRank(on: connection)
        GeoFunctions.register(on: connection)
        do {
            try connection.execute(script: "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;")
            if !readOnly {
                // WAL lets searches and exports read while an ingest writes; NORMAL is durable
                // across application crashes in WAL mode and much faster than FULL.
                // 16 KiB pages waste less of each page on article rows of one to three KiB than the
                // default 4 KiB; it takes effect only in a new file, before WAL is switched on.
                try connection.execute(script: "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
            }
        } catch ArchiveError.sqlite(let code, let message, _) where code & 0xFF == SQLITE_NOTADB {
            throw ArchiveError.notAnArchive(path: connection.path, reason: message)
        }
    }

    /// Adds `archive_rank`, the ranking function of searches (Sources/CArchiveFTS); `cap` is how
    /// many documents of a phrase it counts before estimating the rest.
    static func registerRank(on connection: Connection, cap: Int32 = ARCHIVE_RANK_COUNT_CAP) throws {
        guard archive_rank_register(connection.handle, cap) == SQLITE_OK else {
            throw ArchiveError.sqliteFeatureMissing(feature: "FTS5", version: Connection.libraryVersion)
        }
    }

    /// Refuses to go on with a SQLite that cannot build the search index.
    static func requireFTS5() throws {
        let probe = try Connection(path: ":memory:")
        do {
            try probe.execute(script: "CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='porter unicode61 remove_diacritics 2')")
        } catch {
            throw ArchiveError.sqliteFeatureMissing(feature: "FTS5", version: Connection.libraryVersion)
        }
    }
}
