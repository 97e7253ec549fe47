import Foundation

/// Events per month, week or day, every period between the first and the last present (empty
/// ones as zero, so a chart's time axis is true), split by ACLED event type.
public struct Timeline: Sendable {
    public enum Period: String, Sendable, CaseIterable { case month, week, day }

    public struct Row: Sendable {
        /// `2021-09` for a month, the Monday `2021-09-06` for a week, the day itself for a day.
        public let period: String
        public let counts: [EventType: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    public let period: Period
    public let rows: [Row]
    /// Events with no date, and events known only to a coarser precision than the period.
    public let undated: Int
    public let coarser: Int

    public static let columns = ["period", "events"] + EventType.allCases.map { $0.rawValue }

    public static func build(_ filter: EventFilter, by period: Period, in db: Connection) throws -> Timeline {
        let (events, undated) = try EventQueries.datedTypes(filter, in: db)
        var buckets: [Int: [EventType: Int]] = [:]
        var coarser = 0
        for (date, type) in events {
            guard let key = bucket(date, period) else { coarser += 1; continue }
            buckets[key, default: [:]][type, default: 0] += 1
        }
        guard let first = buckets.keys.min(), let last = buckets.keys.max() else {
            return Timeline(period: period, rows: [], undated: undated, coarser: coarser)
        }
        let step = period == .week ? 7 : 1
        let rows = stride(from: first, through: last, by: step).map { key in
            Row(period: label(key, period), counts: buckets[key] ?? [:])
        }
        return Timeline(period: period, rows: rows, undated: undated, coarser: coarser)
    }

    /// Months as year × 12 + month; weeks and days as day numbers (weeks by their Monday).
    private static func bucket(_ date: PartialDate, _ period: Period) -> Int? {
        switch period {
        case .month: return date.month.map { date.year * 12 + $0 - 1 }
        case .day: return date.dayNumber
        case .week: return date.dayNumber.map { $0 - (DayNumber.weekday($0) + 6) % 7 }
        }
    }

    private static func label(_ key: Int, _ period: Period) -> String {
        switch period {
        case .month: return PartialDate(year: key / 12, month: key % 12 + 1)?.description ?? ""
        case .day, .week: return DayNumber.date(key)?.description ?? ""
        }
    }

    /// One row per period, for CSV, JSON or a table.
    public func write(to writer: any RowWriter) throws {
        try writer.begin(columns: Self.columns)
        for row in rows {
            try writer.write([.text(row.period), .integer(Int64(row.total))] + EventType.allCases.map { .integer(Int64(row.counts[$0] ?? 0)) })
        }
        try writer.finish()
    }

    /// A bar per period, scaled to `width` columns, with a note of what has no place on it.
    public func chart(width: Int = 50) -> String {
        let most = rows.map(\.total).max() ?? 0
        let labelWidth = rows.map(\.period.count).max() ?? 0
        let countWidth = String(most).count
        var lines = rows.map { row -> String in
            let bar = most == 0 ? 0 : (row.total * width + most - 1) / most
            let count = String(row.total)
            return row.period.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: countWidth - count.count) + count + " " + String(repeating: "█", count: bar)
        }
        if rows.isEmpty { lines.append("no dated events") }
        if undated > 0 || coarser > 0 {
            lines.append("(\(undated) undated, \(coarser) dated only to a coarser precision than a \(period.rawValue); not shown)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
