import Foundation
import Testing
@testable import Archive

/// Searching the seed archive: diacritics, stems, furniture, odd queries, filters.
@Suite("Search")
struct SearchTests {
    let folder = TemporaryFolder()
    let db: Connection

    init() throws {
        let articles = try folder.copySeeds()
        let path = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: path).ingest(articles.path)
        db = try ArchiveDatabase.openForReading(at: path)
    }

    /// The seed file names of the hits, best first.
    private func hits(_ query: String, configure: (inout SearchRequest) -> Void = { _ in }) throws -> [String] {
        var request = SearchRequest(query: query)
        configure(&request)
        return try searchHits(request, in: db, scratch: folder).map { String(($0["path"] as! String).split(separator: "/").last!.prefix(3)) }
    }

    @Test("ashab finds 002 and the Dhi Qar story, where it is spelled Aṣḥab; one hit per story")
    func diacritics() throws {
        #expect(Set(try hits("ashab")) == ["002", "001"])
        #expect(Set(try hits("ashab") { $0.filter.allCopies = true }) == ["000", "001", "002"])
    }

    @Test("Hamas was only in 001's ticker, so no seed is found")
    func furnitureIsNotSearchable() throws {
        #expect(try hits("Hamas").isEmpty)
        #expect(try hits("Witkoff").isEmpty)
    }

    @Test("attack finds attacked and attacks (stemming)")
    func stemming() throws {
        #expect(try hits("attacked").count >= 3)
    }

    @Test("odd queries with words are taken literally and never an FTS5 error; with none, a message saying so",
          arguments: ["U.S.", "al-Kahf (", "\"", "NEAR(", "park.", "'; DROP TABLE articles; --", "title:", "*"])
    func oddQueries(query: String) throws {
        let wordless = query.allSatisfy { !$0.isLetter }
        do {
            let found = try hits(query)
            #expect(!wordless, "\(query) has no word to search for, yet gave \(found)")
            #expect(Set(found).isSubset(of: ["000", "001", "002", "003", "004"]) && Set(found).count == found.count)
        } catch let ArchiveError.invalidQuery(_, reason) {
            #expect(wordless, "\(query): \(reason)")
            #expect(!reason.isEmpty)
        }
    }

    @Test("U.S. and al-Kahf ( are plain words, not errors")
    func literalQueries() throws {
        _ = try hits("U.S.")
        #expect(Set(try hits("al-Kahf (")) == ["001", "002"])
    }

    @Test("phrases, OR, exclusion, prefix and title: do what they say")
    func syntax() throws {
        #expect(try hits("\"Dhi Qar\"") == ["001"])
        #expect(Set(try hits("Kalsu OR Diwaniyah")) == ["002", "004"])
        #expect(try hits("convoy -Babil") == ["001"])
        #expect(Set(try hits("Nuja*")) == ["004"])
        #expect(try hits("title:expel") == ["003"])
    }

    @Test("titles weigh more than bodies")
    func titleWeight() throws {
        #expect(try hits("convoy").first == "001" || hits("convoy").first == "002")
        #expect(try hits("expel remaining").first == "003")
    }

    @Test("--since, --until and --source filter; month-precision dates overlap the range")
    func filters() throws {
        #expect(Set(try hits("US") { $0.filter.since = PartialDate(iso: "2021-12-15") }) == ["001", "003"])
        #expect(try hits("US") { $0.filter.until = PartialDate(iso: "2021-12-01") } .sorted() == ["002", "003"])
        #expect(try hits("US") { $0.filter.sources = ["the cradle"] } == ["003"])
        #expect(try hits("US") { $0.limit = 2 }.count == 2)
        #expect(try hits("US") { $0.offset = 3 }.count == 1)
    }

    @Test("--raw passes FTS5 syntax through and reports its errors clearly")
    func raw() throws {
        #expect(try hits("NEAR(convoy targeted, 3)") { $0.raw = true }.isEmpty == false)
        #expect(throws: ArchiveError.self) { try hits("al-Kahf (") { $0.raw = true } }
    }

    @Test("snippets mark the hits")
    func snippets() throws {
        let output = folder.file("s.csv").path
        let sink = try OutputSink.file(path: output)
        try Searcher.search(SearchRequest(query: "Kalsu"), in: db, to: makeRowWriter(format: .csv, sink: sink))
        try sink.close()
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("id,rank,title,published,source,snippet,path\r\n"))
        #expect(text.contains("[Kalsu]"))
    }
}
