import Foundation
import Testing
@testable import Archive

/// Ingest of folders: idempotence, changes, copies, near-duplicates, skips, pruning.
@Suite("Ingest")
struct IngestTests {
    let folder = TemporaryFolder()
    var dbPath: String { folder.file("archive.sqlite").path }

    private func rows(_ sql: String) throws -> [[Value]] {
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        let statement = try db.prepare(sql)
        var rows: [[Value]] = []
        try statement.forEachRow { rows.append($0) }
        return rows
    }

    private func ingest(_ path: URL, prune: Bool = false) throws -> IngestSummary {
        try Ingester(databasePath: dbPath).ingest(path.path, options: IngestOptions(prune: prune))
    }

    /// Everything a run stores about articles, to compare archives.
    private func snapshot() throws -> [[Value]] {
        try rows("""
            SELECT a.id, a.title, a.published, a.source, a.byline, a.tags, a.body, a.duplicate_of, f.path, f.status
            FROM articles a LEFT JOIN files f ON f.article_id = a.id ORDER BY a.id, f.path
            """)
    }

    @Test("the seeds go in; the repost 000 is linked to the page copy 001 as its near-duplicate")
    func seeds() throws {
        let articles = try folder.copySeeds()
        let summary = try ingest(articles)
        #expect(summary.seen == 5 && summary.added == 5 && summary.nearDuplicates == 1 && summary.skippedTotal == 0)
        let link = try rows("""
            SELECT copy.path, original.path FROM articles a
            JOIN files copy ON copy.article_id = a.id JOIN files original ON original.article_id = a.duplicate_of
            """)
        #expect(link.count == 1)
        #expect(link.first?[0].textValue?.hasSuffix("000_85bdddbe95800029.txt") == true)
        #expect(link.first?[1].textValue?.hasSuffix("001_63a414f3e5fe9d8b.txt") == true)
    }

    @Test("ingesting twice changes nothing")
    func idempotent() throws {
        let articles = try folder.copySeeds()
        _ = try ingest(articles)
        let before = try snapshot()
        let again = try ingest(articles)
        #expect(again.unchanged == 5 && again.added == 0 && again.updated == 0)
        #expect(try snapshot() == before)
        #expect(try rows("SELECT count(*) FROM articles_fts") == [[.integer(5)]])
    }

