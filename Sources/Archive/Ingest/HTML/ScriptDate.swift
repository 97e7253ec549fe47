/// Dates that a page keeps only in its scripts: a publishing-date key in the JSON that a site's
/// framework embeds (not JSON-LD), or a short inline script that writes a date into the page
/// (`showDate("2020/04/17 01:43")`), which a browser would have shown under the headline.
enum ScriptDate {
    /// Longer scripts are programs, whose date literals are not the article's.
    static let maxCallLength = 200

    /// What a script must contain to be kept for its keys.
    static let markers: [[UInt8]] = ["ublish", "ubDate", "ublication"].map { Array($0.utf8) }

    /// Keys as sites' JSON and script variables spell them.
    private static let keys: [[UInt8]] = [
        "datePublished", "publishDate", "publishedDate", "publishedAt", "published_at", "publish_date",
        "publication_date", "date_published", "pubDate",
    ].map { Array($0.utf8) }

    /// The value of the first publishing-date key in the scripts, as written; the caller parses it.
    static func published(in scripts: [String]) -> String? {
        for script in scripts {
            let bytes = Array(script.utf8)
            var best: (position: Int, value: String)?
            for key in keys {
                var start = 0
                while let position = find(key, in: bytes, from: start) {
                    start = position + key.count
                    if position > 0, isNameByte(bytes[position - 1]) { continue }
                    if let value = value(in: bytes, after: start) {
                        if best == nil || position < best!.position { best = (position, value) }
                        break
                    }
                }
            }
            if let best { return best.value }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: needle, in: $0, from: start) }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    /// `key": "value"`, `key = 'value'`, `\"key\":\"value\"` (JSON inside a JS string): the
    /// quoted value after a key, when the key is a whole name and not the tail of a longer one.
    private static func value(in bytes: [UInt8], after end: Int) -> String? {
        var index = end
        func skip(_ set: [UInt8]) { while index < bytes.count, set.contains(bytes[index]) { index += 1 } }
        skip([0x5C, 0x22, 0x27]) // \ " '
        skip([0x20, 0x09])
        guard index < bytes.count, bytes[index] == 0x3A || bytes[index] == 0x3D else { return nil } // : =
        index += 1
        skip([0x20, 0x09])
        skip([0x5C])
        guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else { return nil }
        index += 1
        let valueStart = index
        while index < bytes.count, index - valueStart <= 40, ![0x22, 0x27, 0x5C].contains(bytes[index]) { index += 1 }
        guard index < bytes.count, index > valueStart, index - valueStart <= 40 else { return nil }
        return String(decoding: bytes[valueStart..<index], as: UTF8.self)
    }

    /// A full date in a string literal of a short script (an inline call that prints the date).
    static func written(in scripts: [String]) -> PartialDate? {
        for script in scripts where script.utf8.count <= maxCallLength {
            for literal in literals(in: script) {
                if let date = DateValue.parse(literal), date.precision == .day { return date }
            }
        }
        return nil
    }

    /// String literals passed as arguments (`f("…")`, `f(x, '…')`): what a call prints, not
    /// the values of an object's keys.
    private static func literals(in script: String) -> [String] {
        var result: [String] = []
        var quote: Character?
        var isArgument = false
        var current = ""
        var previous: Character = " "
        for character in script {
            if let open = quote {
                guard character == open else {
                    current.append(character)
                    continue
                }
                if isArgument, (6...40).contains(current.count) { result.append(current) }
                quote = nil
                current = ""
                previous = character
            } else if character == "\"" || character == "'" {
                quote = character
                isArgument = previous == "(" || previous == ","
            } else if !character.isWhitespace {
                previous = character
            }
        }
        return result
    }
}
