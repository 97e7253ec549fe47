import Foundation
import Testing
@testable import Archive

/// Prefix searches through `search_terms`: the vocabulary the ingest keeps, and the same hits as
/// FTS5's own prefix search.
@Suite("Prefix search")
struct PrefixSearchTests {
    let folder = TemporaryFolder()
    let path: String

    init() throws {
        let articles = try folder.copySeeds()
        try GeneratedCorpus.write(count: 150, into: articles.appendingPathComponent("generated"))
        path = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: path).ingest(articles.path)
    }

    /// The terms FTS5 holds, read through fts5vocab (which reads every doclist to list them).
    private func indexTerms(_ db: Connection) throws -> Set<String> {
        try db.execute(script: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, articles_fts, row)")
        var terms = Set<String>()
        try db.prepare("SELECT term FROM temp.vocabulary").forEachRow { if let t = $0[0].textValue { terms.insert(t) } }
        return terms
    }

    private func storedTerms(_ db: Connection) throws -> Set<String> {
        var terms = Set<String>()
        try db.prepare("SELECT term FROM search_terms").forEachRow { if let t = $0[0].textValue { terms.insert(t) } }
        return terms
    }

    @Test("after an ingest, search_terms holds exactly the terms of the search index")
    func vocabularyIsTheIndexTerms() throws {
        let db = try ArchiveDatabase.openForWriting(at: path)
        let index = try indexTerms(db)
        #expect(index.count > 500)
        #expect(try storedTerms(db) == index)
    }

    @Test("the tokenizer run directly is the one schema.sql gives the index")
    func tokenizerMatchesSchema() throws {
        #expect(Schema.sql.contains("tokenize=\"\(FTSTokenizer.specification)\""))
        let tokenizer = try FTSTokenizer(try ArchiveDatabase.openForReading(at: path))
        #expect(tokenizer.tokens("Aṣḥab al-Kahf attacked the U.S. convoys", mode: .document)
                == ["ashab", "al", "kahf", "attack", "the", "u", "s", "convoi"])
        #expect(tokenizer.tokens("Milit", mode: .prefix) == ["milit"])
    }

    @Test("a prefix search finds exactly the articles FTS5's own prefix search finds")
    func sameHitsAsFTS5() throws {
        let db = try ArchiveDatabase.openForReading(at: path)
        let prefixes = try PrefixTerms(db)
        var expanded = 0
        for query in ["milit*", "occup*", "ashab*", "Soleim*", "assassin*", "a*", "s*", "qa*", "al-ka*", "\"roadside bo\"*",
                      "title:milit*", "convoy OR milit*", "Iraq -milit*", "attack NOT occup*", "zzzq*", "convoi*"] {
            let native = try FTSQuery.parse(query).expression
            let viaTerms = try FTSQuery.parse(query, prefixes: prefixes).expression
            if viaTerms != native { expanded += 1 }
            func ids(_ expression: String) throws -> [Int64] {
                var ids: [Int64] = []
                let select = try db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid")
                try select.bind([.text(expression)])
                try select.forEachRow { if let id = $0[0].integerValue { ids.append(id) } }
                return ids
            }
            #expect(try ids(viaTerms) == ids(native), "\(query): \(viaTerms) against \(native)")
        }
        // Most were searched by their terms; `a*` and `s*` match too many, `al-ka*` is two tokens.
        #expect(expanded >= 9)
        #expect(try !FTSQuery.parse("milit*", prefixes: prefixes).expression.contains("*"))
        #expect(try FTSQuery.parse("a*", prefixes: prefixes).expression == "\"a\"*")
    }

    @Test("searching a prefix through the CLI path gives the same page as FTS5's prefix search")
    func searcherPage() throws {
        let db = try ArchiveDatabase.openForReading(at: path)
        var request = SearchRequest(query: "milit*")
        request.limit = 1000
        let writer = CollectingWriter()
        let count = try Searcher.search(request, in: db, to: writer)
        let native = try db.scalar("""
            SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH 'milit*' AND a.duplicate_of IS NULL
            """)
        #expect(native == .integer(Int64(count)) && count > 10)
        // Highlighted in the body snippet, or the hit is in the title.
        let misses = writer.rows.filter { !($0[5].textValue ?? "").lowercased().contains("[milit") && !($0[2].textValue ?? "").lowercased().contains("milit") }
        #expect(misses.isEmpty, "\(misses.prefix(3))")
    }

    @Test("an archive of version 3 gets search_terms filled from its index")
    func migrationFillsTerms() throws {
        try LegacySchema.downgradeToVersion3(try Connection(path: path))
        let db = try ArchiveDatabase.openForWriting(at: path)
        #expect(try storedTerms(db) == indexTerms(db))
    }
}

