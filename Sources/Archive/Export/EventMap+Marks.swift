import Foundation

/// How each event is drawn: colour by type, area by its measure, largest first so small ones stay on top.
extension EventMap {
    /// ACLED's event types, one colour each, told apart by people with the common colour-vision deficiencies.
    public static func colour(of type: EventType) -> String {
        switch type {
        case .battles: return "#d7301f"
        case .explosions: return "#f08c00"
        case .violenceAgainstCivilians: return "#7b3fa0"
        case .protests: return "#1f78b4"
        case .riots: return "#33a02c"
        case .strategicDevelopments: return "#5f6b73"
        }
    }

    static let largestRadius = 32.0
    /// Past this many events a map shows density more than single events: smaller marks, none spread.
    static let denseMap = 150

    var isDense: Bool { events.count > Self.denseMap }

    /// Pixels of radius per square root of the measure: area is proportional to the value, seven
    /// pixels for 1 (four and a half on a dense map) unless the largest would then pass `largestRadius`.
    var radiusUnit: Double {
        let most = Double(events.map { $0.size(by: sizeBy) }.max() ?? 1)
        return min(isDense ? 4.5 : 7, Self.largestRadius / max(1, most).squareRoot())
    }

    func radius(of value: Int) -> Double {
        max(isDense ? 3 : 4, radiusUnit * Double(max(0, value)).squareRoot())
    }

    /// The events in drawing order: larger marks first, underneath; ties by id, so the picture is the same each time.
    var drawingOrder: [Event] {
        events.sorted { a, b in
            let (sa, sb) = (a.size(by: sizeBy), b.size(by: sizeBy))
            return sa != sb ? sa > sb : a.id < b.id
        }
    }

    /// Each event type on the map with its number of events, in ACLED's order.
    var typeCounts: [(type: EventType, count: Int)] {
        EventType.allCases.compactMap { type in
            let count = events.filter { $0.type == type }.count
            return count > 0 ? (type, count) : nil
        }
    }

    /// Two or three values for the size key: 1 (or the smallest), a round middle value, the largest.
    var sizeKey: [Int] {
        let values = events.map { $0.size(by: sizeBy) }
        guard let most = values.max(), most > 1 else { return [max(1, values.max() ?? 1)] }
        let least = max(1, values.min() ?? 1)
        var key = [least]
        let middle = Self.roundNumber(near: Double(most) / 4)
        if middle > least * 2, middle * 2 < most { key.append(middle) }
        if most > least { key.append(most) }
        return key
    }

    /// 1, 2 or 5 times a power of ten, the one nearest `value`.
    static func roundNumber(near value: Double) -> Int {
        guard value >= 1 else { return 1 }
        let power = pow(10, floor(log10(value)))
        let steps = [1.0, 2, 5, 10].map { $0 * power }
        return Int(steps.min { abs($0 - value) < abs($1 - value) } ?? power)
    }
}
