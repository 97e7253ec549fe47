import Foundation
import Testing

/// `archive events --near/--within/--bbox` and `--format geojson`, as a user runs them on the seeds.
extension CommandLineTests {
    private func locations(_ arguments: [String]) throws -> [String] {
        let result = try run(["events"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.map { ($0["location"] as? String) ?? ($0["admin1"] as? String) ?? "" }
    }

    @Test("--near a place --within a distance, and --bbox, keep the events there; bad values are refused")
    func nearAndBox() throws {
        #expect(try run(["ingest", try folder.copySeeds().path]).status == 0)
        let nasiriyah = try locations(["--near", "Nasiriyah", "--within", "50km"])
        #expect(nasiriyah.contains("Dhi Qar") && !nasiriyah.contains("Kalsu Bridge"))
        let hilla = try locations(["--near", "Hilla, Iraq", "--within", "20mi"])
        #expect(hilla.contains("Kalsu Bridge") && !hilla.contains("Dhi Qar"))
        let box = try locations(["--bbox", "43.5,30.5,47.0,33.0"])
        #expect(box.contains("Kalsu Bridge") && box.contains("Dhi Qar") && !box.contains("Baghdad International Airport"))
        let exported = try run(["export", "events", "--near", "Babil", "--within", "5km", "--format", "csv"])
        #expect(exported.status == 0 && exported.stdout.contains("Kalsu Bridge") && !exported.stdout.contains("Dhi Qar"))
        let unit = try run(["events", "--near", "Nasiriyah", "--within", "50 furlongs"])
        #expect(unit.status != 0 && unit.stderr.contains("km or mi"))
        let alone = try run(["events", "--within", "50km"])
        #expect(alone.status != 0 && alone.stderr.contains("--near"))
        let badBox = try run(["events", "--bbox", "1,2,3"])
        #expect(badBox.status != 0 && badBox.stderr.contains("four numbers"))
        let unknown = try run(["events", "--near", "Qwertyville"])
        #expect(unknown.status == 1 && unknown.stderr.contains("No place is named 'Qwertyville'"))
        let empty = try run(["events", "--near", "Paris", "--within", "10km"])
        #expect(empty.status == 0 && empty.stderr.contains("--near"))
    }

    @Test("events and export events as GeoJSON: one point per located event, its columns the properties")
    func eventsGeoJSON() throws {
        #expect(try run(["ingest", try folder.copySeeds().path]).status == 0)
        let csv = try run(["events", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(csv.stdout.utf8)) as? [[String: Any]] ?? []
        let located = rows.filter { $0["latitude"] is Double }
        #expect(!located.isEmpty)
        for command in [["events"], ["export", "events"]] {
            let result = try run(command + ["--format", "geojson"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(json?["type"] as? String == "FeatureCollection")
            let features = json?["features"] as? [[String: Any]] ?? []
            #expect(features.count == located.count)
            for feature in features {
                let coordinates = (feature["geometry"] as? [String: Any])?["coordinates"] as? [Double] ?? []
                let properties = feature["properties"] as? [String: Any] ?? [:]
                #expect(coordinates == [properties["longitude"] as? Double ?? .nan, properties["latitude"] as? Double ?? .nan])
                #expect(properties["event_id"] is Int && properties["geo_precision"] is Int)
            }
            #expect((rows.count > located.count) == result.stderr.contains("left out of the GeoJSON"))
        }
        let search = try run(["search", "convoy", "--format", "geojson"])
        #expect(search.status == 1 && search.stderr.contains("GeoJSON needs latitude and longitude"))
    }
}
