/// Choosing among regions whose consonants a written name shares.
extension EventGazetteer {
    /// Of several regions whose consonants a name (folded) has, the one with a spelling nearest it
    /// letter by letter (`jfara` is Al Jafarah, not Al Jufrah, both `jfr`); nil on a tie.
    func closest(_ codes: Set<String>, to folded: String) -> String? {
        guard codes.count > 1 else { return codes.first }
        let written = Array(folded.utf8)
        let scored = codes.map { code -> (String, Int) in
            let spellings = (variants[code] ?? []).map { Self.withoutArticle(NameKey.fold($0)) }
            return (code, spellings.map { Self.editDistance(written, Array($0.utf8)) }.min() ?? .max)
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    /// Whether a region has a spelling that opens with the Arabic article written apart (`Al Marqab`).
    func hasArticle(_ code: String) -> Bool {
        variants[code]?.contains { let f = NameKey.fold($0); return f.hasPrefix("al ") || f.hasPrefix("el ") } ?? false
    }

    /// `al jafarah` → `jafarah`: a spelling without the article it opens with.
    static func withoutArticle(_ folded: String) -> String {
        folded.hasPrefix("al ") || folded.hasPrefix("el ") ? String(folded.dropFirst(3)) : folded
    }

    /// Levenshtein distance of two byte strings.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
