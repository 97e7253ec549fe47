/// Builds JSON string literals, for the row writers and for objects put together by hand.
public enum JSONText {
    /// `s` as a JSON string literal, quotes included.
    ///
    /// Non-ASCII stays UTF-8; U+2028 and U+2029 are escaped because JavaScript before
    /// ES2019 reads them as line ends inside a string.
    public static func quote(_ s: String) -> String {
        var s = s
        return s.withUTF8 { utf8 in
            // Every byte that needs escaping is ASCII or the lead byte of U+2028/U+2029
            // (E2 80 A8/A9), so a byte loop is exact and much faster than a scalar one.
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else {
                return "\"" + String(decoding: utf8, as: UTF8.self) + "\""
            }
            var out: [UInt8] = [0x22]
            out.reserveCapacity(utf8.count + 8)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                if let short = shortEscape(byte) {
                    out += [0x5C, short]
                } else if byte < 0x20 {
                    out += unicodeEscape(UInt32(byte))
                } else if byte == 0xE2, index + 1 < utf8.count, utf8[index] == 0x80,
                          utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9 {
                    out += unicodeEscape(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                } else {
                    out.append(byte)
                }
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A value as a JSON value: numbers bare, blobs as lowercase hex strings.
    static func value(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case let .integer(v): return String(v)
        // JSON has no NaN or infinity; null is what JSON.stringify writes for them too.
        case let .real(v): return v.isFinite ? String(v) : "null"
        case let .text(v): return quote(v)
        case let .blob(v): return "\"" + hexString(v) + "\""
        }
    }

    private static func shortEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x22, 0x5C: return byte
        case 0x0A: return UInt8(ascii: "n")
        case 0x0D: return UInt8(ascii: "r")
        case 0x09: return UInt8(ascii: "t")
        case 0x08: return UInt8(ascii: "b")
        case 0x0C: return UInt8(ascii: "f")
        default: return nil
        }
    }

    private static func unicodeEscape(_ code: UInt32) -> [UInt8] {
        let hex = Array(String(code, radix: 16).utf8)
        return Array("\\u".utf8) + Array(repeating: UInt8(ascii: "0"), count: max(0, 4 - hex.count)) + hex
    }
}

/// `json`: one array of objects, `[` at begin, one object per line, `]` at finish.
/// `jsonl`: one object per line and nothing else, so consumers can read it line by line.
/// Keys follow the column order; a repeated column name is repeated as a key.
final class JSONWriter: RowWriter {
    private let sink: OutputSink
    private let lines: Bool
    private var keys: [String] = []
    private var wroteRow = false
    /// Columns whose text is already JSON (a list), written as it is rather than as a string.
    private var embedded: Set<String> = []
    private var embeddedIndexes: Set<Int> = []

    init(sink: OutputSink, lines: Bool) {
        self.sink = sink
        self.lines = lines
    }

    /// From the next `begin` on, text in these columns is JSON to embed (the stored tags array).
    func embedsJSON(in columns: Set<String>) {
        embedded = columns
    }

    func begin(columns: [String]) throws {
        // Quoted once here rather than once per row.
        keys = columns.map { JSONText.quote($0) + ":" }
        embeddedIndexes = Set(columns.indices.filter { embedded.contains(columns[$0]) })
        if !lines { try sink.write("[") }
    }

    func write(_ row: [Value]) throws {
        checkWidth(row, columns: keys.count)
        if !lines && wroteRow { try sink.write(",\n") }
        wroteRow = true
        try sink.write("{")
        for (index, value) in row.enumerated() {
            if index > 0 { try sink.write(",") }
            try sink.write(keys[index])
            if case let .text(json) = value, embeddedIndexes.contains(index) {
                try sink.write(json)
            } else {
                try sink.write(JSONText.value(value))
            }
        }
        try sink.write(lines ? "}\n" : "}")
    }

    func finish() throws {
        if !lines { try sink.write("]\n") }
        try sink.flush()
    }
}
