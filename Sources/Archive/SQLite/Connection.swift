import CSQLite
import Foundation

/// One open SQLite database. Not thread-safe: each thread that touches the archive opens its own.
public final class Connection {
    /// How the file is opened; `readOnly` is enforced by SQLite itself, not by inspecting SQL.
    public enum Mode: Sendable {
        case readWrite, readOnly
        /// Read-only, and SQLite is told no one can change the file (`immutable=1`): for a WAL
        /// archive in a folder the reader cannot write, where SQLite cannot make the `-shm` file
        /// and no writer can make the `-wal` file either.
        case immutable
    }

    let handle: OpaquePointer
    public let path: String
    /// An object C callbacks registered on this connection point to (`UserStatement`'s authorizer), kept alive with it.
    var retainedContext: AnyObject?
    /// Set on readers: when the last connection to a WAL archive is read-only, SQLite leaves the
    /// `-wal` and `-shm` files behind, which a writing connection closed after it removes.
    var removesLogOnClose = false

    /// Opens (and for read-write, creates) the database at `path`.
    public init(path: String, mode: Mode = .readWrite) throws {
        var db: OpaquePointer?
        let flags: Int32 = switch mode {
        case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        case .readOnly: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        case .immutable: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        }
        let name = mode == .immutable ? Self.immutableURI(path) : path
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw ArchiveError.notAnArchive(path: path, reason: "cannot open it (\(message))")
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        // Readers and the ingest writer share the file; wait for a lock rather than fail at once.
        sqlite3_busy_timeout(db, 10_000)
    }

    /// `file:PATH?immutable=1`, with the characters a URI path gives meaning to escaped.
    private static func immutableURI(_ path: String) -> String {
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                bytes += Array(String(format: "%%%02X", byte).utf8)
            } else {
                bytes.append(byte)
            }
        }
        return "file:" + String(decoding: bytes, as: UTF8.self) + "?immutable=1"
    }

    deinit {
        sqlite3_close_v2(handle)
        if removesLogOnClose { Self.removeLog(of: path) }
    }

    /// Opens the archive for writing and closes it at once, so that, if no other connection is
    /// open, SQLite checkpoints the (empty) log and deletes `-wal` and `-shm`. Nothing is written:
    /// a reader's log holds no pages. A file that cannot be written is left as it is.
    private static func removeLog(of path: String) {
        guard FileManager.default.fileExists(atPath: path + "-wal") else { return }
        var db: OpaquePointer?
        if sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK {
            // Reading the header is what opens the log, which closing then removes.
            sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nil, nil, nil)
        }
        sqlite3_close_v2(db)
    }

    /// Runs SQL text that may hold several statements and takes no parameters (schema, pragmas).
    public func execute(script sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw ArchiveError.sqlite(code: rc, message: message, sql: sql)
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs one statement with bound parameters and discards any rows.
    public func execute(_ sql: String, _ parameters: [Value] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        try statement.run()
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ parameters: [Value] = []) throws -> Value? {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        return try statement.next().map { $0[0] }
    }

    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// The SQLite library's version string.
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// Whether the linked SQLite was compiled with a feature such as `ENABLE_FTS5`.
    public static func libraryHasOption(_ name: String) -> Bool {
        sqlite3_compileoption_used(name) == 1
    }
}
