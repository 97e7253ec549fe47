import Foundation

/// A point on the earth in WGS 84 degrees, as the gazetteer gives places (two decimals, about a
/// kilometre) and as ACLED gives events.
public struct GeoPoint: Sendable, Equatable {
    public let latitude: Double
    public let longitude: Double

    public init(latitude: Double, longitude: Double) {
        (self.latitude, self.longitude) = (latitude, longitude)
    }

    /// The mean radius of the earth, in kilometres, that distances are measured with.
    static let earthRadius = 6371.0

    /// Great-circle distance in kilometres (haversine): within half a percent of the ellipsoid's,
    /// far finer than where a news report puts an event.
    public func kilometres(to other: GeoPoint) -> Double {
        Self.kilometres(latitude, longitude, other.latitude, other.longitude)
    }

    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radian = Double.pi / 180
        let dLat = (lat2 - lat1) * radian, dLon = (lon2 - lon1) * radian
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radian) * cos(lat2 * radian) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadius * asin(min(1, a.squareRoot()))
    }
}
