/// Turns a prefix search into the index terms it matches, looked up in `search_terms`, so FTS5
/// walks each term's doclist newest first and stops with the block instead of merging every
/// doclist the prefix matches before it returns a row. The hits are the same either way.
final class PrefixTerms {
    /// More terms than this and FTS5's own prefix search is left to do it: a long OR costs as much.
    static let limit = 32

    private let tokenizer: FTSTokenizer
    private let select: Statement
    /// Articles written since the last ingest by another program may hold terms not listed.
    private let stale: Bool

    init(_ connection: Connection) throws {
        tokenizer = try FTSTokenizer(connection)
        stale = try connection.scalar("SELECT EXISTS (SELECT 1 FROM search_terms_stale)") == .integer(1)
        select = try connection.prepare("SELECT term FROM search_terms WHERE term >= ? ORDER BY term LIMIT ?")
    }

    /// The terms `word*` matches, each of which FTS5 finds again when given it as a query word;
    /// nil when the prefix is better left to FTS5 (several tokens, no term, too many terms, or a
    /// term that the tokenizer would change: the porter stemmer is not idempotent on every stem),
    /// and while `search_terms` may be incomplete.
    func terms(matching word: String) throws -> [String]? {
        guard !stale else { return nil }
        let tokens = tokenizer.tokens(word, mode: .prefix)
        guard tokens.count == 1, let prefix = tokens.first else { return nil }
        try select.bind([.text(prefix), .integer(Int64(Self.limit + 1))])
        var terms: [String] = []
        // Terms sort by their bytes, so the ones starting with the prefix's bytes come together.
        while let row = try select.next(), let term = row[0].textValue, term.utf8.starts(with: prefix.utf8) {
            terms.append(term)
        }
        try select.bind([])
        guard !terms.isEmpty, terms.count <= Self.limit else { return nil }
        for term in terms where tokenizer.tokens(term, mode: .query) != [term] { return nil }
        return terms
    }
}
