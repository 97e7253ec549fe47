/// Entities, their spellings and their mentions: what the writer stores for each article's extraction.
struct EntityStore {
    let store: ArticleStore

    /// Replaces the article's mentions with `mentions`, creating entities and aliases as needed;
    /// returns each mention's entity by the mention's start offset.
    @discardableResult
    func replaceMentions(articleID: Int64, _ mentions: [EntityMention]) throws -> [Int: Int64] {
        var byStart: [Int: Int64] = [:]
        try store.run("DELETE FROM mention_spans WHERE article_id = ?", [.integer(articleID)])
        var ids: [String: Int64] = [:]
        var aliases: Set<String> = []
        for mention in mentions {
            let id = try ids[mention.key] ?? entityID(for: mention)
            if ids.updateValue(id, forKey: mention.key) == nil, mention.name != mention.text {
                // The entity's name among its spellings: the merging pass finds an entity by them.
                try store.run("INSERT OR IGNORE INTO aliases (entity_id, alias, folded) VALUES (?, ?, ?)",
                              [.integer(id), .text(mention.name), .text(NameKey.fold(mention.name))])
            }
            byStart[mention.start] = id
            if aliases.insert(mention.key + "\u{0}" + mention.text).inserted {
                try store.run("INSERT OR IGNORE INTO aliases (entity_id, alias, folded) VALUES (?, ?, ?)",
                              [.integer(id), .text(mention.text), .text(NameKey.fold(mention.text))])
            }
            try store.run("""
                INSERT OR IGNORE INTO mention_spans (article_id, entity_id, start, "end", sentence) VALUES (?, ?, ?, ?, ?)
                """, [.integer(articleID), .integer(id), .integer(Int64(mention.start)), .integer(Int64(mention.end)),
                      .integer(Int64(mention.sentence))])
        }
        return byStart
    }

    /// The entity with the mention's key; the first name seen for a key stays its name. A place
    /// gets its point from the gazetteer (`EventGazetteer.point(ofPlace:code:country:)`).
    private func entityID(for mention: EntityMention) throws -> Int64 {
        let upsert = try store.statement("""
            INSERT INTO entities (type, name, key, code, country, latitude, longitude, surname) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET code = coalesce(entities.code, excluded.code),
                                            country = coalesce(entities.country, excluded.country),
                                            latitude = coalesce(entities.latitude, excluded.latitude),
                                            longitude = coalesce(entities.longitude, excluded.longitude)
            RETURNING id
            """)
        let point = mention.type == .place ? EventGazetteer.shared.point(ofPlace: mention.name, code: mention.code, country: mention.country) : nil
        try upsert.bind([.text(mention.type.rawValue), .text(mention.name), .text(mention.key), Value(mention.code), Value(mention.country),
                         point.map { .real($0.latitude) } ?? .null, point.map { .real($0.longitude) } ?? .null,
                         Value(EntityMerging.surname(of: mention.name, type: mention.type))])
        guard case let .integer(id)? = try upsert.next()?.first else {
            throw ArchiveError.sqlite(code: 0, message: "no id returned for entity \(mention.key)", sql: upsert.sql)
        }
        try upsert.bind([])
        return id
    }
}

/// How names are compared when a person looks one up: case, diacritics, apostrophes, hyphens
/// and `al-` prefixes do not matter (`Hashd al-Sha’abi` finds `Hashd al-Shaabi`).
public enum NameKey {
    public static func fold(_ name: String) -> String {
        if let key = asciiFold(name) { return key }
        // Most names hold no apostrophe; skipping Foundation's search for them saved about 8% of
        // an ingest's CPU time (every mention's alias is folded by the writer).
        guard name.unicodeScalars.contains(where: apostrophes.contains) else { return Words.tokens(name).joined(separator: " ") }
        return Words.tokens(name.replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
            .replacingOccurrences(of: "ʿ", with: "").replacingOccurrences(of: "ʼ", with: ""))
            .joined(separator: " ")
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["’", "'", "ʿ", "ʼ"]

    /// The key of a name written in ASCII (most names), made byte by byte: the general path builds a
    /// string for each word, and folding was a tenth of the program's instructions at start-up
    /// (the gazetteers' names) and 1% of each text's. Nil for any other name.
    private static func asciiFold(_ name: String) -> String? {
        var ascii = true
        let key = String(unsafeUninitializedCapacity: name.utf8.count) { out in
            var count = 0
            var gap = false
            for byte in name.utf8 {
                switch byte {
                case 0x27: continue // `O'Brien` is `obrien`, as the general path drops apostrophes
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                    // A separator is written before a word only when a word came before: no
                    // leading, trailing or double spaces, as `Words.tokens` joined by one space.
                    if gap, count > 0 { out[count] = 0x20; count += 1 }
                    gap = false
                    out[count] = byte | (byte >= 0x41 ? 0x20 : 0)
                    count += 1
                case 0x80...: ascii = false; return 0
                default: gap = true
                }
            }
            return count
        }
        return ascii ? key : nil
    }
}
