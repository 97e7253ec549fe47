import Foundation

/// The one writer of an ingest: applies a batch of read files to the archive in one transaction,
/// so a run stopped at any moment leaves whole batches and nothing half-written.
final class IngestWriter {
    private let db: Connection
    private let store: ArticleStore
    private let ledger: FileLedger
    private let entities: EntityStore
    private let events: EventStore
    private let corrections: CorrectionRules
    private let searchTerms: SearchTermStore
    private let searchIndex: BatchSearchIndex
    let runID: Int64
    /// The ingest's `--source`, recorded with each file it writes.
    private let source: String?
    private(set) var summary = IngestSummary()
    /// The entities this run's articles mention: what the merging pass at the end weighs.
    private var touched = Set<Int64>()

    init(connection: Connection, root: String, source: String? = nil) throws {
        self.source = source
        db = connection
        store = ArticleStore(connection)
        ledger = FileLedger(store: store)
        entities = EntityStore(store: store)
        events = EventStore(store: store)
        corrections = try CorrectionRules(connection)
        try SearchTermStore.refillIfStale(connection)
        try SearchFormStore.refreshStale(connection)
        searchTerms = try SearchTermStore(connection)
        searchIndex = BatchSearchIndex(connection)
        try db.execute("INSERT INTO ingest_runs (root, started_at) VALUES (?, ?)", [.text(root), .text(Clock.now())])
        runID = db.lastInsertedRowID
        touched = try Self.leftUnmerged(db, before: runID)
    }

    /// The entities of the articles an earlier ingest stored but stopped (killed, the machine
    /// down) before its merging pass: this run weighs them too, so an ingest run again after a
    /// stop leaves the archive the uninterrupted one would have, even with nothing new to add.
    /// Costs a look at the ledger only when such a run is on record.
    private static func leftUnmerged(_ db: Connection, before runID: Int64) throws -> Set<Int64> {
        guard try db.scalar("SELECT 1 FROM ingest_runs WHERE finished_at IS NULL AND id < ? LIMIT 1", [.integer(runID)]) != nil else { return [] }
        let select = try db.prepare("""
            SELECT DISTINCT entity_id FROM mention_spans WHERE article_id IN (SELECT article_id FROM files
                WHERE status = 'article' AND run_id IN (SELECT id FROM ingest_runs WHERE finished_at IS NULL AND id < ?))
            """)
        try select.bind([.integer(runID)])
        var ids = Set<Int64>()
        try select.forEachRow { if case let .integer(id) = $0[0] { ids.insert(id) } }
        return ids
    }

    /// Writes every outcome of a batch; a failure rolls the whole batch back and is rethrown.
    func write(_ batch: [FileOutcome], onSkip: (FileStamp, SkipReason) -> Void) throws {
        let (before, touchedBefore) = (summary, touched)
        do {
            try db.transaction {
                let now = Clock.now()
                try searchIndex.begin(runID: runID)
                for outcome in batch { try apply(outcome, now: now, onSkip: onSkip) }
                try searchIndex.end()
            }
        } catch {
            (summary, touched) = (before, touchedBefore)
            searchTerms.forgetKnown()
            searchIndex.discard()
            throw error
        }
    }

    private func apply(_ outcome: FileOutcome, now: String, onSkip: (FileStamp, SkipReason) -> Void) throws {
        summary.seen += 1
        try write(outcome, now: now, onSkip: onSkip)
    }

    private func write(_ outcome: FileOutcome, now: String, onSkip: (FileStamp, SkipReason) -> Void) throws {
        switch outcome {
        case let .unchanged(file):
            summary.unchanged += 1
            try ledger.markSeen(path: file.path, runID: runID)
        case let .sameContent(file, _):
            summary.unchanged += 1
            try ledger.touch(file, runID: runID, now: now)
        case let .skipped(file, reason):
            summary.skipped[reason.category, default: 0] += 1
            onSkip(file, reason)
            try ledger.record(file, sha256: nil, articleID: nil, status: "skipped", reason: reason.detail, encoding: nil, source: source, runID: runID, now: now)
        case let .article(file, sha, article, fingerprint, extraction):
            try store(file, sha: sha, article, fingerprint, extraction, now: now)
        case let .container(file, sha, records):
            try ledger.record(file, sha256: sha, articleID: nil, status: "container", reason: nil, encoding: nil, source: source, runID: runID, now: now)
            for record in records { try write(record, now: now, onSkip: onSkip) }
        }
    }

