/// `geojson`: an RFC 7946 FeatureCollection with one Point feature per row that has a point
/// (`[longitude, latitude]`, from the row's `latitude` and `longitude` columns), every column of
/// the row among its properties. Streamed, one feature a line; rows without a point are left out
/// and counted in `withoutPoint`, for the command to say so.
public final class GeoJSONWriter: RowWriter {
    private let sink: OutputSink
    private var keys: [String] = []
    private var latitude = 0
    private var longitude = 0
    private var wroteFeature = false
    /// Rows left out because they have no latitude or longitude.
    public private(set) var withoutPoint = 0

    init(sink: OutputSink) {
        self.sink = sink
    }

    public func begin(columns: [String]) throws {
        guard let latitude = columns.firstIndex(of: "latitude"), let longitude = columns.firstIndex(of: "longitude") else {
            throw ArchiveError.noPointColumns(columns: columns)
        }
        (self.latitude, self.longitude) = (latitude, longitude)
        keys = columns.map { JSONText.quote($0) + ":" }
        try sink.write("{\"type\":\"FeatureCollection\",\"features\":[")
    }

    public func write(_ row: [Value]) throws {
        checkWidth(row, columns: keys.count)
        guard let lat = Self.degrees(row[latitude]), let lon = Self.degrees(row[longitude]),
              (-90...90).contains(lat), (-180...180).contains(lon) else {
            withoutPoint += 1
            return
        }
        try sink.write(wroteFeature ? ",\n" : "\n")
        wroteFeature = true
        try sink.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(lon),\(lat)]},\"properties\":{")
        for (index, value) in row.enumerated() {
            if index > 0 { try sink.write(",") }
            try sink.write(keys[index])
            try sink.write(JSONText.value(value))
        }
        try sink.write("}}")
    }

    /// What was left out, for the command to say on stderr; nil when nothing was.
    public var omissions: String? {
        guard withoutPoint > 0 else { return nil }
        return "\(withoutPoint) \(withoutPoint == 1 ? "row" : "rows") without latitude and longitude left out of the GeoJSON "
            + "(an event whose text names no place has none)."
    }

    public func finish() throws {
        try sink.write("\n]}\n")
        try sink.flush()
    }

    /// A coordinate as SQLite holds it: a real, an integer, or text another program wrote.
    private static func degrees(_ value: Value) -> Double? {
        switch value {
        case let .real(v): return v.isFinite ? v : nil
        case let .integer(v): return Double(v)
        case let .text(v): return Double(v).flatMap { $0.isFinite ? $0 : nil }
        default: return nil
        }
    }
}
