import Foundation

/// The point a person means by a place, for `archive events --near`: `33.3,44.4` as written; a
/// country or region (its centre, as events placed by it alone are drawn); a town of the
/// gazetteer, where one place of that name is clearly the one meant (`Nasiriyah`), or the one in
/// the region or country after a comma (`Springfield, IL`, `Hilla, Iraq`); else a place entity of
/// the archive with a point. Refuses a name it does not know, or that names several places alike.
public enum PlaceLookup {
    public static func point(named text: String, in db: Connection) throws -> GeoPoint {
        let name = text.trimmingCharacters(in: .whitespaces)
        if let point = coordinates(name) { return point }
        let gazetteer = EventGazetteer.shared
        var place = name
        var within: [String]?
        if let comma = name.lastIndex(of: ","), case let qualifier = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces),
           !qualifier.isEmpty {
            let codes = gazetteer.codes(matching: qualifier, regions: false) + gazetteer.codes(matching: qualifier, regions: true)
            guard !codes.isEmpty else { throw ArchiveError.placeNotFound(name: qualifier) }
            (place, within) = (name[..<comma].trimmingCharacters(in: .whitespaces), codes)
        }
        let areas = (gazetteer.codes(matching: place, regions: false) + gazetteer.codes(matching: place, regions: true))
            .filter { code in within.map { $0.contains { code.hasPrefix($0) } } ?? true }
        if areas.count == 1, let point = gazetteer.centre(of: areas[0]) { return point }
        let towns = gazetteer.townsSpelledLike(NameKey.fold(place)).filter { town in
            town.point != nil && (within.map { $0.contains { town.region == $0 || town.region.hasPrefix($0 + "-") } } ?? true)
        }
        if let largest = towns.first, let point = largest.point {
            let rivals = towns.dropFirst().filter { $0.region != largest.region && $0.sizeClass + 1 >= largest.sizeClass }
            guard rivals.isEmpty && areas.isEmpty else {
                throw ArchiveError.placeAmbiguous(name: text, places: Array((areas + ([largest] + rivals).map(\.region)).prefix(8)))
            }
            return point
        }
        if areas.count > 1 { throw ArchiveError.placeAmbiguous(name: text, places: Array(areas.prefix(8))) }
        return try entityPoint(named: text, in: db)
    }

    /// `33.31,44.36`: latitude and longitude, as a map shows them.
    private static func coordinates(_ text: String) -> GeoPoint? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let latitude = parts[0], let longitude = parts[1],
              (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }

    /// The point of the place entities so named or spelled, when they share one.
    private static func entityPoint(named name: String, in db: Connection) throws -> GeoPoint {
        let ids = try EntityQueries.entityIDs(named: name, in: db)
        let select = try db.prepare("""
            SELECT DISTINCT latitude, longitude FROM entities WHERE id IN (SELECT value FROM json_each(?))
            AND type = 'place' AND latitude IS NOT NULL AND longitude IS NOT NULL
            """)
        try select.bind([.text("[" + ids.map(String.init).joined(separator: ",") + "]")])
        var points: [GeoPoint] = []
        try select.forEachRow { row in
            if case let .real(latitude) = row[0], case let .real(longitude) = row[1] {
                points.append(GeoPoint(latitude: latitude, longitude: longitude))
            }
        }
        guard let point = points.first else { throw ArchiveError.placeNotFound(name: name) }
        guard points.count == 1 else {
            throw ArchiveError.placeAmbiguous(name: name, places: points.prefix(8).map { "\($0.latitude),\($0.longitude)" })
        }
        return point
    }
}
