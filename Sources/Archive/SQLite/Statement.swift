import CSQLite
import Foundation

/// SQLite copies bound text and blobs at bind time, so the Swift buffers may go away afterwards.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A compiled statement that owns its `sqlite3_stmt`; reuse it for many rows with `reset`/`bind`.
public final class Statement {
    private let stmt: OpaquePointer
    private let connection: Connection
    public let sql: String

    init(connection: Connection, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(connection.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw ArchiveError.sqlite(code: rc, message: connection.lastErrorMessage, sql: sql)
        }
        self.stmt = stmt
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(stmt)
    }

    /// The result column names, in order.
    public var columnNames: [String] {
        (0..<sqlite3_column_count(stmt)).map { String(cString: sqlite3_column_name(stmt, $0)) }
    }

    /// True when the statement cannot change the database (SQLite's own judgement).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(stmt) != 0 }

    /// Resets the statement and binds `values` to parameters 1...n.
    public func bind(_ values: [Value]) throws {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Resets the statement and binds named parameters (`:name`).
    public func bind(_ values: [String: Value]) throws {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (name, value) in values {
            let index = sqlite3_bind_parameter_index(stmt, name.hasPrefix(":") ? name : ":" + name)
            guard index > 0 else { continue }
            try bind(value, at: index)
        }
    }

    private func bind(_ value: Value, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(stmt, index)
        case let .integer(v): rc = sqlite3_bind_int64(stmt, index, v)
        case let .real(v): rc = sqlite3_bind_double(stmt, index, v)
        case let .text(v): rc = sqlite3_bind_text(stmt, index, v, -1, SQLITE_TRANSIENT)
        case let .blob(v):
            rc = v.withUnsafeBytes { sqlite3_bind_blob(stmt, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT) }
        }
        guard rc == SQLITE_OK else { throw error(rc) }
    }

    /// Steps to completion, ignoring rows.
    public func run() throws {
        while try step() {}
        sqlite3_reset(stmt)
    }

    /// The next row, or nil when done.
    public func next() throws -> [Value]? {
        guard try step() else {
            sqlite3_reset(stmt)
            return nil
        }
        return (0..<sqlite3_column_count(stmt)).map(column)
    }

    /// Calls `body` for each row without collecting them, so exports stream in constant memory.
    public func forEachRow(_ body: ([Value]) throws -> Void) throws {
        while let row = try next() { try body(row) }
    }

    private func step() throws -> Bool {
        switch sqlite3_step(stmt) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc:
            let failure = error(rc)
            sqlite3_reset(stmt)
            throw failure
        }
    }

    private func column(_ index: Int32) -> Value {
        switch sqlite3_column_type(stmt, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(stmt, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(stmt, index))
        case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(stmt, index)))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(stmt, index))
            guard count > 0, let bytes = sqlite3_column_blob(stmt, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    private func error(_ rc: Int32) -> ArchiveError {
        .sqlite(code: rc, message: connection.lastErrorMessage, sql: sql)
    }
}
