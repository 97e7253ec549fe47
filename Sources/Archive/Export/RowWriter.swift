/// Prints a stream of rows in one output format: `begin` once, `write` per row, `finish` once.
///
/// Every row must have as many values as `begin` had columns. `finish` flushes the sink
/// but leaves it open, so the caller closes it (and sees a late write error there).
public protocol RowWriter: AnyObject {
    func begin(columns: [String]) throws
    func write(_ row: [Value]) throws
    func finish() throws
}

/// Settings that only some formats use; the defaults suit a terminal and plain UTF-8 files.
public struct RowWriterOptions: Sendable {
    /// Start CSV output with a UTF-8 byte order mark so spreadsheet programs detect UTF-8.
    /// JSON and tables never get one: RFC 8259 forbids it and terminals would print it.
    public var byteOrderMark: Bool
    /// The widest a table cell may be, in characters; longer cells end in `…`.
    public var maxCellWidth: Int

    public init(byteOrderMark: Bool = false, maxCellWidth: Int = 60) {
        self.byteOrderMark = byteOrderMark
        self.maxCellWidth = maxCellWidth
    }
}

/// The writer for `format`, printing to `sink`.
public func makeRowWriter(format: OutputFormat, sink: OutputSink, options: RowWriterOptions = RowWriterOptions()) -> any RowWriter {
    switch format {
    case .table: return TableWriter(sink: sink, maxCellWidth: options.maxCellWidth)
    case .csv: return CSVWriter(sink: sink, byteOrderMark: options.byteOrderMark)
    case .json: return JSONWriter(sink: sink, lines: false)
    case .jsonl: return JSONWriter(sink: sink, lines: true)
    case .geojson: return GeoJSONWriter(sink: sink)
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)

/// Lowercase hex, the one text form of a blob that every format can carry unchanged.
func hexString(_ bytes: [UInt8]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
}

func checkWidth(_ row: [Value], columns: Int) {
    precondition(row.count == columns, "row has \(row.count) values for \(columns) columns")
}
