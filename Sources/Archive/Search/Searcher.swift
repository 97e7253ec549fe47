/// One search: the query, the filters and the page of hits wanted.
public struct SearchRequest: Sendable {
    public var query: String
    /// Pass the query to FTS5 as it is, with FTS5's own syntax and errors.
    public var raw = false
    /// Words as written: no stemming, no folding but for case, no acronym or Arabic forms.
    public var exact = false
    public var filter = ArticleFilter()
    public var limit = 20
    public var offset = 0
    /// Marks put around the hits in the snippet.
    public var highlight = (open: "[", close: "]")
    /// How many matches are ranked together: see `Searcher`.
    public var block = Searcher.block

    public init(query: String) {
        self.query = query
    }
}

/// Runs full-text searches over the archive and streams the hits to a row writer.
///
/// Ranking: the matches that pass the filters are taken newest first (by article id, the order
/// they were added) in blocks of `block` (500); each block is ordered by bm25 with hits in the
/// title weighing ten times hits in the body. The first block's best hit is rank 1; the second
/// block follows the first. A query matching fewer articles than a block is ranked by bm25 as a
/// whole. Ranking every match would cost time in proportion to the number of matches (`milit*`
/// matches a third of the archive); a block bounds the work per page whatever the archive's size,
/// and pages never repeat or skip a hit.
public enum Searcher {
    /// The columns of a search result, in order.
    public static let columns = ["id", "rank", "title", "published", "source", "snippet", "path"]

    /// How many matches are ranked together by default.
    /// 500: at a million articles a block of 1,000 cost 5–7 ms at p50 and 500 about 3 ms
    /// (docs/performance.md); the best of the newest 500 matches is still a full page of good hits.
    public static let block = 500

    /// The query as FTS5 is given it, with `archive_exact` defined on `db` for an exact one.
    static func query(of request: SearchRequest, in db: Connection) throws -> FTSQuery {
        if request.raw { return FTSQuery.raw(request.query) }
        let query = try FTSQuery.parse(request.query, prefixes: PrefixTerms(db), exact: request.exact)
        query.exact?.define(on: db)
        return query
    }

    /// The condition an exact query adds to the match: the words as written (`ExactMatch`).
    static func exactCondition(_ query: FTSQuery) -> String {
        query.exact == nil ? "" : "AND archive_exact(a.title, a.body)"
    }

