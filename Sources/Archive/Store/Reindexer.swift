import Dispatch

/// Re-runs entity and event extraction over stored article bodies — after an upgrade of the extractor, or
/// for the articles a correction touches — and applies the corrections on the way.
public enum Reindexer {
    /// Re-extracts `articleIDs` (all articles when nil); returns how many articles were processed.
    @discardableResult
    public static func reindex(databasePath: String, articleIDs: [Int64]? = nil, progress: IngestProgress? = nil) throws -> Int {
        let db = try ArchiveDatabase.openForWriting(at: databasePath)
        // The search forms first: everything's when everything is reindexed, else those another program left stale.
        if articleIDs == nil {
            try db.transaction {
                try SearchFormStore.fill(db, selecting: "SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2")
                try db.execute("DELETE FROM search_forms_stale")
            }
        } else {
            try SearchFormStore.refreshStale(db)
        }
        let store = ArticleStore(db)
        let entities = EntityStore(store: store)
        let events = EventStore(store: store)
        let rules = try CorrectionRules(db)
        var done = 0
        var after: Int64 = 0
        let batchSize = 512
        let select = try db.prepare("""
            SELECT id, body, published FROM articles WHERE id > ?1 AND (?2 IS NULL OR id IN (SELECT value FROM json_each(?2)))
            ORDER BY id LIMIT ?3
            """)
        let wanted: Value = articleIDs.map { .text("[" + $0.map(String.init).joined(separator: ",") + "]") } ?? .null
        while true {
            try select.bind([.integer(after), wanted, .integer(Int64(batchSize))])
            var batch: [(Int64, String, PartialDate?)] = []
            try select.forEachRow { row in
                if case let .integer(id) = row[0] { batch.append((id, row[1].textValue ?? "", row[2].textValue.flatMap { PartialDate(iso: $0) })) }
            }
            guard let last = batch.last else { break }
            after = last.0
            let extractions = extract(batch.map { ($0.1, $0.2) })
            try db.transaction {
                for (index, article) in batch.enumerated() {
                    let ids = try entities.replaceMentions(articleID: article.0, rules.apply(extractions[index].mentions))
                    try events.replaceEvents(articleID: article.0, extractions[index].events, entityIDs: ids)
                    try store.run("UPDATE articles SET extractor_version = ? WHERE id = ?",
                                  [.integer(Int64(ArticleStore.extractorVersion)), .integer(article.0)])
                }
            }
            done += batch.count
            progress?(done)
        }
        try db.execute("DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mention_spans WHERE entity_id = entities.id)")
        try EntityMerging.run(db)
        return done
    }

    private static func extract(_ articles: [(body: String, published: PartialDate?)]) -> [Extraction] {
        let slots = Slots<Extraction>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            slots[index] = Extraction(body: articles[index].body, published: articles[index].published)
        }
        return slots.values
    }
}
