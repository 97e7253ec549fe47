extension HTMLInput {
    /// A page that is UTF-8 but for a few bytes (a title cut inside a character, a Latin-1 name
    /// pasted into a UTF-8 template): each valid UTF-8 sequence as it is, each other byte read as
    /// Windows-1252, handed over as UTF-8. Read as Windows-1252 whole, one stray byte garbled every
    /// accented letter of the article. Nil when the page holds a NUL, or when the bytes that are
    /// not UTF-8 outnumber the sequences that are (a Latin-1 page declared as UTF-8).
    static func mostlyUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        guard !bytes.contains(0) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var valid = 0, invalid = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                out.append(lead)
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                out.append(contentsOf: bytes[index..<(index + length)])
                valid += 1
                index += length
            } else {
                out.append(contentsOf: windows1252High[Int(lead) - 0x80])
                invalid += 1
                index += 1
            }
        }
        return valid >= invalid ? out : nil
    }

    /// Windows-1252 bytes as UTF-8, as `TextDecoder.windows1252` reads them, without building a
    /// String of the page first (that cost as much as parsing a Latin-1 page).
    static func windows1252AsUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte) } else { out.append(contentsOf: windows1252High[Int(byte) - 0x80]) }
        }
        return out
    }

    /// The UTF-8 of bytes 0x80–0xFF read as Windows-1252.
    private static let windows1252High: [[UInt8]] = (0x80...0xFF).map { Array(TextDecoder.windows1252([UInt8($0)]).utf8) }

    /// The length of the valid UTF-8 sequence that starts at `index` (no overlong forms, no
    /// surrogates), or 0.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return 0 }
        return length
    }
}
