/// The archive's look-up of people by surname (`entities.surname`, schema version 10): a lone
/// surname joins the one person the archive names in full with it even when no article gave both,
/// and the merging pass of an ingest finds that person without reading every entity.
extension EntityMerging {
    /// What `entities.surname` holds for a name of `type`: a person's last written word, folded
    /// (`kilroy silk` of `Robert Kilroy-Silk`), when the name has two words or more; nil otherwise.
    static func surname(of name: String, type: EntityType) -> String? {
        guard type == .person, name.contains(" "), let last = name.split(separator: " ").last else { return nil }
        let folded = NameKey.fold(String(last))
        return folded.isEmpty ? nil : folded
    }

    /// Fills `entities.surname` for the people an archive stored before it had the column.
    static func fillSurnames(_ db: Connection) throws {
        var found: [(Int64, String)] = []
        try db.prepare("SELECT id, name FROM entities WHERE type = 'person' AND surname IS NULL AND instr(name, ' ') > 0").forEachRow { row in
            if case let .integer(id) = row[0], let name = row[1].textValue, let s = surname(of: name, type: .person) { found.append((id, s)) }
        }
        let update = try db.prepare("UPDATE entities SET surname = ? WHERE id = ?")
        for (id, s) in found {
            try update.bind([.text(s), .integer(id)])
            try update.run()
        }
    }
}

extension EntityMerging {
    /// Whether the articles naming one of `a` and those naming one of `b` name a person or an
    /// organisation in common besides them. Two people sharing a surname in one archive are often
    /// two referents (an economist and a starship's captain, a peer and an actor); what their
    /// articles say around the name tells them apart, a place seldom does (`London`, `United
    /// States`). Reads at most `limit` articles a side, so a famous name costs what a rare one does.
    static func shareContext(_ db: Connection, _ a: [Int64], _ b: [Int64], limit: Int = 200) throws -> Bool {
        let articles = try db.prepare("SELECT article_id FROM mention_spans WHERE entity_id = ? LIMIT ?")
        let named = try db.prepare("SELECT m.entity_id FROM mention_spans m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? AND e.type != 'place'")
        let own = Set(a + b)
        func context(_ ids: [Int64]) throws -> Set<Int64> {
            var seen = Set<Int64>(), found = Set<Int64>()
            for id in ids {
                try articles.bind([.integer(id), .integer(Int64(limit))])
                try articles.forEachRow { if case let .integer(n) = $0[0] { seen.insert(n) } }
            }
            for article in seen.sorted().prefix(limit) {
                try named.bind([.integer(article)])
                try named.forEachRow { if case let .integer(id) = $0[0], !own.contains(id) { found.insert(id) } }
            }
            return found
        }
        let left = try context(a)
        return left.isEmpty ? false : try !left.isDisjoint(with: context(b))
    }
}
