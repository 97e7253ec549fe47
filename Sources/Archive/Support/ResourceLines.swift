/// Lines of a resource file, split on its bytes. Splitting the decoded text on `"\n"` walks it
/// character by character (grapheme clusters): for the gazetteer's and the lexicon's tables that
/// walk was the largest single cost of start-up. The files are written with `\n` alone.
enum ResourceLines {
    static func of(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.split(separator: UInt8(ascii: "\n")).map { text[$0.startIndex..<$0.endIndex] }
    }
}
