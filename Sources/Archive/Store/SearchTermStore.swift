/// Keeps `search_terms`, the list of every term in the search index, in step with the articles
/// an ingest writes: prefix searches look their terms up there (`PrefixTerms`).
final class SearchTermStore {
    private let tokenizer: FTSTokenizer
    private let insert: Statement
    /// Terms already in the table, so a common word costs a hash lookup rather than an index
    /// probe; bounded, since a large archive's vocabulary runs to millions of terms.
    private var known = Set<String>()
    static let knownLimit = 200_000

    init(_ connection: Connection) throws {
        tokenizer = try FTSTokenizer(connection)
        insert = try connection.prepare("INSERT OR IGNORE INTO search_terms (term) VALUES (?)")
    }

    /// Adds the terms FTS5 indexes for an article's title, body and their search forms.
    func add(title: String?, body: String, forms: (title: String?, body: String?) = (nil, nil)) throws {
        for text in [title ?? "", body, forms.title ?? "", forms.body ?? ""] where !text.isEmpty {
            for term in tokenizer.tokens(text, mode: .document) where !known.contains(term) {
                try insert.bind([.text(term)])
                try insert.run()
                if known.count >= Self.knownLimit { known.removeAll(keepingCapacity: true) }
                known.insert(term)
            }
        }
    }

    /// Lists the index's terms again when something other than an ingest wrote articles
    /// (`search_terms_stale`), or when an older archive gains the table.
    static func refillIfStale(_ connection: Connection) throws {
        guard try connection.scalar("SELECT EXISTS (SELECT 1 FROM search_terms_stale)") == .integer(1) else { return }
        try connection.transaction { try refill(connection) }
    }

    static func refill(_ connection: Connection) throws {
        // fts5vocab reads every doclist: slow (24 s at a million articles), but it lists exactly the indexed terms.
        try connection.execute(script: """
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.archive_vocabulary USING fts5vocab(main, articles_fts, row);
            INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.archive_vocabulary;
            DROP TABLE temp.archive_vocabulary;
            DELETE FROM search_terms_stale;
            """)
    }

    /// After a rollback the table no longer holds every term remembered as known.
    func forgetKnown() {
        known.removeAll()
    }
}
