import Foundation

/// Events at one point (a town's every event, a region's centre) would hide one another however
/// transparent: up to `largestRing` of them are set around the point in a ring, touching, so each
/// is seen and counted, and a dot marks the point itself. More stay stacked on the point, which is
/// labelled with their number (a ring of hundreds would cover a country). A dense map (`isDense`)
/// shows where events crowd rather than each one: nothing is spread or labelled there.
extension EventMap {
    struct PlacedMark {
        let event: Event
        let x: Double
        let y: Double
        let radius: Double
    }

    static let largestRing = 12

    /// Each event's mark in drawing order, spread where several fall on the same pixel; and the
    /// points shared by several events, with their number.
    func placedMarks(in frame: MapFrame) -> (marks: [PlacedMark], shared: [(x: Double, y: Double, count: Int)]) {
        let order = drawingOrder
        var groups: [String: [Int]] = [:]
        var keys: [String] = []
        for (index, event) in order.enumerated() {
            let (x, y) = frame.project(event.coordinate)
            let key = "\(Int(x.rounded())),\(Int(y.rounded()))"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(index)
        }
        var marks = [PlacedMark?](repeating: nil, count: order.count)
        var shared: [(x: Double, y: Double, count: Int)] = []
        for key in keys {
            let members = groups[key] ?? []
            let (x, y) = frame.project(order[members[0]].coordinate)
            let radii = members.map { radius(of: order[$0].size(by: sizeBy)) }
            if members.count > 1, !isDense { shared.append((x, y, members.count)) }
            guard members.count > 1, members.count <= Self.largestRing, !isDense else {
                for (slot, index) in members.enumerated() { marks[index] = PlacedMark(event: order[index], x: x, y: y, radius: radii[slot]) }
                continue
            }
            // A ring on which neighbours about touch: its circumference is the marks' diameters.
            let ring = max(radii.max() ?? 0, radii.reduce(0, +) / Double.pi)
            for (slot, index) in members.enumerated() {
                let angle = 2 * Double.pi * Double(slot) / Double(members.count) - Double.pi / 2
                marks[index] = PlacedMark(event: order[index], x: x + ring * cos(angle), y: y + ring * sin(angle), radius: radii[slot])
            }
        }
        return (marks.compactMap { $0 }, shared)
    }
}
