/// Spelling-insensitive forms of names, so that transliteration variants of one name compare
/// equal: `Aṣḥab al-Kahf` = `Ashab al Kahf`, `Sha’abi` = `Shaabi`, `Qadisiyyah` = `Qadisiyah`,
/// `Ad Diwaniyah` = `al-Diwaniyah`.
enum EntityKey {
    /// The words of `text`, each folded; Arabic articles in any spelling become `al`.
    static func words(_ text: String) -> [String] {
        var out = rawWords(text)
        articles(&out)
        return out
    }

    /// The folded words of `text`, articles as written.
    static func rawWords(_ text: String) -> [String] {
        var text = text
        if let ascii = text.withUTF8({ asciiWords($0) }) { return ascii }
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { out.append(word(String(current))); current = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            if isApostrophe(scalar) { continue }  // dropped, not a break: Sha’abi = Shaabi
            if Words.isWordScalar(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        return out
    }

    /// `rawWords` of ASCII text, straight from its bytes; nil when the text is not ASCII.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> [String]? in
            var out: [String] = []
            var n = 0
            for c in bytes {
                if c >= 0x80 { return nil }
                if c == 0x27 || c == 0x60 { continue }
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) {
                    buffer[n] = c
                    n += 1
                } else if n > 0 {
                    out.append(fold(UnsafeBufferPointer(rebasing: buffer[0..<n])))
                    n = 0
                }
            }
            if n > 0 { out.append(fold(UnsafeBufferPointer(rebasing: buffer[0..<n]))) }
            return out
        }
    }

    /// `word` of ASCII letters: lowercase, doubled letters single, final `-ah` as `-a`.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var n = 0
            for c in bytes {
                let l = c >= 0x41 && c <= 0x5A ? c + 32 : c
                if n > 0, buffer[n - 1] == l { continue }
                buffer[n] = l
                n += 1
            }
            if n > 3, buffer[n - 2] == 0x61, buffer[n - 1] == 0x68 { n -= 1 }
            return n
        }
    }

    static func articles(_ out: inout [String]) {
        // `ad Diwaniyah`, `as Sulaymaniyah`, `an Najaf`: the article assimilated to a sun letter.
        for i in out.indices.dropLast() {
            let a = out[i], n = a.utf8.count
            if a == "el" || a == "al" || (n >= 2 && n <= 3 && a.utf8.first == 0x61 && a != "and"
                && out[i + 1].utf8.count > 2 && out[i + 1].hasPrefix(a.dropFirst())) {
                out[i] = "al"
            }
        }
    }

    /// One word folded: lowercase, no diacritics, no doubled letters, final `-ah` as `-a`.
    static func word(_ raw: String) -> String {
        var raw = raw
        if let ascii = raw.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? fold(bytes) : nil }) { return ascii }
        let folded = Words.fold(raw)
        var scalars = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for s in folded.unicodeScalars where s != last {
            scalars.append(s)
            last = s
        }
        var w = String(scalars)
        if w.count > 3, w.hasSuffix("ah") { w.removeLast() }
        return w
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BE, 0x02BF, 0x0060, 0x00B4: return true
        default: return false
        }
    }

    /// A crude stem for words of organisation names: `Coordinating`/`Coordination`, `Units`/`Unit`,
    /// `Mobilisation`/`Mobilization` are the same name written twice.
    static func stem(_ w: String) -> String {
        var w = w
        let (ascii, stemmed) = w.withUTF8 { asciiStem($0) }
        if ascii { return stemmed ?? w }
        if w.hasSuffix("isation") { w = String(w.dropLast(7)) + "ization" }
        for suffix in ["ation", "ating", "ated", "ing", "ion", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    private static let stemSuffixes: [[UInt8]] = ["ation", "ating", "ated", "ing", "ion", "s"].map { Array($0.utf8) }

    /// `stem` of a plain ASCII word, straight from its bytes: nil when it stays as it is, and
    /// `ascii` false when the slow path must decide (non-ASCII, or `-isation`).
    private static func asciiStem(_ b: UnsafeBufferPointer<UInt8>) -> (ascii: Bool, stem: String?) {
        let n = b.count
        if b.contains(where: { $0 >= 0x80 }) || n >= 7 && b[(n - 7)...].elementsEqual("isation".utf8) { return (false, nil) }
        for suffix in stemSuffixes where n > suffix.count + 3 && b[(n - suffix.count)...].elementsEqual(suffix) {
            return (true, String(decoding: UnsafeBufferPointer(rebasing: b[..<(n - suffix.count)]), as: UTF8.self))
        }
        return (true, nil)
    }

    /// `words` joined, without a leading `al` when more follows (`Al Diwaniyah` = `Diwaniyah`).
    static func bare(_ words: [String]) -> String {
        // Most names looked up are one word: no joining.
        if words.count == 1 { return words[0] }
        if words.count == 2, words[0] == "al" { return words[1] }
        return (words.count > 1 && words[0] == "al" ? Array(words.dropFirst()) : words).joined(separator: " ")
    }
}
