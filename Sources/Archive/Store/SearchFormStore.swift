import Dispatch

/// Keeps `articles.title_forms` and `body_forms` (`SearchForms`) in step with the text where
/// `archive ingest` did not write it: articles another program wrote (`search_forms_stale`), and
/// every article of an archive that is gaining the columns.
enum SearchFormStore {
    /// The forms of each (title, body), computed on all cores.
    static func forms(of texts: [(title: String?, body: String)]) -> [(title: String?, body: String?)] {
        let slots = Slots<(title: String?, body: String?)>(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            slots[index] = (SearchForms.column(texts[index].title), SearchForms.column(texts[index].body))
        }
        return slots.values
    }

    /// Writes the forms of the articles `selection` lists (a query of ids after `?1`, at most `?2`),
    /// a batch at a time; returns how many were written. The update trigger re-indexes each.
    @discardableResult
    static func fill(_ connection: Connection, selecting selection: String) throws -> Int {
        let select = try connection.prepare("""
            SELECT id, title, body FROM articles WHERE id IN (\(selection)) ORDER BY id
            """)
        let update = try connection.prepare("""
            UPDATE articles SET title_forms = :title, body_forms = :body WHERE id = :id
              AND (title_forms IS NOT :title OR body_forms IS NOT :body)
            """)
        var after: Int64 = 0
        var done = 0
        while true {
            try select.bind([.integer(after), .integer(1024)])
            var ids: [Int64] = []
            var texts: [(title: String?, body: String)] = []
            try select.forEachRow { row in
                guard let id = row[0].integerValue else { return }
                ids.append(id)
                texts.append((row[1].textValue, row[2].textValue ?? ""))
            }
            guard let last = ids.last else { return done }
            after = last
            for (id, forms) in zip(ids, forms(of: texts)) {
                try update.bind([":title": Value(forms.title), ":body": Value(forms.body), ":id": .integer(id)])
                try update.run()
            }
            done += ids.count
        }
    }

    /// Computes the forms of the articles another program wrote since the last ingest.
    static func refreshStale(_ connection: Connection) throws {
        guard try connection.scalar("SELECT EXISTS (SELECT 1 FROM search_forms_stale)") == .integer(1) else { return }
        try connection.transaction {
            try fill(connection, selecting: "SELECT article_id FROM search_forms_stale WHERE article_id > ?1 ORDER BY article_id LIMIT ?2")
            try connection.execute("DELETE FROM search_forms_stale")
        }
    }
}
