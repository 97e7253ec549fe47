/// Indexes the articles a batch adds for search in one statement at the end of the batch rather
/// than one trigger-fed insert each: FTS5 writes a segment for every such statement, so a batch
/// of 256 makes one segment instead of 256 (see `ingest_batch` in schema.sql).
final class BatchSearchIndex {
    private let db: Connection
    private var pending: [Int64] = []

    init(_ connection: Connection) {
        db = connection
    }

    /// Takes over from the insert trigger until `end`, inside the batch's transaction.
    func begin(runID: Int64) throws {
        pending = []
        try db.execute("INSERT INTO ingest_batch (run_id) VALUES (?)", [.integer(runID)])
    }

    /// An article inserted since `begin`, not yet in the index.
    func added(_ id: Int64) {
        pending.append(id)
    }

    /// Indexes the pending articles now: before an article is changed or deleted, since the
    /// update and delete triggers expect the index to hold what the row holds.
    func flush() throws {
        guard !pending.isEmpty else { return }
        try db.execute("""
            INSERT INTO articles_fts (rowid, title, body, title_forms, body_forms)
            SELECT id, title, body, title_forms, body_forms FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, [.text("[" + pending.map(String.init).joined(separator: ",") + "]")])
        pending = []
    }

    /// Indexes what is pending and hands inserts back to the trigger, before the batch commits.
    func end() throws {
        try flush()
        try db.execute("DELETE FROM ingest_batch")
    }

    /// After a rollback: nothing of the batch is stored, so nothing is pending.
    func discard() {
        pending = []
    }
}
