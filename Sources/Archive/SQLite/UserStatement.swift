import CSQLite

/// The rules `archive sql` holds a statement a user typed to, each with the words that name it
/// when it refuses one. Safety is the read-only connection's (`SQLITE_OPEN_READONLY`): these rules
/// only keep the command to what it says, one statement that reads.
public enum SQLRule: Equatable, Sendable, CustomStringConvertible {
    /// More than one statement (a trailing `;` or comment is not one).
    case oneStatement
    /// SQLite says the statement would change the file (INSERT, CREATE, VACUUM, `PRAGMA user_version = 9` …).
    case readOnly
    /// ATTACH and DETACH change which files the connection reads.
    case thisArchiveOnly
    /// `PRAGMA name = value` or `PRAGMA name(value)` for a pragma whose argument is a setting.
    case pragmaSetting(name: String)

    public var description: String {
        switch self {
        case .oneStatement:
            return "it holds more than one statement, and archive sql runs one (a trailing ; or -- comment is fine)"
        case .readOnly:
            return "the statement would change the archive, and archive sql only reads (use sqlite3 on the file to change it)"
        case .thisArchiveOnly:
            return "ATTACH and DETACH are refused: archive sql reads this archive only"
        case let .pragmaSetting(name):
            return "PRAGMA \(name) with a value sets it, and archive sql only reads; PRAGMA \(name) without a value reads it"
        }
    }

    /// Pragmas whose argument names what to read (a table, an index, a schema), not a setting.
    static let readingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_info", "index_xinfo", "index_list", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "function_list", "module_list", "pragma_list",
        "collation_list", "database_list", "compile_options",
    ]
}

/// Statements a user typed, compiled under `SQLRule`s on a reading connection.
enum UserStatement {
    /// Compiles `sql`, which must be one statement that reads; a refusal names its rule.
    static func prepare(_ sql: String, on connection: Connection) throws -> Statement {
        let refusals = Refusals()
        connection.retainedContext = refusals
        sqlite3_set_authorizer(connection.handle, { context, action, name, argument, _, _ in
            let refusals = Unmanaged<Refusals>.fromOpaque(context!).takeUnretainedValue()
            switch action {
            case SQLITE_ATTACH, SQLITE_DETACH:
                refusals.last = .thisArchiveOnly
                return SQLITE_DENY
            case SQLITE_PRAGMA where argument != nil:
                let pragma = name.map { String(cString: $0).lowercased() } ?? ""
                if SQLRule.readingPragmas.contains(pragma) { return SQLITE_OK }
                refusals.last = .pragmaSetting(name: pragma)
                return SQLITE_DENY
            default:
                return SQLITE_OK
            }
        }, Unmanaged.passUnretained(refusals).toOpaque())
        let statement: Statement
        do {
            guard try statementCount(sql, on: connection) <= 1 else { throw ArchiveError.sqlRefused(sql: sql, rule: .oneStatement) }
            statement = try connection.prepare(sql)
        } catch {
            throw refusals.explain(error, sql: sql)
        }
        guard statement.isReadOnly else { throw ArchiveError.sqlRefused(sql: sql, rule: .readOnly) }
        return statement
    }

    /// Runs `body` (the statement's steps); an authorizer denial or a refused write found while
    /// stepping (a pragma table-valued function compiles its pragma then) is named as its rule.
    static func explainingRefusals<T>(_ sql: String, on connection: Connection, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw (connection.retainedContext as? Refusals)?.explain(error, sql: sql) ?? error
        }
    }

    /// How many statements `sql` holds: whitespace and comments after the last `;` are none.
    private static func statementCount(_ sql: String, on connection: Connection) throws -> Int {
        try sql.withCString { start in
            var count = 0
            var rest: UnsafePointer<CChar>? = start
            while let current = rest, current.pointee != 0 {
                var stmt: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(connection.handle, current, -1, &stmt, &tail)
                sqlite3_finalize(stmt)
                // Text after the first statement that does not compile is a second statement all the same.
                guard rc == SQLITE_OK || count > 0 else {
                    throw ArchiveError.sqlite(code: rc, message: connection.lastErrorMessage, sql: sql)
                }
                if stmt != nil || rc != SQLITE_OK { count += 1 }
                // The first statement is compiled to find where it ends; the rest only to count them.
                if count > 1 || tail == current { break }
                rest = tail
            }
            return count
        }
    }
}

/// What the authorizer last refused, for the error message.
private final class Refusals {
    var last: SQLRule?

    func explain(_ error: Error, sql: String) -> Error {
        guard case let ArchiveError.sqlite(code, _, _) = error else { return error }
        if code & 0xFF == SQLITE_AUTH, let last { return ArchiveError.sqlRefused(sql: sql, rule: last) }
        if code & 0xFF == SQLITE_READONLY { return ArchiveError.sqlRefused(sql: sql, rule: .readOnly) }
        return error
    }
}
