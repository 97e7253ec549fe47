import Foundation
import Testing
@testable import Archive

/// Events of the seed articles against `gold/seeds.json`, through a real ingest, and merging
/// across articles.
@Suite("Event store")
struct EventStoreTests {
    let folder = TemporaryFolder()
    var dbPath: String { folder.file("archive.sqlite").path }

    private func rows(_ sql: String, _ values: [Value] = []) throws -> [[String: Value]] {
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        let statement = try db.prepare(sql)
        try statement.bind(values)
        var rows: [[String: Value]] = []
        let names = statement.columnNames
        try statement.forEachRow { rows.append(Dictionary(uniqueKeysWithValues: zip(names, $0))) }
        return rows
    }

    static var goldEvents: [[String: Any]] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("gold/seeds.json")
        let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return json["events"] as! [[String: Any]]
    }

    /// Whether a stored event is of the gold event's type.
    static func sameType(_ gold: [String: Any], _ event: [String: Value]) -> Bool {
        let type = gold["type"] as! String
        let sub = event["sub_event_type"]?.textValue ?? "", kind = event["kind"]?.textValue
        switch (type, gold["sub_type"] as? String) {
        case ("attack", "roadside bomb / IED"?): return sub == SubEventType.remoteExplosive.rawValue
        case ("attack", "drone strike"?): return sub == SubEventType.airDroneStrike.rawValue
        case ("attack", _): return SubEventType(rawValue: sub)?.isViolent == true
        case ("agreement", _): return sub == SubEventType.agreement.rawValue
        default: return sub == "Other" && kind == type
        }
    }

    static func sameDate(_ gold: [String: Any], _ event: [String: Value]) -> Bool {
        guard let wanted = gold["date"] as? String else { return event["event_date"] == .null }
        guard let found = event["event_date"]?.textValue.flatMap({ PartialDate(iso: $0) })?.dayNumber,
              let expected = PartialDate(iso: wanted)?.dayNumber else { return false }
        return abs(found - expected) <= 1
    }

    static func samePlace(_ gold: [String: Any], _ event: [String: Value]) -> Bool {
        if let country = gold["country"] as? String, EventGazetteer.looseKey(event["country"]?.textValue ?? "") != EventGazetteer.looseKey(country) {
            return false
        }
        if let admin1 = gold["admin1"] as? String, EventGazetteer.looseKey(event["admin1"]?.textValue ?? "") != EventGazetteer.looseKey(admin1) {
            return false
        }
        return true
    }

    @Test("every gold event of the seeds is found once, with its type, date, country and admin1, citing every seed that reports it")
    func goldEvents() throws {
        let seeds = try folder.copySeeds()
        try Ingester(databasePath: dbPath).ingest(seeds.path)
        let events = try rows("SELECT * FROM event_rows")
        let articleOfSeed = Dictionary(uniqueKeysWithValues: try rows("SELECT path, article_id FROM files").compactMap { row -> (String, Int64)? in
            guard let path = row["path"]?.textValue, case let .integer(id)? = row["article_id"] else { return nil }
            return (String(path.split(separator: "/").last!.prefix(3)), id)
        })
        for gold in Self.goldEvents {
            let id = gold["id"] as! String
            let matches = events.filter { Self.sameType(gold, $0) && Self.sameDate(gold, $0) && Self.samePlace(gold, $0) }
            #expect(matches.count == 1, "\(id): \(matches.count) matching events")
            guard let event = matches.first else { continue }
            let cited = Set((event["articles"]?.textValue ?? "").split(separator: ";").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) })
            for seed in gold["reported_in"] as! [String] {
                #expect(cited.contains(articleOfSeed[seed]!), "\(id) should cite seed \(seed)")
            }
        }
        // The Dhi Qar attack: claimed by the brigade, one event for the two copies of the story.
        let dhiQar = events.filter { $0["admin1"]?.textValue == "Dhi Qar" && Self.sameType(["type": "attack"], $0) }
        #expect(dhiQar.count == 1 && dhiQar.first?["claimed_by"]?.textValue == "Ashab al-Kahf")
        // Nothing is coded from page furniture: every report's offsets hold a sentence of its article's
        // body, and the first report's sentence is the event's notes.
        let reports = try rows("""
            SELECT substr(a.body, r.start + 1, r."end" - r.start) AS sentence FROM event_reports r
            JOIN articles a ON a.id = r.article_id
            """)
        #expect(!reports.isEmpty && reports.allSatisfy { !($0["sentence"]?.textValue ?? "").isEmpty })
        #expect(try rows("""
            SELECT e.event_id FROM event_rows e WHERE e.notes IS NULL OR e.notes = '' OR NOT EXISTS (
                SELECT 1 FROM event_reports r JOIN articles a ON a.id = r.article_id
                WHERE r.event_id = e.event_id AND substr(a.body, r.start + 1, r."end" - r.start) = e.notes)
            """).isEmpty)
    }

    /// Two reports of a roadside bomb in Mosul (one event) and one in Basra, dated by their publication line.
    private func writeMosulAndBasra() throws {
        try folder.write("""
            Blast hits patrol

            A roadside bomb struck an army patrol in Mosul on Monday, killing three soldiers.
            """, to: "in/a.txt")
        try folder.write("""
            Patrol attacked

            Three soldiers were killed when an improvised explosive device targeted their patrol near Mosul on Tuesday.
            """, to: "in/b.txt")
        try folder.write("""
            Another blast

            A roadside bomb struck a police convoy in Basra on Monday.
            """, to: "in/c.txt")
        // All three dated by their publication line, as the seeds are.
        for (name, date) in [("a", "2023-03-07"), ("b", "2023-03-08"), ("c", "2023-03-07")] {
            let url = folder.file("in/\(name).txt")
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(("date: \(date)\n" + text).utf8).write(to: url)
        }
    }

    @Test("reports of one event in two articles merge; the same kind of event in another province does not")
    func mergingAcrossArticles() throws {
        try writeMosulAndBasra()
        try Ingester(databasePath: dbPath).ingest(folder.file("in").path)
        let events = try rows("""
            SELECT r.event_date, r.sub_event_type, e.admin1_code, r.fatalities, r.articles FROM event_rows r JOIN events e ON e.id = r.event_id
            ORDER BY e.admin1_code
            """)
        #expect(events.count == 2)
        #expect(events.map { $0["admin1_code"]?.textValue } == ["IQ-BA", "IQ-NI"])
        #expect(events.last?["articles"]?.textValue == "1; 2")
        #expect(events.last?["event_date"]?.textValue == "2023-03-06")
        #expect(events.last?["fatalities"] == .integer(3))
        #expect(events.allSatisfy { $0["sub_event_type"]?.textValue == SubEventType.remoteExplosive.rawValue })
    }

    @Test("re-ingest and reindex give the same events; a changed article drops the events only it reported")
    func reindexAndChanges() throws {
        let seeds = try folder.copySeeds()
        try Ingester(databasePath: dbPath).ingest(seeds.path)
        let before = try rows("SELECT * FROM event_rows ORDER BY event_id")
        try Ingester(databasePath: dbPath).ingest(seeds.path)
        #expect(try rows("SELECT * FROM event_rows ORDER BY event_id") == before)
        let original = before.count
        try Reindexer.reindex(databasePath: dbPath)
        let after = try rows("SELECT event_date, sub_event_type, articles FROM event_rows")
        let key = { (row: [String: Value]) -> String in
            [row["event_date"], row["sub_event_type"], row["articles"]].map { $0?.textValue ?? "" }.joined(separator: "|")
        }
        #expect(Set(after.map(key)) == Set(before.map(key)))
        #expect(after.count == original)
        let seed2 = Fixtures.seedNames.first { $0.hasPrefix("002") }!
        try Data("Nothing happened here today.\n".utf8).write(to: seeds.appendingPathComponent(seed2))
        try Ingester(databasePath: dbPath).ingest(seeds.path)
        #expect(try rows("SELECT 1 FROM event_rows WHERE admin1 = 'Babil' AND event_date = '2021-09-06'").isEmpty)
        #expect(try rows("SELECT 1 FROM events WHERE id NOT IN (SELECT event_id FROM event_reports)").isEmpty)
    }

    @Test("an event has its surest report's confidence, kept as reports are recoded, merged within an article and deleted")
    func confidenceKeepsTheMax() throws {
        try writeMosulAndBasra()
        try Ingester(databasePath: dbPath).ingest(folder.file("in").path)
        let db = try ArchiveDatabase.openForWriting(at: dbPath)
        let store = ArticleStore(db)
        /// Codes article `id` again as the writer does, its events given `confidences` in turn.
        func recode(_ id: Int64, _ confidences: [Double]) throws {
            let body = try db.scalar("SELECT body FROM articles WHERE id = ?", [.integer(id)])?.textValue ?? ""
            let published = try db.scalar("SELECT published FROM articles WHERE id = ?", [.integer(id)])?.textValue.flatMap { PartialDate(iso: $0) }
            let extraction = Extraction(body: body, published: published)
            let event = try #require(extraction.events.first)
            let reports = confidences.map { confidence -> ExtractedEvent in var report = event; report.confidence = confidence; return report }
            try db.transaction {
                let ids = try EntityStore(store: store).replaceMentions(articleID: id, try CorrectionRules(db).apply(extraction.mentions))
                try EventStore(store: store).replaceEvents(articleID: id, reports, entityIDs: ids)
            }
        }
        func mosul() throws -> Value? {
            try db.scalar("SELECT confidence FROM events WHERE admin1_code = 'IQ-NI'")
        }
        #expect(try mosul() != .null)
        try recode(1, [0.6])
        try recode(2, [0.9])
        #expect(try mosul() == .real(0.9))
        try recode(2, [0.7])
        #expect(try mosul() == .real(0.7), "a recoded report gives up its old confidence")
        try recode(1, [0.55, 0.95])
        #expect(try db.scalar("SELECT confidence FROM event_reports WHERE article_id = 1") == .real(0.95))
        #expect(try mosul() == .real(0.95), "two reports of it in one article: the surer counts")
        try db.execute("DELETE FROM articles WHERE id = 1")
        #expect(try mosul() == .real(0.7), "an article's deletion takes its reports' confidence with it")
        #expect(try db.scalar("SELECT count(*) FROM events") == .integer(2))
        #expect(try db.scalar("""
            SELECT count(*) FROM events e WHERE confidence IS NOT (SELECT max(confidence) FROM event_reports WHERE event_id = e.id)
            """) == .integer(0))
    }

    @Test("filters: type, sub-type, dates, country and region in any spelling, actor, full-text query")
    func filters() throws {
        let seeds = try folder.copySeeds()
        try Ingester(databasePath: dbPath).ingest(seeds.path)
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        func count(_ filter: EventFilter) throws -> Int {
            let writer = CollectingWriter()
            return try EventQueries.list(filter, in: db, to: writer)
        }
        let all = try count(EventFilter())
        #expect(all > 8)
        #expect(try count(EventFilter(subType: "ied")) == 3)
        #expect(try count(EventFilter(admin1: "Qadisiyyah")) == 1)
        #expect(try count(EventFilter(admin1: "IQ-BB")) == 2)
        #expect(try count(EventFilter(since: PartialDate(iso: "2021-09"), until: PartialDate(iso: "2021-09"))) == 2)
        #expect(try count(EventFilter(country: "Iraq")) == count(EventFilter(country: "iq")))
        let kahf = try EntityQueries.entityIDs(named: "Aṣḥab al-Kahf", in: db)
        #expect(try count(EventFilter(actors: [kahf])) == 2)
        #expect(try count(EventFilter(query: FTSQuery.parse("Kalsu"))) >= 1)
        let timeline = try Timeline.build(EventFilter(since: PartialDate(iso: "2021-09-01"), until: PartialDate(iso: "2021-09-30")), by: .day, in: db)
        #expect(timeline.rows.first?.period == "2021-09-04" && timeline.rows.last?.period == "2021-09-06" && timeline.rows.count == 3)
        #expect(timeline.rows.map(\.total) == [1, 0, 1])
    }

    @Test("an archive of schema version 1 gains the event tables and is marked for reindex")
    func migrationFromVersion1() throws {
        let seeds = try folder.copySeeds()
        try Ingester(databasePath: dbPath).ingest(seeds.path)
        let raw = try Connection(path: dbPath)
        try LegacySchema.downgradeToVersion2(raw)
        try raw.execute(script: """
            DROP VIEW event_rows; DROP TRIGGER event_reports_ad; DROP TABLE event_reports; DROP TABLE events; PRAGMA user_version = 1;
            """)
        _ = try ArchiveDatabase.openForWriting(at: dbPath)
        #expect(try rows("PRAGMA user_version") == [["user_version": .integer(Int64(Schema.version))]])
        #expect(try rows("SELECT count(*) AS n FROM events") == [["n": .integer(0)]])
        #expect(try rows("SELECT DISTINCT extractor_version AS v FROM articles") == [["v": .integer(0)]])
        try Reindexer.reindex(databasePath: dbPath)
        #expect(try rows("SELECT count(*) AS n FROM events").first?["n"] != .integer(0))
    }
}

/// Keeps the rows written, for tests of queries.
final class CollectingWriter: RowWriter {
    var columns: [String] = []
    var rows: [[Value]] = []
    func begin(columns: [String]) throws { self.columns = columns }
    func write(_ row: [Value]) throws { rows.append(row) }
    func finish() throws {}
}
