import Foundation

/// How a person writes a distance (`50km`, `30 mi`) and a box (`minLon,minLat,maxLon,maxLat`)
/// on the command line, read into kilometres and degrees; anything else is refused with an error
/// that says how to write it.
public enum GeoFilterTerms {
    /// `50km`, `50 km`, `12.5mi`: a number and a unit, km or mi (any case).
    public static func kilometres(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        for (unit, factor) in [("km", 1.0), ("mi", 1.609344)] where trimmed.hasSuffix(unit) {
            let number = trimmed.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
            if let value = Double(number), value.isFinite, value >= 0 { return value * factor }
        }
        throw ArchiveError.invalidDistance(value: text)
    }

    /// Four numbers, `minLon,minLat,maxLon,maxLat` in degrees (GeoJSON's order); a box whose
    /// west edge is east of its east edge crosses the antimeridian.
    public static func box(_ text: String) throws -> BoundingBox {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4, let west = numbers[0], let south = numbers[1], let east = numbers[2], let north = numbers[3] else {
            throw ArchiveError.invalidBoundingBox(value: text, reason: "it needs four numbers, minLon,minLat,maxLon,maxLat")
        }
        guard [west, east].allSatisfy({ (-180...180).contains($0) }), [south, north].allSatisfy({ (-90...90).contains($0) }) else {
            throw ArchiveError.invalidBoundingBox(value: text, reason: "longitudes run from -180 to 180 and latitudes from -90 to 90")
        }
        guard south <= north else {
            throw ArchiveError.invalidBoundingBox(value: text, reason: "its south edge (\(south)) is north of its north edge (\(north))")
        }
        return BoundingBox(west: west, south: south, east: east, north: north)
    }
}

/// A box of longitudes and latitudes, in degrees.
public struct BoundingBox: Sendable, Equatable {
    public let west: Double
    public let south: Double
    public let east: Double
    public let north: Double
}
