import Foundation

/// Word-level helpers shared by the cleaners and the fingerprint.
enum Words {
    /// Runs of letters and digits (apostrophes inside words kept), lowercased and without diacritics.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(fold(String(current)))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(fold(String(current))) }
        return tokens
    }

    /// Chinese, Japanese, Thai, Lao, Khmer and Myanmar are written without spaces between words:
    /// there a run of letters counts as a word for every two characters (about the length of a
    /// word in those scripts), so that length thresholds in words mean the same in every script.
    static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        var unspaced = 0
        for scalar in text.unicodeScalars {
            let isWord = isWordScalar(scalar)
            if isWord && !inWord { count += 1 }
            if isWord && isUnspaced(scalar) { unspaced += 1 }
            inWord = isWord
        }
        return count + unspaced / 2
    }

    @inline(__always)
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// Letters and digits; ASCII is decided without Unicode property tables, which are slow.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `text` without leading and trailing spaces, tabs and no-break spaces.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        trimming(String(text)) { s in s == " " || s == "\t" || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2007}" }
    }

    /// `text` without the scalars `isSpace` accepts at either end; copies only when something goes.
    @inline(__always)
    private static func trimming(_ text: String, _ isSpace: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `text` without leading and trailing whitespace of any kind, line breaks included: what
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without bridging.
    static func stripped<S: StringProtocol>(_ text: S) -> String {
        trimming(String(text)) { s in s.value < 0x80 ? s == " " || (0x09...0x0D).contains(s.value) : s.properties.isWhitespace }
    }

    /// Whether `text` starts with the ASCII `prefix`, ignoring ASCII case.
    static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next() else { return false }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let wanted = expected >= 0x41 && expected <= 0x5A ? expected | 0x20 : expected
            guard lower == wanted else { return false }
        }
        return true
    }

    /// Lowercase with combining marks dropped, so `Aṣḥab` and `Ashab` compare equal.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            out.append(scalar)
        }
        return String(out)
    }
}
