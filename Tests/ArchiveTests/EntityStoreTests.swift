import Foundation
import Testing
@testable import Archive

/// Entities in the archive: stored at ingest, found under any spelling, corrected, reindexed.
@Suite("Entities in the archive")
struct EntityStoreTests {
    let folder = TemporaryFolder()
    var dbPath: String { folder.file("archive.sqlite").path }

    init() throws {
        _ = try Ingester(databasePath: folder.file("archive.sqlite").path).ingest(try folder.copySeeds().path)
    }

    private func reader() throws -> Connection { try ArchiveDatabase.openForReading(at: dbPath) }

    private func csv(_ body: (any RowWriter) throws -> Void) throws -> [[String]] {
        let path = folder.file("out-\(UUID().uuidString).jsonl").path
        let sink = try OutputSink.file(path: path)
        try body(makeRowWriter(format: .jsonl, sink: sink))
        try sink.close()
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object.keys.sorted().map { "\(object[$0]!)" }
        }
    }

    private func articleCount(_ name: String) throws -> Int {
        try EntityProfile.load(named: name, from: reader()).articles.count
    }

    @Test("every spelling of a name finds one entity, with the articles that name it")
    func spellings() throws {
        let db = try reader()
        let ids = try ["Popular Mobilization Units", "PMU", "Hashd al-Shaabi", "hashd al-sha’abi"].map {
            try EntityQueries.entityIDs(named: $0, in: db)
        }
        #expect(ids.allSatisfy { $0 == ids[0] && $0.count == 1 })
        #expect(try articleCount("PMU") == 3)
    }

    @Test("mention offsets point into the stored body at the text they name")
    func offsets() throws {
        let db = try reader()
        let select = try db.prepare("SELECT a.body, m.start, m.\"end\", m.text FROM mentions m JOIN articles a ON a.id = m.article_id")
        var checked = 0
        try select.forEachRow { row in
            let scalars = Array(row[0].textValue!.unicodeScalars)
            guard case let .integer(start) = row[1], case let .integer(end) = row[2] else { return }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[Int(start)..<Int(end)])
            #expect(String(text) == row[3].textValue)
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test("search --entity keeps the articles that name it, under any spelling")
    func searchByEntity() throws {
        var request = SearchRequest(query: "convoy")
        request.filter.entities = [try EntityQueries.entityIDs(named: "Hashd al-Shaabi", in: reader())]
        let rows = try csv { try Searcher.search(request, in: reader(), to: $0) }
        #expect(rows.count == 2)
    }

    @Test("corrections apply at once and survive reindex and re-ingest")
    func corrections() throws {
        try Corrections.rename("Hashd al-Shaabi", to: "Hashd", databasePath: dbPath)
        try Corrections.addAlias("Quds Force", to: "Islamic Revolutionary Guard Corps", databasePath: dbPath)
        try Corrections.delete("Sabereen News", databasePath: dbPath)
        func check() throws {
            let db = try reader()
            #expect(try EntityProfile.load(named: "PMU", from: db).name == "Hashd")
            #expect(try EntityQueries.entityIDs(named: "Quds Force", in: db) == EntityQueries.entityIDs(named: "IRGC", in: db))
            #expect(throws: ArchiveError.entityNotFound(name: "Sabereen News")) { try EntityProfile.load(named: "Sabereen News", from: db) }
        }
        try check()
        try Reindexer.reindex(databasePath: dbPath)
        try check()
        let articles = folder.url.appendingPathComponent("articles")
        let file = articles.appendingPathComponent("004_8e8643618ffacfa8.txt")
        try (String(contentsOf: file, encoding: .utf8) + "\nSabereen News said the PMU had nothing to add, according to the Quds Force.\n")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try Ingester(databasePath: dbPath).ingest(articles.path).updated == 1)
        try check()
    }

    @Test("a split makes one spelling an entity of its own")
    func split() throws {
        let before = try articleCount("Ashab al-Kahf")
        try Corrections.split("Companions of the Cave", from: "Ashab al-Kahf", databasePath: dbPath)
        let db = try reader()
        #expect(try EntityQueries.entityIDs(named: "Companions of the Cave", in: db) != EntityQueries.entityIDs(named: "Ashab al-Kahf", in: db))
        #expect(try articleCount("Ashab al-Kahf") <= before)
    }

    @Test("entity exports have the documented columns")
    func exports() throws {
        let db = try reader()
        let path = folder.file("e.csv").path
        let sink = try OutputSink.file(path: path)
        try EntityQueries.exportEntities(from: db, to: makeRowWriter(format: .csv, sink: sink))
        try sink.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("id,type,name,aliases,code,country,latitude,longitude,articles,mentions\r\n"))
        let mentions = folder.file("m.csv").path
        let mentionSink = try OutputSink.file(path: mentions)
        try EntityQueries.exportMentions(from: db, to: makeRowWriter(format: .csv, sink: mentionSink))
        try mentionSink.close()
        #expect(try String(contentsOfFile: mentions, encoding: .utf8).hasPrefix("article_id,entity_id,type,name,text,start,end,sentence\r\n"))
    }
}
