import Foundation
import Testing
@testable import Archive

/// Points on the map: the gazetteer's coordinates, ACLED's geo_precision from the words around a
/// place, the seed events where the gold puts them, place look-ups and GeoJSON.
@Suite("Event points")
struct EventPointTests: EventSampling {
    let published = "2022-03-01"

    let folder = TemporaryFolder()

    @Test("the town table gives a town its point; a region is drawn at its largest town, a country at its capital")
    func gazetteerPoints() {
        let gazetteer = EventGazetteer.shared
        let diwaniyah = gazetteer.townsFolded("al diwaniyah").first
        #expect(diwaniyah?.region == "IQ-QA")
        #expect(km(diwaniyah?.point, 31.99, 44.93) < 3)
        #expect(km(gazetteer.centre(of: "IQ-DQ"), 31.06, 46.26) < 5)
        #expect(km(gazetteer.centre(of: "IQ-BB"), 32.48, 44.42) < 5)
        #expect(km(gazetteer.centre(of: "IQ"), 33.34, 44.40) < 5)
        #expect(km(gazetteer.centre(of: "FR"), 48.86, 2.35) < 5)
        // Baghdad to Basra by the haversine formula on a 6,371 km sphere.
        #expect(abs(km(GeoPoint(latitude: 33.34, longitude: 44.40), 30.50, 47.82) - 451.5) < 0.5)
    }

    @Test("a town named is precision 1, near it 2, a region or a country alone 3 at its centre")
    func precision() {
        let inTown = events("A roadside bomb exploded in Kirkuk on Monday, killing two soldiers, police said.")
        #expect(inTown.first?.geoPrecision == 1)
        #expect(km(inTown.first?.point, 35.47, 44.39) < 5)
        let nearTown = events("A roadside bomb exploded on the outskirts of Kirkuk on Monday, killing two soldiers, police said.")
        #expect(nearTown.first?.geoPrecision == 2)
        #expect(km(nearTown.first?.point, 35.47, 44.39) < 5)
        let region = events("A roadside bomb exploded in Anbar province on Monday, killing two soldiers, police said.")
        #expect(region.first?.admin1Code == "IQ-AN" && region.first?.geoPrecision == 3)
        #expect(km(region.first?.point, 33.42, 43.31) < 5)
        let nowhere = events("A roadside bomb exploded on Monday, killing two soldiers, police said.")
        #expect(nowhere.first.map { $0.point == nil && $0.geoPrecision == nil } == true)
    }

    @Test("the seed events lie where the gold puts them")
    func seedPoints() throws {
        let path = folder.file("a.sqlite").path
        _ = try Ingester(databasePath: path).ingest(try folder.copySeeds().path)
        let db = try ArchiveDatabase.openForReading(at: path)
        let statement = try db.prepare("SELECT admin1, location, latitude, longitude, geo_precision, notes FROM event_rows")
        var rows: [(admin1: String?, location: String?, point: GeoPoint?, precision: Int64?, notes: String)] = []
        try statement.forEachRow { row in
            var point: GeoPoint?
            if case let .real(latitude) = row[2], case let .real(longitude) = row[3] { point = GeoPoint(latitude: latitude, longitude: longitude) }
            rows.append((row[0].textValue, row[1].textValue, point, row[4].integerValue, row[5].textValue ?? ""))
        }
        // Every event with a place has a point and a precision, and none without.
        #expect(rows.allSatisfy { ($0.point == nil) == ($0.precision == nil) })
        let dhiQar = rows.first { $0.admin1 == "Dhi Qar" }
        #expect(km(dhiQar?.point, 31.06, 46.26) < 60)
        let kalsu = rows.first { $0.location == "Kalsu Bridge" }
        #expect(kalsu?.admin1 == "Babil" && km(kalsu?.point, 32.48, 44.42) < 10)
        let diwaniyah = rows.first { $0.location?.contains("Diwaniyah") == true }
        #expect(diwaniyah?.precision == 2 && km(diwaniyah?.point, 31.99, 44.93) < 5)
        let airport = rows.first { $0.location == "Baghdad International Airport" }
        #expect(km(airport?.point, 33.262, 44.234) < 3)
        // Place entities carry their points too.
        #expect(try db.scalar("SELECT count(*) FROM entities WHERE type = 'place' AND name = 'Dhi Qar' AND latitude IS NOT NULL") == .integer(1))
    }

