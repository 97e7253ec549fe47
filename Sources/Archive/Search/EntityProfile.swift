/// One entity as `archive entity NAME` shows it: spellings, articles naming it, company it keeps.
public struct EntityProfile: Sendable {
    public let id: Int64
    public let name: String
    public let type: String
    public let code: String?
    public let aliases: [String]
    public let firstSeen: String?
    public let lastSeen: String?
    /// Articles naming it, newest first: id, title, published, source.
    public let articles: [[Value]]
    /// Entities most often named in the same articles: name, type, shared articles.
    public let companions: [[Value]]

    /// The profile of the entity `name` means; throws when no entity has that name or alias.
    public static func load(named name: String, from db: Connection, articleLimit: Int = 50) throws -> EntityProfile {
        guard let id = try EntityQueries.entityIDs(named: name, in: db).first else {
            throw ArchiveError.entityNotFound(name: name)
        }
        guard let row = try rows("SELECT name, type, code FROM entities WHERE id = ?", [.integer(id)], db).first else {
            throw ArchiveError.entityNotFound(name: name)
        }
        let aliases = try rows("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [.integer(id)], db).compactMap { $0[0].textValue }
        let span = try rows("""
            SELECT min(a.published), max(a.published) FROM mention_spans m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?
            """, [.integer(id)], db).first
        let articles = try rows("""
            SELECT DISTINCT a.id, a.title, a.published, a.source FROM mention_spans m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id = ? ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ?
            """, [.integer(id), .integer(Int64(articleLimit))], db)
        let companions = try rows("""
            SELECT e.name, e.type, count(DISTINCT other.article_id) AS shared
            FROM mention_spans mine JOIN mention_spans other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
            JOIN entities e ON e.id = other.entity_id
            WHERE mine.entity_id = ? GROUP BY e.id ORDER BY shared DESC, e.name LIMIT 10
            """, [.integer(id)], db)
        return EntityProfile(id: id, name: row[0].textValue ?? name, type: row[1].textValue ?? "", code: row[2].textValue,
                             aliases: aliases, firstSeen: span?[0].textValue, lastSeen: span?[1].textValue,
                             articles: articles, companions: companions)
    }

    private static func rows(_ sql: String, _ values: [Value], _ db: Connection) throws -> [[Value]] {
        let statement = try db.prepare(sql)
        try statement.bind(values)
        var out: [[Value]] = []
        try statement.forEachRow { out.append($0) }
        return out
    }

    /// The profile as a person reads it.
    public var text: String {
        var lines = ["\(name) (\(type)\(code.map { ", " + $0 } ?? ""))"]
        lines.append("aliases: " + aliases.joined(separator: "; "))
        if let firstSeen, let lastSeen { lines.append("first seen: \(firstSeen)  last seen: \(lastSeen)") }
        lines.append("")
        lines.append("articles (newest first):")
        for row in articles {
            lines.append("  \(row[0].textValue ?? "")  \(row[2].textValue ?? "          ")  \(row[1].textValue ?? "(untitled)")  \(row[3].textValue ?? "")")
        }
        lines.append("")
        lines.append("named with:")
        for row in companions { lines.append("  \(row[0].textValue ?? "") (\(row[1].textValue ?? "")): \(row[2].textValue ?? "") articles") }
        return lines.joined(separator: "\n") + "\n"
    }
}
