/// Aligned columns for a person at a terminal: a header, a `─` rule, then the rows.
///
/// Column widths come from the header and the first 100 rows; later rows are printed as
/// they arrive, their text cut to those widths, so memory stays bounded however long the result.
/// Widths count Characters, which misaligns wide (East Asian) text but nothing else common.
final class TableWriter: RowWriter {
    private struct Cell {
        var text: String
        var width: Int
        var isNumber = false

        // Numbers are ASCII, and printed whole and right-aligned so that their digits line up.
        static func number(_ text: String) -> Cell {
            Cell(text: text, width: text.utf8.count, isNumber: true)
        }
    }

    static let sampleSize = 100
    private static let separator = "  "

    private let sink: OutputSink
    private let maxCellWidth: Int
    private var header: [Cell] = []
    private var sample: [[Cell]] = []
    // nil until the header and sample have been printed.
    private var widths: [Int]?
    private var rowCount = 0

    init(sink: OutputSink, maxCellWidth: Int) {
        self.sink = sink
        self.maxCellWidth = max(1, maxCellWidth)
    }

    func begin(columns: [String]) throws {
        header = columns.map { cell($0, limit: maxCellWidth) }
    }

    func write(_ row: [Value]) throws {
        checkWidth(row, columns: header.count)
        rowCount += 1
        let cells = row.map { value -> Cell in
            switch value {
            // A cut number would be a wrong number; a row that sticks out is merely untidy.
            case let .integer(v): return .number(String(v))
            case let .real(v): return .number(String(v))
            default: return cell(value.textValue ?? "", limit: maxCellWidth)
            }
        }
        if let widths {
            try printRow(cells, widths: widths)
        } else {
            sample.append(cells)
            if sample.count == Self.sampleSize { try printSample() }
        }
    }

    func finish() throws {
        if widths == nil { try printSample() }
        if rowCount == 0 { try sink.write("(no rows)\n") }
        try sink.flush()
    }

    private func printSample() throws {
        var widths = header.map(\.width)
        for row in sample {
            for (index, c) in row.enumerated() { widths[index] = max(widths[index], c.width) }
        }
        self.widths = widths
        if !header.isEmpty {
            try printRow(header, widths: widths)
            try sink.write(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.separator))
            try sink.write("\n")
        }
        for row in sample { try printRow(row, widths: widths) }
        sample = []
    }

    private func printRow(_ cells: [Cell], widths: [Int]) throws {
        var line = ""
        for (index, original) in cells.enumerated() {
            var c = original
            if c.width > widths[index] && !c.isNumber { c = cell(c.text, limit: widths[index]) }
            let padding = String(repeating: " ", count: max(0, widths[index] - c.width))
            if index > 0 { line += Self.separator }
            line += c.isNumber ? padding + c.text : Self.emphasize(c.text) + padding
        }
        // Trailing blanks (padding, an empty last cell) only get in the way when copied.
        while line.last == " " { line.removeLast() }
        line += "\n"
        try sink.write(line)
    }

    /// `text` on one line and at most `limit` Characters wide.
    private func cell(_ text: String, limit: Int) -> Cell {
        let utf8 = text.utf8
        // Printable ASCII has one Character per byte, so grapheme breaking can be skipped.
        if utf8.count <= limit, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return Cell(text: text, width: utf8.count)
        }
        // Cut before cleaning so a huge cell costs no more than a short one.
        let head = text.prefix(limit + 1)
        var clean = String(head)
        // C0 controls and DEL are single bytes; C1 controls start with C2 (as does Latin-1).
        if clean.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) {
            clean = String(head.map { Self.isControl($0) ? " " : $0 })
        }
        var width = clean.count - Self.markerCount(clean)
        if width > limit {
            clean = String(clean.prefix(limit - 1)) + "…"
            width = clean.count - Self.markerCount(clean)
        }
        return Cell(text: clean, width: width)
    }

    private static let emphasisStart = Highlight.start
    private static let emphasisEnd = Highlight.end

    private static func emphasize(_ text: String) -> String {
        guard text.contains(emphasisStart) || text.contains(emphasisEnd) else { return text }
        var out = ""
        for character in text {
            switch character {
            case emphasisStart: out += "\u{1B}[1m"
            case emphasisEnd: out += "\u{1B}[22m"
            default: out.append(character)
            }
        }
        return out + "\u{1B}[0m"
    }

    private static func markerCount(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1 == emphasisStart || $1 == emphasisEnd ? 1 : 0) }
    }

    // Newlines, tabs and other control characters would break the grid.
    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}


/// Marks around search hits in snippets for the table writer: private-use characters that become
/// the terminal's bold only after cells are cut and measured, so a cut never leaves the terminal bold.
public enum Highlight {
    public static let start: Character = "\u{E000}"
    public static let end: Character = "\u{E001}"
}