    /// Writes the hits, best first; returns how many were written.
    @discardableResult
    public static func search(_ request: SearchRequest, in db: Connection, to writer: any RowWriter) throws -> Int {
        let query = try query(of: request, in: db)
        let block = max(1, request.block)
        // One walk down the doclist, newest first, takes a block and scores its rows; the window
        // functions give the block's bounds and size before the sort keeps the page. archive_rank
        // is bm25 (Sources/CArchiveFTS) with a hit in the title weighing ten times one in the
        // body; its scores are tiny and corpus-dependent, so the rank column is the hit's position.
        let ranked = try db.prepare("""
            SELECT id, NULL AS rank, title, published, source, min(id) OVER (), max(id) OVER (), count(*) OVER () FROM (
                SELECT a.id, a.title, a.published, a.source, archive_rank(articles_fts, 10.0, 1.0, 10.0, 1.0) AS score
                FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH :match AND \(ArticleFilter.sqlCondition) \(exactCondition(query))
                ORDER BY articles_fts.rowid DESC LIMIT :block OFFSET :skip)
            ORDER BY score, id LIMIT :limit OFFSET :offset
            """)
        // Snippets for the hits shown only: SQLite computes every selected column of every row it
        // sorts, and a snippet tokenizes the whole body. One pass over the block's range, not one
        // query per hit: a prefix query's doclists are merged again by every FTS5 query, and `+`
        // keeps the id list from becoming one such query per id. The snippet's expression is an OR
        // of the query's plain words (at most FTSQuery.snippetTerms of them): FTS5's snippet costs
        // its phrases times their hits, which made a pasted article's query cost its length squared.
        // Acronyms, amounts and Arabic words are highlighted by `SearchForms.snippet`.
        let snippetExpression = request.raw ? query.expression : query.snippetExpression
        let snippets = try snippetExpression.map { _ in
            try db.prepare("""
                SELECT articles_fts.rowid, snippet(articles_fts, 1, :open, :close, '…', 16)
                FROM articles_fts WHERE articles_fts MATCH :match AND articles_fts.rowid BETWEEN :low AND :high
                AND +articles_fts.rowid IN (SELECT value FROM json_each(:ids))
                """)
        }
        let body = try db.prepare("SELECT body FROM articles WHERE id = ?")
        let path = try db.prepare("SELECT path FROM files WHERE article_id = ? ORDER BY id LIMIT 1")
        var parameters = request.filter.parameters
        parameters[":match"] = .text(query.expression)
        parameters[":block"] = .integer(Int64(block))
        var snippetParameters: [String: Value] = [":match": Value(snippetExpression), ":open": .text(request.highlight.open),
                                                  ":close": .text(request.highlight.close)]

        var blockIndex = max(0, request.offset) / block
        var skipInBlock = max(0, request.offset) % block
        var wanted = max(0, request.limit)
        var begun = false
        var count = 0
        while wanted > 0 {
            parameters[":skip"] = .integer(Int64(blockIndex) * Int64(block))
            parameters[":limit"] = .integer(Int64(min(wanted, block - skipInBlock)))
            parameters[":offset"] = .integer(Int64(skipInBlock))
            try ranked.bind(parameters)
            var hits: [[Value]] = []
            do {
                while let hit = try ranked.next() { hits.append(hit) }
            } catch let ArchiveError.sqlite(_, message, _) where request.raw {
                // FTS5 reports a bad raw query on the first step, before any output is written.
                throw ArchiveError.invalidQuery(query: request.query, reason: "\(message); see FTS5's query syntax, or leave out --raw")
            }
            if !begun {
                try writer.begin(columns: columns)
                begun = true
            }
            // No row: the block holds no more than the offset skips, so there is nothing after it.
            guard let first = hits.first, let low = first[5].integerValue, let high = first[6].integerValue,
                  let size = first[7].integerValue else { break }
            snippetParameters[":low"] = .integer(low)
            snippetParameters[":high"] = .integer(high)
            snippetParameters[":ids"] = .text("[" + hits.compactMap { $0[0].integerValue.map(String.init) }.joined(separator: ",") + "]")
            var snippetOf: [Int64: Value] = [:]
            if let snippets {
                try snippets.bind(snippetParameters)
                while let row = try snippets.next() { if let id = row[0].integerValue { snippetOf[id] = row[1] } }
            }
            for hit in hits {
                count += 1
                if !query.forms.isEmpty, let id = hit[0].integerValue,
                   !(snippetOf[id]?.textValue?.contains(request.highlight.open) ?? false) {
                    // A hit by an acronym, amount or Arabic word: FTS5 cannot highlight those in the body.
                    try body.bind([hit[0]])
                    if let text = try body.next()?.first?.textValue,
                       let snippet = SearchForms.snippet(of: text, showing: query.forms, highlight: request.highlight) {
                        snippetOf[id] = .text(snippet)
                    }
                    try body.bind([])
                }
                try path.bind([hit[0]])
                let file = try path.next()?.first ?? .null
                try path.bind([])
                // The position among all hits, so page two goes on where page one stopped.
                try writer.write([hit[0], .integer(Int64(request.offset + count))] + hit[2..<5]
                                 + [hit[0].integerValue.flatMap { snippetOf[$0] } ?? .null, file])
            }
            wanted -= hits.count
            // A block short of full was the last one.
            guard size == block else { break }
            blockIndex += 1
            skipInBlock = 0
        }
        if !begun { try writer.begin(columns: columns) }
        try writer.finish()
        return count
    }
}