    private func store(_ file: FileStamp, sha: String, _ article: Article, _ fingerprint: Fingerprint,
                       _ extraction: Extraction, now: String) throws {
        let previous = try ledger.entry(forPath: file.path)?.articleID
        let record = { (id: Int64, status: String) in
            try self.ledger.record(file, sha256: sha, articleID: id, status: status, reason: nil, encoding: article.encoding,
                                   source: self.source, runID: self.runID, now: now)
        }
        if let existing = try store.id(forContentHash: fingerprint.contentHash) {
            if existing == previous { summary.unchanged += 1; try record(existing, "article"); return }
            summary.copies += 1
            try record(existing, "copy")
            try removeIfOrphaned(previous)
            return
        }
        if let previous, try ledger.fileCount(articleID: previous) == 1 {
            summary.updated += 1
            try searchIndex.flush()
            try store.update(id: previous, article, fingerprint, forms: extraction.forms, now: now)
            try searchTerms.add(title: article.title, body: article.body, forms: extraction.forms)
            try store.linkNearDuplicate(id: previous, article, fingerprint)
            try storeExtraction(previous, extraction)
            try record(previous, "article")
            return
        }
        let id = try store.insert(article, fingerprint, forms: extraction.forms, now: now)
        searchIndex.added(id)
        try searchTerms.add(title: article.title, body: article.body, forms: extraction.forms)
        if try store.linkNearDuplicate(id: id, article, fingerprint) { summary.nearDuplicates += 1 }
        try storeExtraction(id, extraction)
        if previous == nil { summary.added += 1 } else { summary.updated += 1 }
        try record(id, "article")
    }

    /// Mentions with the user's corrections, then events; after the near-duplicate link, which
    /// lets undated events of two copies of one story be one.
    private func storeExtraction(_ articleID: Int64, _ extraction: Extraction) throws {
        let ids = try entities.replaceMentions(articleID: articleID, corrections.apply(extraction.mentions))
        touched.formUnion(ids.values)
        try events.replaceEvents(articleID: articleID, extraction.events, entityIDs: ids)
    }

    /// An article whose last file now holds other text has nothing left to stand on.
    private func removeIfOrphaned(_ articleID: Int64?) throws {
        guard let articleID, try ledger.fileCount(articleID: articleID) == 0 else { return }
        try searchIndex.flush()
        try store.delete(id: articleID)
    }

    /// Forgets files under `root` that this run did not see, and the articles only they held.
    func prune(root: String) throws {
        try db.transaction {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            let orphans = try db.prepare("""
                SELECT DISTINCT article_id FROM files
                WHERE (path = ?1 OR (path >= ?2 AND path < ?3)) AND run_id IS NOT ?4 AND article_id IS NOT NULL
                """)
            try orphans.bind([.text(root), .text(prefix), .text(String(prefix.dropLast()) + "0"), .integer(runID)])
            var candidates: [Int64] = []
            try orphans.forEachRow { if case let .integer(id) = $0[0] { candidates.append(id) } }
            try db.execute("""
                DELETE FROM files WHERE (path = ?1 OR (path >= ?2 AND path < ?3)) AND run_id IS NOT ?4
                """, [.text(root), .text(prefix), .text(String(prefix.dropLast()) + "0"), .integer(runID)])
            summary.pruned += db.changes
            for id in candidates { try removeIfOrphaned(id) }
        }
    }

    /// Merges the entities that name one referent (`EntityMerging`) and closes the run's record with its counts.
    /// Only the entities this run's articles name (and those a stopped run left, `leftUnmerged`) are
    /// weighed, with those they could join; a run that
    /// removed articles changes counts anywhere, so it weighs them all.
    func finish() throws {
        if summary.pruned > 0 {
            try EntityMerging.run(db)
        } else if !touched.isEmpty {
            try EntityMerging.run(db, touching: touched)
        }
        try db.execute("""
            UPDATE ingest_runs SET finished_at = ?, seen = ?, added = ?, updated = ?, unchanged = ?, duplicates = ?,
                   skipped = ?, pruned = ? WHERE id = ?
            """, [.text(Clock.now()), Value(summary.seen), Value(summary.added), Value(summary.updated), Value(summary.unchanged),
                  Value(summary.copies + summary.nearDuplicates), Value(summary.skippedTotal), Value(summary.pruned), .integer(runID)])
    }
}

/// Timestamps as ISO 8601 UTC text, the form SQLite's date functions read.
enum Clock {
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
