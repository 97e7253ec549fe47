import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Archive

/// `archive map` and `archive datasette` as a user runs them, on the seeds' archive.
extension CommandLineTests {
    /// The seeds' archive with coordinates of the test's own: every event but each third placed on a
    /// diagonal through Iraq, so what is drawn does not depend on the gazetteer.
    private func placedSeedArchive() throws -> (located: Int, unlocated: Int) {
        #expect(try run(["ingest", try folder.copySeeds().path]).status == 0)
        let db = try ArchiveDatabase.openForWriting(at: folder.file("archive.sqlite").path)
        try db.execute("UPDATE events SET latitude = NULL, longitude = NULL, geo_precision = NULL")
        try db.execute("UPDATE events SET latitude = 30 + id * 0.25, longitude = 43 + id * 0.25, geo_precision = 1 WHERE id % 3 <> 0")
        let counts = try db.prepare("SELECT sum(latitude IS NOT NULL), sum(latitude IS NULL) FROM events")
        let row = try counts.next() ?? []
        return (Int(row[0].integerValue ?? 0), Int(row[1].integerValue ?? 0))
    }

    private func marks(in path: String) throws -> [[String: String]] {
        let elements = EventMapSVGTests.Elements()
        let parser = try #require(XMLParser(contentsOf: folder.file(path)))
        parser.delegate = elements
        #expect(parser.parse())
        return elements.classed("event")
    }

    @Test("map draws one circle per located event and says how many had no place")
    func mapOfSeeds() throws {
        let (located, unlocated) = try placedSeedArchive()
        #expect(located >= 5 && unlocated >= 2)
        let result = try run(["map", "--output", "events.svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(located) events drawn, \(unlocated) without a place left out"))
        #expect(try marks(in: "events.svg").count == located)
        let explosions = try run(["map", "--type", "explosions", "--size-by", "fatalities", "--title", "Bombs", "--output", "bombs.svg"])
        #expect(explosions.status == 0, "\(explosions.stderr)")
        let bombs = try marks(in: "bombs.svg")
        #expect(!bombs.isEmpty && bombs.count < located)
        #expect(bombs.allSatisfy { $0["data-type"] == "Explosions/Remote violence" && $0["fill"] == EventMap.colour(of: .explosions) })
        #expect(try String(contentsOf: folder.file("bombs.svg"), encoding: .utf8).contains(">Bombs</text>"))
    }

    @Test("map with nothing to draw: a message, exit 1, no file")
    func emptyMap() throws {
        _ = try placedSeedArchive()
        let none = try run(["map", "--type", "riots", "--output", "none.svg"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("No map written: no event passes the filters"))
        #expect(none.stderr.contains("--type riots keeps 0"))
        let db = try ArchiveDatabase.openForWriting(at: folder.file("archive.sqlite").path)
        try db.execute("UPDATE events SET latitude = NULL, longitude = NULL")
        let unplaced = try run(["map", "--output", "none.svg"])
        #expect(unplaced.status == 1)
        #expect(unplaced.stderr.contains("pass the filters but none has a place with coordinates"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.svg").path))
    }

    @Test("map to .png without rsvg-convert names the package to install and writes nothing")
    func pngWithoutConverter() throws {
        _ = try placedSeedArchive()
        let result = try run(["map", "--output", "events.png"], environment: ["PATH": folder.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("rsvg-convert") && result.stderr.contains("librsvg2-bin"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("events.png").path))
    }

    @Test("map to .png through rsvg-convert: a PNG of the picture", .enabled(if: EventMap.executable(named: "rsvg-convert") != nil))
    func pngThroughConverter() throws {
        _ = try placedSeedArchive()
        let result = try run(["map", "--output", "events.png", "--width", "600"])
        #expect(result.status == 0, "\(result.stderr)")
        let png = try Data(contentsOf: folder.file("events.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 600)
    }

    @Test("map --help documents the filters, the size and the PNG route")
    func mapHelp() throws {
        let help = try run(["map", "--help"]).stdout
        for option in ["--output", "--size-by", "--title", "--since", "--type", "--country", "--width", "rsvg-convert"] {
            #expect(help.contains(option), "\(option)")
        }
        #expect(try run(["map", "--output", "x.svg", "--size-by", "deaths"]).status != 0)
    }

    @Test("datasette writes metadata next to the archive and prints the command that uses it")
    func datasetteSetup() throws {
        _ = try placedSeedArchive()
        let result = try run(["datasette", "--port", "8123"])
        #expect(result.status == 0, "\(result.stderr)")
        let metadataPath = folder.file("archive.datasette.json").path
        #expect(result.stdout.hasPrefix("datasette serve archive.sqlite --metadata archive.datasette.json --setting truncate_cells_html 200"))
        #expect(result.stdout.contains("--host 127.0.0.1 --port 8123"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: metadataPath))) as? [String: Any]
        let database = (json?["databases"] as? [String: Any])?["archive"] as? [String: Any]
        let tables = database?["tables"] as? [String: [String: Any]]
        #expect(tables?["articles"]?["label_column"] as? String == "title")
        #expect((tables?["articles"]?["facets"] as? [String])?.contains("source") == true)
        #expect((tables?["event_rows"]?["facets"] as? [String])?.starts(with: ["event_type", "country"]) == true)
        let queries = database?["queries"] as? [String: [String: Any]]
        #expect(Set(queries?.keys.map { $0 } ?? []) == ["latest_articles", "search", "articles_naming", "events_per_month"])
        #expect(try run(["datasette", "--output", "elsewhere.json"]).stdout.contains("--metadata elsewhere.json"))
        #expect(FileManager.default.fileExists(atPath: folder.file("elsewhere.json").path))
        #expect(try run(["datasette", "--db", "missing.sqlite"]).status == 1)
    }

    @Test("the canned queries run on the archive as SQLite runs them")
    func cannedQueries() throws {
        _ = try placedSeedArchive()
        let db = try ArchiveDatabase.openForReading(at: folder.file("archive.sqlite").path)
        func rows(_ sql: String, _ parameters: [String: Value]) throws -> [[Value]] {
            let statement = try db.prepare(sql)
            try statement.bind(parameters)
            var rows: [[Value]] = []
            try statement.forEachRow { rows.append($0) }
            return rows
        }
        let latest = try rows(DatasetteSetup.latestSQL, [":source": ""])
        let stories = try rows("SELECT count(*) FROM articles WHERE duplicate_of IS NULL", [:])[0][0].integerValue
        #expect(Int64(latest.count) == stories && latest.count >= 3 && latest[0][1].textValue == "2022-01-01")
        #expect(try rows(DatasetteSetup.latestSQL, [":source": "the cradle"]).count == 1)
        let hits = try rows(DatasetteSetup.searchSQL, [":query": "Kalsu"])
        #expect(!hits.isEmpty && hits.allSatisfy { $0[4].textValue?.contains("**Kalsu**") == true })
        #expect(try rows(DatasetteSetup.searchSQL, [":query": ""]).isEmpty)
        let naming = try rows(DatasetteSetup.namingSQL, [":name": "kalsu bridge"])
        #expect(!naming.isEmpty && naming.allSatisfy { $0[4].textValue == "Kalsu Bridge" })
        let months = try rows(DatasetteSetup.perMonthSQL, [":country": ""])
        let dated = try rows("SELECT count(*) FROM events WHERE length(event_date) >= 7", [:])
        #expect(months.reduce(0) { $0 + ($1[1].integerValue ?? 0) } == dated[0][0].integerValue)
        #expect(try rows(DatasetteSetup.perMonthSQL, [":country": "iq"]).count < months.count)
    }
}
