/// Whether a transaction body's work is kept.
public enum TransactionCompletion: Sendable { case commit, rollback }

extension Connection {
    /// Runs `body` in one transaction; a thrown error or `.rollback` undoes all of it.
    @discardableResult
    public func inTransaction<T>(_ body: () throws -> (T, TransactionCompletion)) throws -> T {
        // IMMEDIATE takes the write lock up front, so a concurrent writer waits on busy_timeout
        // instead of failing halfway through with SQLITE_BUSY on lock upgrade.
        try execute(script: "BEGIN IMMEDIATE")
        do {
            let (result, completion) = try body()
            try execute(script: completion == .commit ? "COMMIT" : "ROLLBACK")
            return result
        } catch {
            try? execute(script: "ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in one transaction that commits unless it throws.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try inTransaction { (try body(), .commit) }
    }
}
