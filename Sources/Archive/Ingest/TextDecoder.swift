import Foundation

/// Text recovered from a file's bytes, and the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: String
}

/// Turns bytes into clean Unicode text: BOM sniffing, UTF-8 with a Windows-1252 fallback,
/// NFC, `\n` line endings, and no invisible or control characters.
public enum TextDecoder {
    /// Decodes `bytes`; throws when they are evidently not text (binary content).
    public static func decode(_ bytes: [UInt8], path: String = "-") throws -> DecodedText {
        let (raw, encoding) = try unicode(from: bytes, path: path)
        return DecodedText(text: clean(raw), encoding: encoding)
    }

    static func unicode(from bytes: [UInt8], path: String) throws -> (String, String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), "utf-8-bom")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            return (utf16(bytes.dropFirst(2), littleEndian: littleEndian), littleEndian ? "utf-16le" : "utf-16be")
        }
        // NUL never occurs in real text files in 8-bit encodings; it marks binaries, and UTF-16
        // without a BOM, which is told apart by its shape and then must decode to clean text.
        if bytes.contains(0) {
            if let (text, littleEndian) = utf16WithoutBOM(bytes) { return (text, littleEndian ? "utf-16le" : "utf-16be") }
            throw ArchiveError.unreadableFile(path: path, reason: "binary content (NUL bytes), not a text file")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, "utf-8")
        }
        return (windows1252(bytes), "windows-1252")
    }

    /// UTF-16 of mostly Latin-script text has a zero in one byte of at least half of its code
    /// units and never in the other; binaries have zeros on both sides. The text must then be valid
    /// UTF-16 with no control characters but tab and line breaks.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> (String, Bool)? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var zeros = (even: 0, odd: 0)
        for index in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[index] == 0 { zeros.even += 1 }
            if bytes[index + 1] == 0 { zeros.odd += 1 }
        }
        let units = bytes.count / 2
        let littleEndian: Bool
        if zeros.even == 0, zeros.odd * 2 >= units { littleEndian = true }
        else if zeros.odd == 0, zeros.even * 2 >= units { littleEndian = false }
        else { return nil }
        var codeUnits: [UInt16] = []
        codeUnits.reserveCapacity(units)
        for index in stride(from: 0, to: bytes.count, by: 2) {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            codeUnits.append(littleEndian ? a | b << 8 : a << 8 | b)
        }
        guard let text = String(validating: codeUnits, as: UTF16.self),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else { return nil }
        return (text, littleEndian)
    }

    private static func utf16<C: Collection<UInt8>>(_ bytes: C, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        while let a = iterator.next(), let b = iterator.next() {
            units.append(littleEndian ? UInt16(a) | UInt16(b) << 8 : UInt16(a) << 8 | UInt16(b))
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 is a superset of Latin-1 for printable text, so it decodes both.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = cp1252High[Int(byte) - 0x80] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Line endings to `\n`, invisible and control characters out, NFC.
    static func clean(_ text: String) -> String {
        // Most files need nothing removed: check first, rebuild only when something must go.
        guard text.unicodeScalars.contains(where: needsCleaning) else {
            return isStableUnderNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out.append("\n")
            case 0x0A: if !previousWasCR { out.append("\n") }
            case 0x09: out.append(scalar)
            case 0x2028, 0x2029: out.append("\n")
            // ZWJ/ZWNJ (U+200C/U+200D) stay: they change how Persian, Urdu and emoji render.
            case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF, 0x00AD, 0xFFFE, 0xFFFF:
                continue
            default: out.append(scalar)
            }
        }
        let joined = String(out)
        return isStableUnderNFC(joined) ? joined : joined.precomposedStringWithCanonicalMapping
    }

    /// True when NFC cannot change `text`: every scalar lies in a block with no combining marks
    /// and no singleton decompositions (Latin-1 and Latin Extended, Greek and Cyrillic letters,
    /// common punctuation, kana, CJK ideographs, Hangul syllables). Most pages qualify, and
    /// Foundation's normalisation costs more than the scan.
    static func isStableUnderNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x2FF, 0x388...0x3FF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
                 0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E:
                return true
            default: return false
            }
        }
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x00AD, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF, 0xFFFE, 0xFFFF:
            return true
        default: return false
        }
    }
}
