/// Linking near-duplicates: the same story reposted with other page furniture is kept, and
/// points to one original so searches show the story once.
extension ArticleStore {
    private struct Candidate {
        let id: Int64
        let distance: Int
        let duplicateOf: Int64?
    }

    /// Links article `id` to the story it repeats, if any; the better-sourced copy becomes the original.
    /// Returns whether it was found to be a near-duplicate.
    @discardableResult
    func linkNearDuplicate(id: Int64, _ article: Article, _ fingerprint: Fingerprint) throws -> Bool {
        guard let match = try closestMatch(to: id, fingerprint) else { return false }
        let root = match.duplicateOf ?? match.id
        if try outranks(article, root: root) {
            try run("UPDATE articles SET duplicate_of = ?1 WHERE id = ?2 OR duplicate_of = ?2", [.integer(id), .integer(root)])
        } else {
            try run("UPDATE articles SET duplicate_of = ? WHERE id = ?", [.integer(root), .integer(id)])
        }
        return true
    }

    /// Band `i` of `articles.simhash` (`Fingerprint.bands[i]`), spelled as its index in schema.sql
    /// spells it: SQLite uses an index on an expression only for that same expression.
    static let bands = ["simhash & 65535", "(simhash >> 16) & 65535", "(simhash >> 32) & 65535", "(simhash >> 48) & 65535"]

    /// The candidates sharing band `band` with a hash: read from the band's index alone.
    static func candidateQuery(band: Int) -> String {
        "SELECT id, simhash FROM articles WHERE \(bands[band]) = ? AND id <> ?"
    }

    private func closestMatch(to id: Int64, _ fingerprint: Fingerprint) throws -> Candidate? {
        var best: (id: Int64, distance: Int)?
        for (band, key) in fingerprint.bands.enumerated() {
            let select = try statement(Self.candidateQuery(band: band))
            try select.bind([.integer(Int64(key)), .integer(id)])
            while let row = try select.next() {
                guard case let .integer(other) = row[0], case let .integer(hash) = row[1] else { continue }
                let distance = fingerprint.distance(to: UInt64(bitPattern: hash))
                guard distance <= Fingerprint.nearDuplicateDistance else { continue }
                if best == nil || distance < best!.distance || (distance == best!.distance && other < best!.id) {
                    best = (other, distance)
                }
            }
        }
        guard let best else { return nil }
        let select = try statement("SELECT duplicate_of FROM articles WHERE id = ?")
        try select.bind([.integer(best.id)])
        var duplicateOf: Int64?
        if case let .integer(d)? = try select.next()?.first { duplicateOf = d }
        try select.bind([])
        return Candidate(id: best.id, distance: best.distance, duplicateOf: duplicateOf)
    }

    /// The original of a story is the earliest dated copy; among equals, the one that says most
    /// about itself (headline, outlet, byline, tags), so a bare repost never hides the source page.
    private func outranks(_ article: Article, root: Int64) throws -> Bool {
        let select = try statement("SELECT published, title, source, byline, tags FROM articles WHERE id = ?")
        try select.bind([.integer(root)])
        guard let row = try select.next() else { return true }
        try select.bind([])
        let rootDate = row[0].textValue.flatMap(PartialDate.init(iso:))
        if let mine = article.published, let theirs = rootDate, mine.description != theirs.description {
            return mine < theirs
        }
        if (article.published == nil) != (rootDate == nil) { return article.published != nil }
        let rootRichness = [row[1], row[2], row[3]].filter { $0 != .null }.count + (row[4].textValue == "[]" ? 0 : 1)
        let richness = [article.title, article.source, article.byline].compactMap { $0 }.count + (article.tags.isEmpty ? 0 : 1)
        return richness > rootRichness
    }
}
