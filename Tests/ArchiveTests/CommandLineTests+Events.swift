import Foundation
import Testing

/// `archive events`, `timeline`, `export events`, and events in `show` and `extract`, as a user runs them.
extension CommandLineTests {
    private func ingestSeedFolder() throws {
        let result = try run(["ingest", try folder.copySeeds().path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("events and export events write the documented columns; filters narrow them")
    func eventsCSV() throws {
        try ingestSeedFolder()
        let header = "event_id,event_date,time_precision,event_type,sub_event_type,kind,confidence,actor1,actor2,claimed_by,country,admin1,location,latitude,longitude,geo_precision,fatalities,notes,sources,articles"
        let listed = try run(["events", "--format", "csv"])
        #expect(listed.status == 0)
        #expect(listed.stdout.components(separatedBy: "\r\n").first == header)
        let exported = try run(["export", "events", "--format", "csv"])
        #expect(exported.stdout.components(separatedBy: "\r\n").first == header)
        let rows = exported.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
        #expect(rows > 8)
        let ied = try run(["events", "--sub-type", "IED", "--admin1", "Babil", "--since", "2021-09", "--format", "json"])
        let objects = try JSONSerialization.jsonObject(with: Data(ied.stdout.utf8)) as? [[String: Any]]
        #expect(objects?.count == 1)
        #expect(objects?.first?["event_date"] as? String == "2021-09-06")
        #expect(objects?.first?["location"] as? String == "Kalsu Bridge")
        let actor = try run(["events", "--actor", "Companions of the Cave", "--format", "csv"])
        #expect(actor.stdout.contains("Dhi Qar"))
        let unknown = try run(["events", "--actor", "Nobody At All"])
        #expect(unknown.status == 1 && unknown.stderr.contains("Nobody At All"))
        let badDate = try run(["events", "--since", "last tuesday"])
        #expect(badDate.status != 0 && !badDate.stderr.isEmpty)
    }

    @Test("timeline: a bar chart on request, every month as a CSV row")
    func timeline() throws {
        try ingestSeedFolder()
        let chart = try run(["timeline", "--format", "table"])
        #expect(chart.status == 0)
        #expect(chart.stdout.contains("2021-09") && chart.stdout.contains("█") && chart.stdout.contains("undated"))
        let csv = try run(["timeline", "--by", "month", "--since", "2021-07", "--until", "2021-09", "--format", "csv"])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("period,events,Battles") == true)
        #expect(lines.dropFirst().map { String($0.prefix(7)) } == ["2021-07", "2021-08", "2021-09"])
    }

    @Test("show lists the article's events; extract adds them to its JSON")
    func eventsInShowAndExtract() throws {
        try ingestSeedFolder()
        let search = try run(["search", "Kalsu", "--format", "csv"])
        let id = search.stdout.components(separatedBy: "\r\n").dropFirst().first?.split(separator: ",").first.map(String.init) ?? ""
        let shown = try run(["show", id])
        #expect(shown.stdout.contains("events:") && shown.stdout.contains("2021-09-06 Remote explosive/landmine/IED"))
        let seed = Fixtures.seedNames.first { $0.hasPrefix("002") }!
        let extracted = try run(["extract", Fixtures.seedURL(seed).path])
        let json = try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        #expect(events.contains { $0["event_date"] as? String == "2021-09-04" && $0["kind"] as? String == "threat" })
    }
}
