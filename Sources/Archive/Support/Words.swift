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

    static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = isWordScalar(scalar)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
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
        let scalars = text.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2007}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
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
