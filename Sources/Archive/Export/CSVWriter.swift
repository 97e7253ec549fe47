/// RFC 4180 CSV: a header row, then one record per row, each ending in CRLF, written as it arrives.
///
/// NULL is an empty field and the empty string is `""`, so the two stay distinguishable;
/// both read back as an empty field in readers that do not care.
final class CSVWriter: RowWriter {
    private let sink: OutputSink
    private let byteOrderMark: Bool
    private var columnCount = 0

    init(sink: OutputSink, byteOrderMark: Bool) {
        self.sink = sink
        self.byteOrderMark = byteOrderMark
    }

    func begin(columns: [String]) throws {
        columnCount = columns.count
        if byteOrderMark { try sink.write("\u{FEFF}") }
        try writeRecord(columns.map(CSVWriter.field))
    }

    func write(_ row: [Value]) throws {
        checkWidth(row, columns: columnCount)
        try writeRecord(row.map(CSVWriter.field))
    }

    func finish() throws {
        try sink.flush()
    }

    private func writeRecord(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { try sink.write(",") }
            try sink.write(field)
        }
        try sink.write("\r\n")
    }

    static func field(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case let .integer(v): return String(v)
        case let .real(v): return String(v)
        case let .text(v): return v.isEmpty ? "\"\"" : field(v)
        case let .blob(v): return hexString(v)
        }
    }

    /// The text as one CSV field, quoted only when a reader could misread it bare.
    static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        // Bytes, not Characters: `"` followed by a combining mark is one Character, and so
        // is CRLF; a quote byte never occurs inside a multi-byte UTF-8 sequence.
        var bytes: [UInt8] = [.quote]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == .quote { bytes.append(.quote) }
            bytes.append(byte)
        }
        bytes.append(.quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsQuotes(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        // Many readers trim unquoted padding, so keep it inside quotes.
        if first == .space || first == .tab || last == .space || last == .tab { return true }
        return utf8.contains { $0 == .comma || $0 == .quote || $0 == .cr || $0 == .lf }
    }
}

private extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
}