    @Test("a changed file updates its article and the search index; a touched one stays")
    func changedFile() throws {
        let articles = try folder.copySeeds()
        _ = try ingest(articles)
        let file = articles.appendingPathComponent("002_e3ff97cd28be607c.txt")
        let id = try rows("SELECT article_id FROM files WHERE path LIKE '%002_e3ff%'")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "Kalsu Bridge", with: "Zubaydiyah crossing")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let summary = try ingest(articles)
        #expect(summary.updated == 1 && summary.unchanged == 4)
        #expect(try rows("SELECT article_id FROM files WHERE path LIKE '%002_e3ff%'") == id)
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        #expect(try hits("Zubaydiyah", db) == 1)
        #expect(try hits("Kalsu", db) == 0)

        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        let touched = try ingest(articles)
        #expect(touched.unchanged == 5 && touched.updated == 0)
    }

    @Test("an identical copy is one article with two files; search shows it once")
    func identicalCopy() throws {
        let articles = try folder.copySeeds()
        try FileManager.default.copyItem(at: articles.appendingPathComponent("003_d0548fe1a3bec1cc.txt"),
                                         to: articles.appendingPathComponent("zz-copy-of-003.txt"))
        let summary = try ingest(articles)
        #expect(summary.copies == 1 && summary.added == 5)
        let copies = try rows("SELECT count(*) FROM files WHERE article_id = (SELECT article_id FROM files WHERE path LIKE '%zz-copy%')")
        #expect(copies == [[.integer(2)]])
        let detail = try ArticleDetail.load(id: try #require(try rows("SELECT article_id FROM files WHERE path LIKE '%zz-copy%'").first?.first.flatMap {
            if case let .integer(id) = $0 { return id } else { return nil } }), from: try ArchiveDatabase.openForReading(at: dbPath))
        #expect(detail.copies.count == 2)
    }

    @Test("other files are skipped and counted by reason; the rest of the folder still goes in")
    func skips() throws {
        let articles = try folder.copySeeds()
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: articles.appendingPathComponent("photo.png"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00]).write(to: articles.appendingPathComponent("binary.txt"))
        try Data("   \n\n  ".utf8).write(to: articles.appendingPathComponent("blank.txt"))
        let skipped = SkipLog()
        let summary = try Ingester(databasePath: dbPath).ingest(articles.path, onSkip: { file, reason in skipped.add(file.path, reason.detail) })
        #expect(summary.added == 5)
        #expect(summary.skipped == ["unsupported file type": 1, "binary content": 1, "no article text": 1])
        #expect(skipped.entries.count == 3)
        #expect(try rows("SELECT count(*) FROM skipped_files") == [[.integer(3)]])
    }

    @Test("links that loop, dangling links and names with line breaks neither stop nor crash the ingest")
    func awkwardNames() throws {
        let articles = try folder.copySeeds()
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("loop").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/file")
        try Data("The convoy was hit near the bridge on Monday, officials said, and nobody claimed it.\n".utf8)
            .write(to: articles.appendingPathComponent("two\nlines.txt"))
        let summary = try ingest(articles)
        #expect(summary.added == 6)
        #expect(summary.skipped == ["unreadable": 1])
        #expect(try rows("SELECT count(*) FROM files WHERE path LIKE '%two' || char(10) || 'lines.txt'") == [[.integer(1)]])
    }

    @Test("a vanished file is kept, unless --prune")
    func prune() throws {
        let articles = try folder.copySeeds()
        _ = try ingest(articles)
        try FileManager.default.removeItem(at: articles.appendingPathComponent("004_8e8643618ffacfa8.txt"))
        _ = try ingest(articles)
        #expect(try rows("SELECT count(*) FROM articles") == [[.integer(5)]])
        let pruned = try ingest(articles, prune: true)
        #expect(pruned.pruned == 1)
        #expect(try rows("SELECT count(*) FROM articles") == [[.integer(4)]])
        #expect(try rows("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Nujaba'") == [[.integer(0)]])
    }

    @Test("an ingest stopped after some batches, run again, gives the archive one run gives")
    func resumable() throws {
        let articles = try folder.copySeeds()
        let whole = TemporaryFolder()
        _ = try Ingester(databasePath: whole.file("a.sqlite").path).ingest(articles.path)
        // Half the files first, as if the run had been killed after its first batch.
        var options = IngestOptions()
        options.batchSize = 2
        let partial = try folder.copySeeds(into: "partial")
        for name in Fixtures.seedNames.suffix(3) { try FileManager.default.removeItem(at: partial.appendingPathComponent(name)) }
        _ = try Ingester(databasePath: dbPath).ingest(partial.path, options: options)
        for name in Fixtures.seedNames.suffix(3) {
            try FileManager.default.copyItem(at: Fixtures.seedURL(name), to: partial.appendingPathComponent(name))
        }
        let rest = try Ingester(databasePath: dbPath).ingest(partial.path, options: options)
        #expect(rest.unchanged == 2 && rest.added == 3)
        let query = "SELECT id, title, published, body, duplicate_of FROM articles ORDER BY id"
        let expected = try { () throws -> [[Value]] in
            let db = try ArchiveDatabase.openForReading(at: whole.file("a.sqlite").path)
            var out: [[Value]] = []
            try db.prepare(query).forEachRow { out.append($0) }
            return out
        }()
        #expect(try rows(query) == expected)
    }

    private func hits(_ query: String, _ db: Connection) throws -> Int {
        let sink = try OutputSink.file(path: folder.file("hits.csv").path)
        return try Searcher.search(SearchRequest(query: query), in: db, to: makeRowWriter(format: .csv, sink: sink))
    }
}

/// Collects skip reports from the ingest's writer thread.
final class SkipLog: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var entries: [(String, String)] = []
    func add(_ path: String, _ reason: String) { lock.withLock { entries.append((path, reason)) } }
}
