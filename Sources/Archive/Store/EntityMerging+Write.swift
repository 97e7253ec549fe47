/// Writing a pass's merges: mentions, spellings and events' actors move to the entity kept.
extension EntityMerging {
    /// Moves everything of each `source` to its `target` and deletes the sources, in one transaction.
    static func write(_ db: Connection, _ merges: [(source: Int64, target: Int64)]) throws {
        guard !merges.isEmpty else { return }
        try db.transaction {
            try db.execute("CREATE TEMP TABLE IF NOT EXISTS merged_entities (source INTEGER PRIMARY KEY, target INTEGER NOT NULL)")
            try db.execute("DELETE FROM temp.merged_entities")
            let insert = try db.prepare("INSERT INTO temp.merged_entities (source, target) VALUES (?, ?)")
            for m in merges {
                try insert.bind([.integer(m.source), .integer(m.target)])
                try insert.run()
            }
            try db.execute("""
                UPDATE mention_spans SET entity_id = (SELECT target FROM temp.merged_entities WHERE source = entity_id)
                WHERE entity_id IN (SELECT source FROM temp.merged_entities)
                """)
            try db.execute("""
                INSERT OR IGNORE INTO aliases (entity_id, alias, folded)
                SELECT m.target, a.alias, a.folded FROM aliases AS a JOIN temp.merged_entities AS m ON m.source = a.entity_id
                """)
            for column in ["actor1_id", "actor2_id", "claimed_by_id", "location_id"] {
                try db.execute("""
                    UPDATE events SET \(column) = (SELECT target FROM temp.merged_entities WHERE source = \(column))
                    WHERE \(column) IN (SELECT source FROM temp.merged_entities)
                    """)
            }
            try db.execute("DELETE FROM entities WHERE id IN (SELECT source FROM temp.merged_entities)")
            try db.execute("DELETE FROM temp.merged_entities")
        }
    }
}
