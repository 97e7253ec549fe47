/// The canned queries: what a reader of news asks first. Each takes its parameters from a form;
/// an empty form returns nothing rather than an error.
extension DatasetteSetup {
    static var queries: [String: Any] {
        [
            "latest_articles": [
                "title": "Latest articles",
                "description": "The articles to read, newest first: date, outlet, title and the opening of the body, reposts left out; an outlet narrows it, empty for all.",
                "sql": latestSQL,
            ] as [String: Any],
            "search": [
                "title": "Search the articles",
                "description": "Full-text search (FTS5 syntax: words, \"phrases\", OR, NOT, prefix*), best first, titles weighing ten times bodies, one row per story (reposts left out), with a snippet around the hits between ** marks.",
                "sql": searchSQL,
            ] as [String: Any],
            "articles_naming": [
                "title": "Articles naming an entity",
                "description": "Articles that name a person, organisation or place under any spelling the archive has seen (its name or an alias, any case), newest first, with how often each names it.",
                "sql": namingSQL,
            ] as [String: Any],
            "events_per_month": [
                "title": "Events per month",
                "description": "Events per month by ACLED event type, with the fatalities reported; a country (name or ISO code) narrows it, empty for all.",
                "sql": perMonthSQL,
            ] as [String: Any],
        ]
    }

    static let latestSQL = """
        SELECT id, published, source, title, substr(body, 1, 240) || CASE WHEN length(body) > 240 THEN '…' ELSE '' END AS opening
        FROM articles
        WHERE duplicate_of IS NULL AND (:source = '' OR source = :source COLLATE NOCASE)
        ORDER BY published IS NULL, published DESC, id DESC
        LIMIT 200
        """

    static let searchSQL = """
        SELECT a.id, a.title, a.published, a.source,
               snippet(articles_fts, 1, '**', '**', '…', 24) AS snippet
        FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
        WHERE :query <> '' AND articles_fts MATCH :query AND a.duplicate_of IS NULL
        ORDER BY bm25(articles_fts, 10.0, 1.0, 10.0, 1.0)
        LIMIT 100
        """

    static let namingSQL = """
        SELECT a.id, a.title, a.published, a.source, e.name AS entity, e.type, count(*) AS mentions
        FROM entities AS e
        JOIN mention_spans AS m ON m.entity_id = e.id
        JOIN articles AS a ON a.id = m.article_id
        WHERE :name <> ''
          AND (e.name = :name COLLATE NOCASE
               OR e.id IN (SELECT entity_id FROM aliases WHERE alias = :name COLLATE NOCASE OR folded = lower(:name)))
        GROUP BY a.id, e.id
        ORDER BY a.published DESC, a.id DESC
        LIMIT 1000
        """

    /// One column per ACLED event type, named as a column can be (`explosions_remote_violence`).
    static var perMonthSQL: String {
        let types = EventType.allCases.map { type in
            let column = type.rawValue.lowercased().map { $0.isLetter ? String($0) : "_" }.joined()
            return "       sum(event_type = '\(type.rawValue)') AS \(column),"
        }
        return """
            SELECT substr(event_date, 1, 7) AS month, count(*) AS events,
            \(types.joined(separator: "\n"))
                   sum(fatalities) AS fatalities
            FROM events
            WHERE length(event_date) >= 7
              AND (:country = '' OR country = :country COLLATE NOCASE OR country_code = upper(:country))
            GROUP BY month
            ORDER BY month
            """
    }
}
