import Foundation
import Testing
@testable import Archive

/// Event confidence as a user meets it: its column, its JSON field, and `--min-confidence`.
extension CommandLineTests {
    /// Two articles, one event each (a bombing in Mosul, one in Basra), scored 0.62 and 0.91
    /// through their reports, as the event model might have scored them.
    private func ingestTwoScoredEvents() throws {
        try folder.write("date: 2023-03-07\nBlast hits patrol\n\nA roadside bomb struck an army patrol in Mosul on Monday, killing three soldiers.\n",
                         to: "in/a.txt")
        try folder.write("date: 2023-03-07\nAnother blast\n\nA roadside bomb struck a police convoy in Basra on Monday.\n", to: "in/b.txt")
        let result = try run(["ingest", folder.file("in").path])
        #expect(result.status == 0, "\(result.stderr)")
        let db = try Connection(path: folder.file("archive.sqlite").path)
        try db.execute("UPDATE event_reports SET confidence = ?1 WHERE article_id = ?2", [.real(0.6190), .integer(1)])
        try db.execute("UPDATE event_reports SET confidence = ?1 WHERE article_id = ?2", [.real(0.9149), .integer(2)])
    }

    /// Whether each key first appears after the one before it.
    private func inOrder(_ text: String, _ keys: [String]) -> Bool {
        let places = keys.map { text.range(of: $0)?.lowerBound }
        return places.allSatisfy { $0 != nil } && zip(places, places.dropFirst()).allSatisfy { $0! < $1! }
    }

    private func csvRows(_ result: Result) -> [[String]] {
        result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    @Test("confidence follows kind in CSV and JSON, rounded to two decimals; --min-confidence narrows events, export and timeline")
    func confidence() throws {
        try ingestTwoScoredEvents()
        let listed = try run(["events", "--format", "csv"])
        let rows = csvRows(listed)
        #expect(rows.first?.firstIndex(of: "confidence") == rows.first.flatMap { $0.firstIndex(of: "kind") }.map { $0 + 1 })
        let column = rows.first?.firstIndex(of: "confidence") ?? 0
        #expect(Set(rows.dropFirst().map { $0[column] }) == ["0.62", "0.91"])
        #expect(csvRows(try run(["export", "events", "--format", "csv"])).first == rows.first)

        let strict = try run(["events", "--min-confidence", "0.8", "--format", "json"])
        let objects = try JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [[String: Any]]
        #expect(objects?.count == 1 && objects?.first?["confidence"] as? Double == 0.91)
        #expect((objects?.first?["notes"] as? String)?.contains("Basra") == true)
        #expect(inOrder(strict.stdout, ["\"kind\":", "\"confidence\":", "\"actor1\":"]), "confidence right after kind")
        #expect(csvRows(try run(["export", "events", "--min-confidence", "0.62", "--format", "csv"])).count == 3, "as shown: 0.619 is 0.62")
        #expect(csvRows(try run(["export", "events", "--min-confidence", "0.63", "--format", "csv"])).count == 2)
        let timeline = csvRows(try run(["timeline", "--by", "day", "--min-confidence", "0.8", "--format", "csv"]))
        #expect(timeline.count == 2 && timeline.last?[1] == "1")

        for command in [["events"], ["export", "events"], ["timeline"]] {
            let refused = try run(command + ["--min-confidence", "1.5"])
            #expect(refused.status != 0 && refused.stderr.contains("--min-confidence") && refused.stderr.contains("0 to 1"), "\(command)")
        }
    }

    @Test("show and extract give each event its confidence, after kind")
    func confidenceInShowAndExtract() throws {
        try ingestTwoScoredEvents()
        let shown = try run(["show", "1", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        #expect(events.count == 1 && events.first?["confidence"] as? Double == 0.62)
        #expect(inOrder(shown.stdout, ["\"kind\":", "\"confidence\":", "\"actor1\":"]))
        let extracted = try run(["extract", folder.file("in/b.txt").path])
        let article = try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any]
        let coded = article?["events"] as? [[String: Any]] ?? []
        #expect(!coded.isEmpty && coded.allSatisfy { ($0["confidence"] as? Double).map { (0.5...1).contains($0) } == true })
        #expect(inOrder(extracted.stdout, ["\"kind\":", "\"confidence\":", "\"actor1\":"]))
    }
}
