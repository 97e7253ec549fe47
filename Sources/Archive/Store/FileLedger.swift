/// What the archive remembers of a file from an earlier ingest.
struct LedgerEntry: Sendable, Equatable {
    let size: Int64
    let mtime: Double
    let sha256: String?
    let articleID: Int64?
    let skipped: Bool
    /// The outlet an ingest's `--source` gave the file's articles, kept for later ingests of it.
    var source: String? = nil
}

/// The `files` table: one row per file ever ingested, so unchanged files are not read again.
struct FileLedger {
    let store: ArticleStore

    func entry(forPath path: String) throws -> LedgerEntry? {
        let select = try store.statement("SELECT size, mtime, sha256, article_id, status, source FROM files WHERE path = ?")
        try select.bind([.text(path)])
        guard let row = try select.next() else { return nil }
        try select.bind([])
        var articleID: Int64?
        if case let .integer(id) = row[3] { articleID = id }
        let mtime: Double = switch row[1] {
        case let .real(v): v
        case let .integer(v): Double(v)
        default: 0
        }
        guard case let .integer(size) = row[0] else { return nil }
        return LedgerEntry(size: size, mtime: mtime, sha256: row[2].textValue, articleID: articleID, skipped: row[4] == .text("skipped"),
                           source: row[5].textValue)
    }

    /// Records the file as read now; `articleID` nil with a reason means it was skipped. `source`,
    /// the ingest's `--source`, replaces the one recorded; without it the recorded one stays.
    func record(_ file: FileStamp, sha256: String?, articleID: Int64?, status: String, reason: String?,
                encoding: String?, source: String?, runID: Int64, now: String) throws {
        try store.run("""
            INSERT INTO files (path, size, mtime, sha256, article_id, status, reason, encoding, run_id, seen_at, source)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (path) DO UPDATE SET size = ?2, mtime = ?3, sha256 = coalesce(?4, sha256),
                article_id = coalesce(?5, article_id), status = ?6, reason = ?7, encoding = coalesce(?8, encoding),
                run_id = ?9, seen_at = ?10, source = coalesce(?11, source)
            """, [.text(file.path), .integer(file.size), .real(file.mtime), Value(sha256), Value(articleID), .text(status),
                  Value(reason), Value(encoding), .integer(runID), .text(now), Value(source)])
    }

    /// Marks an unchanged file, and the records it holds, as seen in this run, so `--prune` knows they still exist.
    func markSeen(path: String, runID: Int64) throws {
        try store.run("UPDATE files SET run_id = ?1 WHERE path = ?2 OR (path >= ?2 || '#' AND path < ?2 || '$')",
                      [.integer(runID), .text(path)])
    }

    /// A file touched but unchanged: new time, same everything else.
    func touch(_ file: FileStamp, runID: Int64, now: String) throws {
        try store.run("UPDATE files SET size = ?, mtime = ?, seen_at = ? WHERE path = ?",
                      [.integer(file.size), .real(file.mtime), .text(now), .text(file.path)])
        try markSeen(path: file.path, runID: runID)
    }

    /// How many files hold this article's text.
    func fileCount(articleID: Int64) throws -> Int64 {
        let select = try store.statement("SELECT count(*) FROM files WHERE article_id = ?")
        try select.bind([.integer(articleID)])
        guard case let .integer(n)? = try select.next()?.first else { return 0 }
        try select.bind([])
        return n
    }
}
