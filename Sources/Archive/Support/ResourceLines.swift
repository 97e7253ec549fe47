import Foundation

/// Lines of a resource file, split on its bytes. Splitting the decoded text on `"\n"` walks it
/// character by character (grapheme clusters): for the gazetteer's and the lexicon's tables that
/// walk was the largest single cost of start-up. The files are written with `\n` alone.
enum ResourceLines {
    static func of(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.split(separator: UInt8(ascii: "\n")).map { text[$0.startIndex..<$0.endIndex] }
    }

    /// The parts of a line (or a field) between one ASCII separator (`\t`, `|`, ` `), as strings:
    /// what `split(separator:)` gives, found by bytes. `split` on a string walks it by characters,
    /// a third of start-up's instructions when every table line went through it. The two agree
    /// while no separator is followed by a combining mark (which would join it to a character);
    /// `ResourceLinesTests` checks that of every table.
    static func split<S: StringProtocol>(_ text: S, on separator: UInt8, omittingEmpty: Bool = true) -> [String] {
        if let parts = text.utf8.withContiguousStorageIfAvailable({ split($0, on: separator, omittingEmpty: omittingEmpty) }) { return parts }
        var copy = String(text)
        return copy.withUTF8 { split($0, on: separator, omittingEmpty: omittingEmpty) }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, on separator: UInt8, omittingEmpty: Bool) -> [String] {
        var parts: [String] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == separator {
            if i > start || !omittingEmpty { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
            start = i + 1
        }
        return parts
    }

    /// A field without the spaces and tabs around it, as `trimmingCharacters(in: .whitespaces)` gives
    /// for the tables' ASCII fields; a field that begins or ends with any other byte above ASCII goes
    /// to Foundation, which knows Unicode's other spaces.
    static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return field }
        if first >= 0x80 || last >= 0x80 { return field.trimmingCharacters(in: .whitespaces) }
        guard first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else { return field }
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { return field.trimmingCharacters(in: .whitespaces) }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
