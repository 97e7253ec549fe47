/// Reading entities: lists, one entity's profile, lookups by any spelling, and exports.
public enum EntityQueries {
    /// The columns of `archive entities`.
    public static let listColumns = ["name", "type", "code", "articles", "mentions"]
    /// The columns of `archive export entities`.
    public static let exportColumns = ["id", "type", "name", "aliases", "code", "country", "latitude", "longitude",
                                        "articles", "mentions"]
    /// The columns of `archive export mentions`.
    public static let mentionColumns = ["article_id", "entity_id", "type", "name", "text", "start", "end", "sentence"]

    /// The ids of the entities a person means by `name`: its name or any alias, spelled any way.
    public static func entityIDs(named name: String, in db: Connection) throws -> [Int64] {
        let select = try db.prepare("""
            SELECT id FROM entities WHERE name = ?1 COLLATE NOCASE
            UNION SELECT entity_id FROM aliases WHERE folded = ?2
            """)
        try select.bind([.text(name), .text(NameKey.fold(name))])
        var ids: [Int64] = []
        try select.forEachRow { if case let .integer(id) = $0[0] { ids.append(id) } }
        return ids
    }

    /// Entities by the number of articles naming them; returns how many were written.
    @discardableResult
    public static func list(type: EntityType?, query: String?, top: Int, in db: Connection, to writer: any RowWriter) throws -> Int {
        let statement = try db.prepare("""
            SELECT e.name, e.type, e.code, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
            FROM entities AS e JOIN mention_spans AS m ON m.entity_id = e.id
            WHERE (?1 IS NULL OR e.type = ?1)
              AND (?2 IS NULL OR e.id IN (\(spellingMatch(2))))
            GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT ?3
            """)
        try statement.bind([Value(type?.rawValue), spellingPattern(query), .integer(Int64(top))])
        return try Exporter.stream(statement, columns: listColumns, to: writer)
    }

    /// The entities with a spelling in which the query, folded as names are (`NameKey.fold`),
    /// starts a word: `geo` finds George Bush, `bush` George W Bush, but `eorge` nothing and
    /// `I'm` (`im`) not Tim. Spellings starting with it are a range of the `aliases_folded`
    /// index; a later word needs a scan of that index, whose cost grows with the spellings, not
    /// the articles (0.13 s for 1.5 million). `?n` is bound by `spellingPattern`.
    static func spellingMatch(_ n: Int) -> String {
        """
        SELECT entity_id FROM aliases WHERE folded >= ?\(n) AND folded < ?\(n) || char(1114111)
        UNION ALL SELECT entity_id FROM aliases WHERE instr(folded, ' ' || ?\(n)) > 0
        """
    }

    /// What `spellingMatch` compares: the query folded, or NULL for no query.
    static func spellingPattern(_ query: String?) -> Value {
        query.map { .text(NameKey.fold($0)) } ?? .null
    }

    /// Every entity with its spellings and counts.
    @discardableResult
    public static func exportEntities(from db: Connection, to writer: any RowWriter) throws -> Int {
        let statement = try db.prepare("""
            SELECT e.id, e.type, e.name,
                   (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases,
                   e.code, e.country, e.latitude, e.longitude,
                   (SELECT count(DISTINCT article_id) FROM mention_spans WHERE entity_id = e.id) AS articles,
                   (SELECT count(*) FROM mention_spans WHERE entity_id = e.id) AS mentions
            FROM entities AS e ORDER BY e.id
            """)
        return try Exporter.stream(statement, columns: exportColumns, to: writer)
    }

    /// Every mention, article by article, in text order.
    @discardableResult
    public static func exportMentions(from db: Connection, to writer: any RowWriter) throws -> Int {
        let statement = try db.prepare("""
            SELECT m.article_id, m.entity_id, e.type, e.name, substr(a.body, m.start + 1, m."end" - m.start), m.start, m."end", m.sentence
            FROM mention_spans AS m JOIN entities AS e ON e.id = m.entity_id JOIN articles AS a ON a.id = m.article_id
            ORDER BY m.article_id, m.start
            """)
        return try Exporter.stream(statement, columns: mentionColumns, to: writer)
    }
}