/// The ingest indexes each batch's articles in one statement, and hands indexing back to the
/// triggers for everyone else.
@Suite("Batch search index")
struct BatchSearchIndexTests {
    let folder = TemporaryFolder()

    @Test("after an ingest in several batches the index matches the articles, and the flag is gone")
    func indexMatchesArticles() throws {
        let articles = try folder.copySeeds()
        try GeneratedCorpus.write(count: 300, into: articles.appendingPathComponent("generated"))
        let path = folder.file("archive.sqlite").path
        var options = IngestOptions()
        options.batchSize = 64
        _ = try Ingester(databasePath: path).ingest(articles.path, options: options)
        let db = try ArchiveDatabase.openForWriting(at: path)
        #expect(try db.scalar("SELECT count(*) FROM ingest_batch") == .integer(0))
        // For external content FTS5 checks its index against the articles table itself.
        try db.execute(script: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try db.scalar("SELECT count(*) FROM articles_fts_docsize") == db.scalar("SELECT count(*) FROM articles"))
        #expect(try db.scalar("SELECT count(*) FROM articles") ?? .null != .integer(0))

        // Another writer (plain SQL, as sqlite-utils would) is indexed by the trigger.
        let other = try Connection(path: path)
        try other.execute("""
            INSERT INTO articles (title, body, words, content_hash, simhash, extractor_version, added_at, updated_at)
            VALUES ('Zanzibar ferry', 'A ferry to Zanzibar ran late.', 6, 'x', 0, 0, '', '')
            """)
        #expect(try other.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zanzibar'") == .integer(1))
        // search_terms does not list its words, so prefixes go to FTS5 until the next ingest.
        let reader = try ArchiveDatabase.openForReading(at: path)
        #expect(try FTSQuery.parse("zanzib*", prefixes: PrefixTerms(reader)).expression == "\"zanzib\"*")
        #expect(try Searcher.search(SearchRequest(query: "zanzib*"), in: reader, to: CollectingWriter()) == 1)
        _ = try Ingester(databasePath: path).ingest(articles.path)
        #expect(try other.scalar("SELECT count(*) FROM search_terms_stale") == .integer(0))
        #expect(try other.scalar("SELECT count(*) FROM search_terms WHERE term = 'zanzibar'") == .integer(1))
        #expect(try FTSQuery.parse("zanzib*", prefixes: PrefixTerms(try ArchiveDatabase.openForReading(at: path))).expression == "\"zanzibar\"")
    }

    @Test("files changed between two runs update the index in place")
    func changedFiles() throws {
        let articles = try folder.copySeeds()
        let path = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: path).ingest(articles.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        try "date: 2024-05-01\nQuokka census\n\nRangers counted quokkas on the island for the first time in years.\n"
            .write(to: articles.appendingPathComponent(names[0]), atomically: true, encoding: .utf8)
        try "date: 2024-05-02\nWombat crossing\n\nA new wombat crossing opened near the school this week.\n"
            .write(to: articles.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        _ = try Ingester(databasePath: path).ingest(articles.path)
        let db = try ArchiveDatabase.openForWriting(at: path)
        try db.execute(script: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try db.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'quokka OR wombat'") == .integer(2))
    }

    @Test("an archive of version 3 gets the insert trigger that lets an ingest index by batch")
    func migratedTrigger() throws {
        let articles = try folder.copySeeds()
        let path = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: path).ingest(articles.path)
        try LegacySchema.downgradeToVersion3(try Connection(path: path))
        try GeneratedCorpus.write(count: 40, into: articles.appendingPathComponent("generated"))
        _ = try Ingester(databasePath: path).ingest(articles.path)
        let db = try ArchiveDatabase.openForWriting(at: path)
        #expect(try db.scalar("SELECT sql FROM sqlite_schema WHERE name = 'articles_ai'")?.textValue?.contains("ingest_batch") == true)
        try db.execute(script: "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try db.scalar("SELECT count(*) FROM articles_fts_docsize") == db.scalar("SELECT count(*) FROM articles"))
    }
}