    @Test("--near resolves a town, a town in a region, a region and a point; refuses unknown and shared names")
    func placeLookup() throws {
        let db = try ArchiveDatabase.openForWriting(at: folder.file("a.sqlite").path)
        #expect(km(try PlaceLookup.point(named: "Nasiriyah", in: db), 31.06, 46.26) < 5)
        #expect(km(try PlaceLookup.point(named: "Babil", in: db), 32.48, 44.42) < 5)
        #expect(km(try PlaceLookup.point(named: "Hilla, Iraq", in: db), 32.48, 44.42) < 5)
        #expect(try PlaceLookup.point(named: "33.3, 44.4", in: db) == GeoPoint(latitude: 33.3, longitude: 44.4))
        #expect(throws: ArchiveError.placeNotFound(name: "Qwertyville")) { try PlaceLookup.point(named: "Qwertyville", in: db) }
        #expect {
            try PlaceLookup.point(named: "Springfield", in: db)
        } throws: { error in
            guard case .placeAmbiguous(_, let places)? = error as? ArchiveError else { return false }
            return places.count > 1 && places.allSatisfy { $0.hasPrefix("US-") }
        }
    }

    @Test("distances in km and mi, boxes in GeoJSON's order; anything else refused")
    func filterTerms() throws {
        #expect(try GeoFilterTerms.kilometres("50km") == 50)
        #expect(abs(try GeoFilterTerms.kilometres("30 mi") - 48.28) < 0.01)
        for bad in ["50", "50 furlongs", "km", "-3km"] {
            #expect(throws: ArchiveError.invalidDistance(value: bad)) { try GeoFilterTerms.kilometres(bad) }
        }
        #expect(try GeoFilterTerms.box("43.5, 30.5, 47, 33") == BoundingBox(west: 43.5, south: 30.5, east: 47, north: 33))
        for bad in ["1,2,3", "a,b,c,d", "0,40,10,30", "0,0,200,10"] {
            #expect(throws: ArchiveError.self) { try GeoFilterTerms.box(bad) }
        }
    }

    @Test("GeoJSON: a FeatureCollection of points at [longitude, latitude], rows without one left out and counted")
    func geoJSON() throws {
        let path = folder.file("out.geojson").path
        let sink = try OutputSink.file(path: path)
        let writer = makeRowWriter(format: .geojson, sink: sink)
        try writer.begin(columns: ["event_id", "location", "latitude", "longitude", "notes"])
        try writer.write([.integer(1), .text("Hilla"), .real(32.48), .real(44.42), .text("A \"quoted\" note,\nover two lines")])
        try writer.write([.integer(2), .null, .null, .null, .text("nowhere")])
        try writer.write([.integer(3), .text("Kirkuk"), .real(35.47), .real(44.39), .null])
        try writer.finish()
        try sink.close()
        #expect((writer as? GeoJSONWriter)?.withoutPoint == 1)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        #expect(json?["type"] as? String == "FeatureCollection")
        let features = json?["features"] as? [[String: Any]] ?? []
        #expect(features.count == 2)
        let geometry = features.first?["geometry"] as? [String: Any]
        #expect(geometry?["type"] as? String == "Point" && geometry?["coordinates"] as? [Double] == [44.42, 32.48])
        let properties = features.first?["properties"] as? [String: Any]
        #expect(properties?["notes"] as? String == "A \"quoted\" note,\nover two lines" && properties?["event_id"] as? Int == 1)
        let table = makeRowWriter(format: .geojson, sink: try OutputSink.file(path: folder.file("t.geojson").path))
        #expect(throws: ArchiveError.self) { try table.begin(columns: ["id", "title"]) }
    }
}
