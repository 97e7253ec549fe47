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
        if text.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }) { return [word(text)] }
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

    static func articles(_ out: inout [String]) {
        // `ad Diwaniyah`, `as Sulaymaniyah`, `an Najaf`: the article assimilated to a sun letter.
        for i in out.indices.dropLast() {
            let a = out[i]
            if a == "el" || a == "al" || (a.count >= 2 && a.count <= 3 && a.first == "a" && a != "and"
                && out[i + 1].count > 2 && out[i + 1].hasPrefix(a.dropFirst())) {
                out[i] = "al"
            }
        }
    }

    /// One word folded: lowercase, no diacritics, no doubled letters, final `-ah` as `-a`.
    static func word(_ raw: String) -> String {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(raw.utf8)
            var w = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var n = 0
                for c in bytes {
                    let l = c >= 0x41 && c <= 0x5A ? c + 32 : c
                    if n > 0, buffer[n - 1] == l { continue }
                    buffer[n] = l
                    n += 1
                }
                return n
            }
            if w.utf8.count > 3, w.hasSuffix("ah") { w.removeLast() }
            return w
        }
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
        if w.hasSuffix("isation") { w = String(w.dropLast(7)) + "ization" }
        for suffix in ["ation", "ating", "ated", "ing", "ion", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    /// `words` joined, without a leading `al` when more follows (`Al Diwaniyah` = `Diwaniyah`).
    static func bare(_ words: [String]) -> String {
        (words.count > 1 && words[0] == "al" ? Array(words.dropFirst()) : words).joined(separator: " ")
    }
}
