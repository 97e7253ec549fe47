import Foundation
import Testing
@testable import Archive

/// Scraper dumps: one object, arrays, JSON Lines with bad lines, HTML bodies; and mixed folders.
@Suite("JSON ingest")
struct JSONReaderTests {
    let folder = TemporaryFolder()

    static let goodLine = #"{"title": "Convoy hit in Babil", "maintext": "A roadside bomb hit a convoy carrying logistical equipment for US forces in Babil province on Monday.\nNo group claimed responsibility.", "date_publish": "2021-09-06 14:00:00", "url": "https://www.reuters.com/world/convoy/", "authors": ["Jane Roe", "John Doe"], "language": "en"}"#
    static let htmlLine = #"{"headline": "Protest in Basra", "articleBody": "<p>Hundreds protested in Basra on Friday against power cuts, witnesses said.</p><p>Police fired tear gas.</p>", "datePublished": "2021-07-02T09:00:00+03:00", "publisher": {"name": "Shafaq News"}, "keywords": "Basra, protest"}"#

    private func records(_ text: String) throws -> [JSONRecord] {
        try JSONReader.read(Array(text.utf8), path: "test.jsonl")
    }

    private func article(_ record: JSONRecord) throws -> Article {
        try record.result.get()
    }

    @Test("news-please style fields: title, maintext, date_publish, url, authors, language")
    func newsPlease() throws {
        let only = try #require(try records(Self.goodLine).first)
        let article = try article(only)
        #expect(article.title == "Convoy hit in Babil")
        #expect(article.published?.description == "2021-09-06")
        #expect(article.byline == "Jane Roe, John Doe")
        #expect(article.source == "Reuters")
        #expect(article.language == "en")
        #expect(article.body == "A roadside bomb hit a convoy carrying logistical equipment for US forces in Babil province on Monday.\n\nNo group claimed responsibility.")
    }

    @Test("an HTML body goes through the HTML reader; publisher objects and keyword strings")
    func htmlBody() throws {
        let article = try article(try #require(try records(Self.htmlLine).first))
        #expect(article.body == "Hundreds protested in Basra on Friday against power cuts, witnesses said.\n\nPolice fired tear gas.")
        #expect(article.source == "Shafaq News")
        #expect(article.tags == ["Basra", "protest"])
        #expect(article.published?.description == "2021-07-02")
    }

    @Test("JSON Lines: bad lines are skipped with their line numbers, the rest go in")
    func mixedLines() throws {
        let all = try records([Self.goodLine, "not json at all", "", #"{"title": "no body"}"#, "[1, 2]", Self.htmlLine].joined(separator: "\n"))
        #expect(all.map(\.key) == ["L1", "L2", "L4", "L5", "L6"])
        let skips = all.compactMap { record -> String? in
            if case let .failure(skip) = record.result { return skip.reason }
            return nil
        }
        #expect(skips.count == 3)
        #expect(skips[0].hasPrefix("line 2: not valid JSON"))
        #expect(skips[1].hasPrefix("line 4: no article text"))
        #expect(skips[2].hasPrefix("line 5: not a JSON object"))
    }

    @Test("an array of objects and a single object")
    func arrays() throws {
        let array = try records("[\(Self.goodLine), 42, \(Self.htmlLine)]")
        #expect(array.map(\.key) == ["1", "2", "3"])
        #expect((try? array[1].result.get()) == nil)
        let single = try records(Self.goodLine.replacingOccurrences(of: "\n", with: " "))
        #expect(single.count == 1)
    }

    @Test("a file that is not JSON at all is refused as a whole")
    func notJSON() {
        #expect(throws: ArchiveError.self) { try records("<html>nope</html>\n<p>still nope</p>") }
    }

    @Test("a folder mixing text, HTML and JSON goes in; re-ingest changes nothing; a changed line updates only its article")
    func mixedFolder() throws {
        let articles = try folder.copySeeds()
        try folder.write(Self.goodLine + "\nbroken\n" + Self.htmlLine + "\n", to: "articles/feed.jsonl")
        try folder.write("<html><head><title>Attack in Kirkuk</title><meta name=\"date\" content=\"2021-10-01\"></head><body><article><h1>Attack in Kirkuk</h1><p>Gunmen attacked a checkpoint near Kirkuk on Thursday night, killing two soldiers, security officials said.</p><p>Islamic State claimed the attack in a statement on its channels, the officials added.</p></article></body></html>", to: "articles/kirkuk.html")
        let db = folder.file("a.sqlite").path
        let first = try Ingester(databasePath: db).ingest(articles.path)
        #expect(first.added == 8 && first.skipped == ["not an article (JSON record)": 1] && first.seen == 7)
        let again = try Ingester(databasePath: db).ingest(articles.path)
        #expect(again.unchanged == 7 && again.added == 0 && again.updated == 0 && again.skippedTotal == 0)

        let changed = Self.goodLine.replacingOccurrences(of: "Babil province", with: "Anbar province") + "\nbroken\n" + Self.htmlLine + "\n"
        try folder.write(changed, to: "articles/feed.jsonl")
        let third = try Ingester(databasePath: db).ingest(articles.path)
        #expect(third.updated == 1 && third.unchanged == 7 && third.added == 0)
        let reader = try ArchiveDatabase.openForReading(at: db)
        #expect(try reader.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Anbar'") == .integer(1))
        #expect(try reader.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [.text("\"Babil province on Monday\"")]) == .integer(0))
        #expect(try reader.scalar("SELECT path FROM files WHERE status = 'skipped'")?.textValue?.hasSuffix("feed.jsonl#L2") == true)
    }
}
