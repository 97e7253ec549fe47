/// Corrections a person makes to entities. Each is kept in `corrections` and re-applied after
/// every extraction, so it survives re-ingest and `archive reindex`; the articles it touches are
/// re-extracted at once.
public enum Corrections {
    /// Mentions spelled `spelling` belong to the entity `entityName` from now on.
    @discardableResult
    public static func addAlias(_ spelling: String, to entityName: String, databasePath: String) throws -> Int {
        let db = try ArchiveDatabase.openForWriting(at: databasePath)
        let target = try entity(named: entityName, in: db)
        let affected = try articles(spelled: spelling, in: db)
        try record("merge", subject: NameKey.fold(spelling), value: target.key, type: target.type, in: db)
        return try Reindexer.reindex(databasePath: databasePath, articleIDs: affected)
    }

    /// The entity `name` is called `newName` from now on; returns the entity as it was.
    @discardableResult
    public static func rename(_ name: String, to newName: String, databasePath: String) throws -> CorrectedEntity {
        let db = try ArchiveDatabase.openForWriting(at: databasePath)
        let target = try entity(named: name, in: db)
        let before = try CorrectedEntity.load(key: target.key, in: db)
        try db.transaction {
            try record("rename", subject: target.key, value: newName, type: nil, in: db)
            try db.execute("UPDATE entities SET name = ?, surname = ? WHERE key = ?",
                           [.text(newName), Value(EntityMerging.surname(of: newName, type: target.type)), .text(target.key)])
        }
        return before
    }

    /// The entity `name` is not an entity: its mentions go, and are not extracted again. Returns
    /// the entity as it was, with the mentions that went.
    @discardableResult
    public static func delete(_ name: String, databasePath: String) throws -> CorrectedEntity {
        let db = try ArchiveDatabase.openForWriting(at: databasePath)
        let target = try entity(named: name, in: db)
        let before = try CorrectedEntity.load(key: target.key, in: db)
        try db.transaction {
            try record("delete", subject: target.key, value: nil, type: nil, in: db)
            try db.execute("DELETE FROM entities WHERE key = ?", [.text(target.key)])
        }
        return before
    }

    /// Mentions spelled `spelling` leave the entity `name` and become an entity of their own.
    @discardableResult
    public static func split(_ spelling: String, from name: String, databasePath: String) throws -> Int {
        let db = try ArchiveDatabase.openForWriting(at: databasePath)
        let source = try entity(named: name, in: db)
        let key = "\(source.type.rawValue):split:\(NameKey.fold(spelling))"
        let affected = try articles(spelled: spelling, in: db)
        try db.transaction {
            try record("rename", subject: key, value: spelling, type: nil, in: db)
            try record("merge", subject: NameKey.fold(spelling), value: key, type: source.type, in: db)
        }
        return try Reindexer.reindex(databasePath: databasePath, articleIDs: affected)
    }

    private static func entity(named name: String, in db: Connection) throws -> (key: String, type: EntityType) {
        let select = try db.prepare("SELECT key, type FROM entities WHERE id = ?")
        guard let id = try EntityQueries.entityIDs(named: name, in: db).first else { throw ArchiveError.entityNotFound(name: name) }
        try select.bind([.integer(id)])
        guard let row = try select.next(), let key = row[0].textValue,
              let type = row[1].textValue.flatMap(EntityType.init(rawValue:)) else {
            throw ArchiveError.entityNotFound(name: name)
        }
        return (key, type)
    }

    private static func articles(spelled spelling: String, in db: Connection) throws -> [Int64] {
        let select = try db.prepare("""
            SELECT DISTINCT m.article_id FROM mentions AS m
            JOIN aliases AS al ON al.entity_id = m.entity_id AND al.alias = m.text WHERE al.folded = ?
            """)
        try select.bind([.text(NameKey.fold(spelling))])
        var ids: [Int64] = []
        try select.forEachRow { if case let .integer(id) = $0[0] { ids.append(id) } }
        return ids
    }

    private static func record(_ action: String, subject: String, value: String?, type: EntityType?, in db: Connection) throws {
        try db.execute("INSERT INTO corrections (action, subject, value, type, created_at) VALUES (?, ?, ?, ?, ?)",
                       [.text(action), .text(subject), Value(value), Value(type?.rawValue), .text(Clock.now())])
    }
}

/// An entity as a correction found it: what the command tells the user it changed.
public struct CorrectedEntity: Sendable, Equatable {
    public let name: String
    public let type: EntityType
    public let mentions: Int
    public let articles: Int

    static func load(key: String, in db: Connection) throws -> CorrectedEntity {
        let select = try db.prepare("""
            SELECT e.name, e.type, count(m.article_id), count(DISTINCT m.article_id)
            FROM entities AS e LEFT JOIN mention_spans AS m ON m.entity_id = e.id WHERE e.key = ? GROUP BY e.id
            """)
        try select.bind([.text(key)])
        guard let row = try select.next(), let name = row[0].textValue,
              let type = row[1].textValue.flatMap(EntityType.init(rawValue:)),
              case let .integer(mentions) = row[2], case let .integer(articles) = row[3] else {
            throw ArchiveError.entityNotFound(name: key)
        }
        return CorrectedEntity(name: name, type: type, mentions: Int(mentions), articles: Int(articles))
    }

    /// `person "Akram al-Kaabi"`
    public var label: String { "\(type.rawValue) \"\(name)\"" }
}
