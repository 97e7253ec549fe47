/// Plane geometry on projected outlines: a ring cut to the visible rectangle, and where to label it.
enum MapClip {
    typealias Point = (x: Double, y: Double)

    /// The part of a closed ring inside the rectangle 0…width × 0…height (Sutherland–Hodgman:
    /// exact for a convex window, which a rectangle is); empty when nothing of it shows.
    static func clip(_ ring: [Point], width: Double, height: Double) -> [Point] {
        var points = ring
        let edges: [(inside: (Point) -> Bool, cross: (Point, Point) -> Point)] = [
            ({ $0.x >= 0 }, { a, b in along(a, b, (0 - a.x) / (b.x - a.x)) }),
            ({ $0.x <= width }, { a, b in along(a, b, (width - a.x) / (b.x - a.x)) }),
            ({ $0.y >= 0 }, { a, b in along(a, b, (0 - a.y) / (b.y - a.y)) }),
            ({ $0.y <= height }, { a, b in along(a, b, (height - a.y) / (b.y - a.y)) }),
        ]
        for edge in edges {
            guard let last = points.last else { return [] }
            var kept: [Point] = []
            var previous = last
            for point in points {
                switch (edge.inside(previous), edge.inside(point)) {
                case (true, true): kept.append(point)
                case (true, false): kept.append(edge.cross(previous, point))
                case (false, true): kept.append(edge.cross(previous, point)); kept.append(point)
                case (false, false): break
                }
                previous = point
            }
            points = kept
        }
        return points.count >= 3 ? points : []
    }

    private static func along(_ a: Point, _ b: Point, _ t: Double) -> Point {
        (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
    }

    /// Area (positive) and centroid of a simple polygon; nil for a degenerate one.
    static func centroid(_ ring: [Point]) -> (area: Double, x: Double, y: Double)? {
        var (twiceArea, cx, cy) = (0.0, 0.0, 0.0)
        for (i, a) in ring.enumerated() {
            let b = ring[(i + 1) % ring.count]
            let cross = a.x * b.y - b.x * a.y
            twiceArea += cross
            (cx, cy) = (cx + (a.x + b.x) * cross, cy + (a.y + b.y) * cross)
        }
        guard abs(twiceArea) > 1e-9 else { return nil }
        return (abs(twiceArea) / 2, cx / (3 * twiceArea), cy / (3 * twiceArea))
    }
}
