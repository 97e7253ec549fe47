import Foundation

/// The articles table: every write of an article goes through here.
final class ArticleStore {
    private let db: Connection
    private var statements: [String: Statement] = [:]

    init(_ connection: Connection) {
        db = connection
    }

    /// Prepared once per store and reused for every row of an ingest.
    func statement(_ sql: String) throws -> Statement {
        if let cached = statements[sql] { return cached }
        let prepared = try db.prepare(sql)
        statements[sql] = prepared
        return prepared
    }

    /// Runs a cached statement with `values` bound.
    func run(_ sql: String, _ values: [Value]) throws {
        let prepared = try statement(sql)
        try prepared.bind(values)
        try prepared.run()
    }

    func id(forContentHash hash: String) throws -> Int64? {
        let select = try statement("SELECT id FROM articles WHERE content_hash = ?")
        try select.bind([.text(hash)])
        guard case let .integer(id)? = try select.next()?.first else { return nil }
        try select.bind([])
        return id
    }

    func insert(_ article: Article, _ fingerprint: Fingerprint, forms: (title: String?, body: String?), now: String) throws -> Int64 {
        let insert = try statement("""
            INSERT INTO articles (title, published, date_precision, source, byline, url, language, tags, body, words,
                                  content_hash, simhash, encoding, extractor_version, title_forms, body_forms, added_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.bind(columns(article, fingerprint) + [Value(forms.title), Value(forms.body), .text(now), .text(now)])
        try insert.run()
        return db.lastInsertedRowID
    }

    func update(id: Int64, _ article: Article, _ fingerprint: Fingerprint, forms: (title: String?, body: String?), now: String) throws {
        let update = try statement("""
            UPDATE articles SET title = ?, published = ?, date_precision = ?, source = ?, byline = ?, url = ?, language = ?,
                   tags = ?, body = ?, words = ?, content_hash = ?, simhash = ?, encoding = ?, extractor_version = ?,
                   title_forms = ?, body_forms = ?, updated_at = ?, duplicate_of = NULL
            WHERE id = ?
            """)
        try update.bind(columns(article, fingerprint) + [Value(forms.title), Value(forms.body), .text(now), .integer(id)])
        try update.run()
    }

    /// Deletes an article; copies that pointed to it as their original now point to the oldest of them.
    func delete(id: Int64) throws {
        try promoteDuplicates(of: id)
        try run("DELETE FROM articles WHERE id = ?", [.integer(id)])
    }

    private func columns(_ article: Article, _ fingerprint: Fingerprint) -> [Value] {
        [Value(article.title), Value(article.published?.description), .text(article.published?.precision.rawValue ?? "unknown"),
         Value(article.source), Value(article.byline), Value(article.url), Value(article.language),
         .text(TagList.encode(article.tags)), .text(article.body), .integer(Int64(fingerprint.words)),
         .text(fingerprint.contentHash), .integer(Int64(bitPattern: fingerprint.simhash)), Value(article.encoding),
         .integer(Int64(ArticleStore.extractorVersion))]
    }

    /// The entity extractor's version, recorded per article so `archive reindex` knows what is old.
    /// Entity and event extraction in one number: 100 × entity version + event version.
    static var extractorVersion: Int { EntityExtractor.version * 100 + EventExtractor.version }

    private func promoteDuplicates(of id: Int64) throws {
        guard case let .integer(heir)? = try db.scalar("SELECT min(id) FROM articles WHERE duplicate_of = ?", [.integer(id)]) else { return }
        try db.execute("UPDATE articles SET duplicate_of = CASE WHEN id = ?1 THEN NULL ELSE ?1 END WHERE duplicate_of = ?2",
                       [.integer(heir), .integer(id)])
    }
}

/// Tags are stored as a JSON array so SQLite's json_each and Datasette can read them.
enum TagList {
    static func encode(_ tags: [String]) -> String {
        "[" + tags.map(JSONText.quote).joined(separator: ",") + "]"
    }

    static func decode(_ json: String?) -> [String] {
        guard let data = json?.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return array
    }
}
