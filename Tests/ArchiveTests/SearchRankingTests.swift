import Foundation
import Testing
@testable import Archive

/// Ranking in blocks: matches are taken newest first in blocks, each block ordered by bm25.
@Suite("Search ranking")
struct SearchRankingTests {
    let folder = TemporaryFolder()
    let db: Connection

    /// Five articles naming a convoy, added in this order; only the oldest has it in its title.
    static let articles = [
        ("a", "Convoy convoy convoy ambushed on the highway", "Gunmen attacked a supply convoy on the highway north of the city on Tuesday, officials said, and the drivers fled on foot across the fields."),
        ("b", "Parliament debates the budget for next year", "Members of parliament argued late into the night about the budget, and one of them mentioned a convoy of lorries that had delayed the session."),
        ("c", "Floods close the southern railway line", "Heavy rain flooded the tracks near the river port, and a relief convoy carrying water and blankets reached the stranded villages by evening."),
        ("d", "Football club wins the regional cup final", "Thousands of supporters followed the team bus in a long convoy through the streets after the final whistle, singing until the early morning."),
        ("e", "Teachers strike over unpaid salaries in the capital", "Schools stayed shut as teachers marched to the ministry, where a police convoy blocked the road and officers asked the crowd to go home."),
    ]

    init() throws {
        for (name, title, body) in Self.articles {
            try folder.write("\(title)\n\n\(body)\n\n\(body.replacingOccurrences(of: "convoy", with: "column"))\n", to: "articles/\(name).txt")
        }
        let path = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: path).ingest(folder.file("articles").path)
        db = try ArchiveDatabase.openForReading(at: path)
    }

    /// The ids of the hits, best first, and their rank column.
    private func hits(_ query: String, configure: (inout SearchRequest) -> Void = { _ in }) throws -> [(id: Int64, rank: Int64)] {
        var request = SearchRequest(query: query)
        configure(&request)
        return try searchHits(request, in: db, scratch: folder).map { (($0["id"] as! NSNumber).int64Value, ($0["rank"] as! NSNumber).int64Value) }
    }

    @Test("the articles went in as five, in path order, and the oldest holds the title hit")
    func setup() throws {
        #expect(try db.scalar("SELECT count(*) FROM articles") == .integer(5))
        #expect(try db.scalar("SELECT id FROM articles WHERE title LIKE 'Convoy%'") == .integer(1))
    }

    @Test("within one block, bm25 decides: the title hit comes first")
    func oneBlock() throws {
        #expect(try hits("convoy").map(\.id).first == 1)
        #expect(try hits("convoy").count == 5)
    }

    @Test("blocks of two: the two newest matches come first, ranked by bm25; the title hit is in the last block")
    func blocks() throws {
        let ranked = try hits("convoy") { $0.block = 2 }
        #expect(ranked.count == 5)
        #expect(Set(ranked.prefix(2).map(\.id)) == [4, 5])
        #expect(Set(ranked.dropFirst(2).prefix(2).map(\.id)) == [2, 3])
        #expect(ranked.last?.id == 1)
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5])
    }

    @Test("pages across blocks neither repeat nor skip a hit, and keep their rank")
    func paging() throws {
        let all = try hits("convoy") { $0.block = 2 }
        var paged: [(id: Int64, rank: Int64)] = []
        for offset in stride(from: 0, to: 6, by: 3) {
            paged += try hits("convoy") { $0.block = 2; $0.limit = 3; $0.offset = offset }
        }
        #expect(paged.map(\.id) == all.map(\.id))
        #expect(paged.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(try hits("convoy") { $0.block = 2; $0.offset = 5 }.isEmpty)
    }

    @Test("blocks are counted among the articles that pass the filters")
    func blocksAfterFilters() throws {
        // Without ids 4 and 5 the newest block is 2 and 3.
        let ranked = try hits("convoy -football -teachers") { $0.block = 2 }
        #expect(Set(ranked.prefix(2).map(\.id)) == [2, 3])
        #expect(ranked.map(\.id).count == 3)
    }

    /// (id, bm25, archive_rank) of each match, in id order.
    private func scores(_ match: String, on connection: Connection) throws -> [(Int64, Double, Double)] {
        let select = try connection.prepare("""
            SELECT rowid, bm25(articles_fts, 10.0, 1.0), archive_rank(articles_fts, 10.0, 1.0)
            FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid
            """)
        try select.bind([.text(match)])
        var out: [(Int64, Double, Double)] = []
        try select.forEachRow { row in
            guard case let .integer(id) = row[0], case let .real(bm25) = row[1], case let .real(rank) = row[2] else { return }
            out.append((id, bm25, rank))
        }
        return out
    }

    @Test("archive_rank is bm25 for phrases in fewer documents than its cap")
    func rankIsBM25() throws {
        for match in ["convoy relief", "convoy OR parliament", "\"supply convoy\" OR floods", "relief OR floods OR strike"] {
            let rows = try scores(match, on: db)
            #expect(!rows.isEmpty)
            for (id, bm25, rank) in rows { #expect(abs(bm25 - rank) < 1e-12, "\(match) #\(id): \(bm25) vs \(rank)") }
        }
    }

    @Test("one phrase is ranked as bm25 ranks it, without counting its documents")
    func onePhrase() throws {
        for match in ["convoy", "conv*", "\"supply convoy\""] {
            let rows = try scores(match, on: db)
            #expect(!rows.isEmpty)
            #expect(rows.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0) == rows.sorted { ($0.2, $0.0) < ($1.2, $1.0) }.map(\.0), "\(match)")
        }
        // relief is in one article of five: bm25 weighs it log(3), archive_rank 1.
        let relief = try scores("relief", on: db)
        #expect(relief.count == 1 && abs(relief[0].1 * 1.0 - relief[0].2 * log(3.0)) < 1e-12)
    }

    @Test("past its cap archive_rank estimates a phrase's documents; one phrase still ranks as bm25 does")
    func rankPastTheCap() throws {
        let capped = try ArchiveDatabase.openForReading(at: folder.file("archive.sqlite").path)
        try ArchiveDatabase.registerRank(on: capped, cap: 1)
        // `relief` is in article 3 only: counting stops there, and 1 in the first 3 of 5 ids
        // estimates 5/3 documents, a lower weight than bm25's; `convoy`, in all five, weighs
        // nothing in either, so the body hits decide.
        let both = try scores("relief OR convoy", on: capped)
        #expect(both.count == 5)
        #expect(both.contains { abs($0.1 - $0.2) > 1e-9 })
        #expect(both.allSatisfy { $0.2.isFinite && $0.2 < 0 })
        #expect(try scores("relief OR convoy", on: db).allSatisfy { abs($0.1 - $0.2) < 1e-12 })
    }

    @Test("snippets and paths are those of each hit")
    func snippets() throws {
        var request = SearchRequest(query: "relief")
        request.block = 1
        let output = folder.file("s.csv").path
        let sink = try OutputSink.file(path: output)
        try Searcher.search(request, in: db, to: makeRowWriter(format: .csv, sink: sink))
        try sink.close()
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("[relief]"))
        #expect(text.contains("c.txt"))
    }
}
