import Foundation

/// The part of the globe a map shows and how it is drawn on its canvas: an equirectangular
/// projection whose standard parallel is the frame's middle latitude, so a country far from the
/// equator keeps its shape, while the whole world is the familiar plate carrée.
public struct MapFrame: Sendable, Equatable {
    public let west: Double
    public let east: Double
    public let south: Double
    public let north: Double
    /// Pixels of the map area.
    public let width: Double
    public let height: Double

    /// Pixels per degree of latitude; a degree of longitude is this times `cos(standard parallel)`.
    var scale: Double { height / (north - south) }
    var parallelFactor: Double { Self.parallelFactor(south: south, north: north) }

    public init(west: Double, east: Double, south: Double, north: Double, width: Double) {
        (self.west, self.east, self.south, self.north, self.width) = (west, east, south, north, width)
        height = width * (north - south) / ((east - west) * Self.parallelFactor(south: south, north: north))
    }

    /// Where a point falls on the canvas: x from the left, y from the top, in pixels.
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        ((point.longitude - west) * scale * parallelFactor, (north - point.latitude) * scale)
    }

    public func contains(_ point: GeoPoint) -> Bool {
        (south...north).contains(point.latitude) && (west...east).contains(point.longitude)
    }

    /// Beyond 60° the stretch would be extreme for the frame's other latitudes.
    static func parallelFactor(south: Double, north: Double) -> Double {
        cos(min(60, abs((south + north) / 2)) * .pi / 180)
    }
}

extension MapFrame {
    /// The frame that shows every point with a margin around them: at least `minimumSpan` degrees
    /// across (one event is shown with its surroundings), between `narrowest` and `widest` times as
    /// wide as high (the shorter side grows: a screen is landscape), and never past the poles or the antimeridian.
    public static func framing(_ points: [GeoPoint], width: Double, margin: Double = 0.15, minimumSpan: Double = 8,
                               narrowest: Double = 1.25, widest: Double = 2.2) -> MapFrame {
        guard let first = points.first else {
            return MapFrame(west: -180, east: 180, south: -60, north: 85, width: width)
        }
        var (west, east, south, north) = (first.longitude, first.longitude, first.latitude, first.latitude)
        for point in points {
            (west, east) = (min(west, point.longitude), max(east, point.longitude))
            (south, north) = (min(south, point.latitude), max(north, point.latitude))
        }
        var lon = Span(low: west, high: east, limit: 180).widened(by: margin, atLeast: minimumSpan)
        var lat = Span(low: south, high: north, limit: 90).widened(by: margin, atLeast: minimumSpan * 0.6)
        let factor = parallelFactor(south: lat.low, north: lat.high)
        // Shape: a tall frame widens, a very wide one grows in height.
        if lat.length * narrowest > lon.length * factor {
            lon = lon.grown(to: lat.length * narrowest / factor)
        } else if lon.length * factor > lat.length * widest {
            lat = lat.grown(to: lon.length * factor / widest)
        }
        return MapFrame(west: lon.low, east: lon.high, south: lat.low, north: lat.high, width: width)
    }

    /// A range of degrees kept within ±limit.
    struct Span {
        var low: Double
        var high: Double
        let limit: Double
        var length: Double { high - low }

        func widened(by margin: Double, atLeast minimum: Double) -> Span {
            grown(to: max(length * (1 + 2 * margin), minimum))
        }

        /// As long as `target` (at most the whole range), about the same middle, shifted back inside the limits.
        func grown(to target: Double) -> Span {
            let length = min(max(target, self.length), 2 * limit)
            let middle = (low + high) / 2
            var span = Span(low: middle - length / 2, high: middle + length / 2, limit: limit)
            if span.low < -limit { (span.low, span.high) = (-limit, -limit + length) }
            if span.high > limit { (span.low, span.high) = (limit - length, limit) }
            return span
        }
    }
}
