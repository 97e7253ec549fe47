/// Town look-ups that forgive how a text spells a name, and that find a town anywhere in a
/// sentence: what placing an event on a map needs when its location is not in the town table.
extension EventGazetteer {
    /// The towns of a name (folded) or, when it has none, of its other common spellings: with or
    /// without the Arabic article, in its assimilated form too (`Ramadi`, `Ar Ramadi`), with or
    /// without a final h (`Hilla`, `Al Hillah`), and without a last word that says what the place
    /// is (`Jhenaidah Sadar`, the upazila of the town Jhenaidah; `Farah city`).
    func townsSpelledLike(_ folded: String) -> [Town] {
        let exact = townsFolded(folded)
        guard exact.isEmpty else { return exact }
        return Self.spellings(of: folded).flatMap(townsFolded)
    }

    private static let articles: Set<Substring> = ["al", "el", "ad", "an", "as", "ash", "ar", "az", "at", "ath", "adh"]
    private static let sunLetters = ["th", "dh", "sh", "t", "d", "r", "z", "s", "n"]

    private static let kindWords: Set<Substring> = ["sadar", "city", "town", "centre", "center", "district", "village", "bazar"]

    static func spellings(of folded: String) -> [String] {
        var words = folded.split(separator: " ")
        if words.count > 1, let last = words.last, kindWords.contains(last) {
            words.removeLast()
            let plain = words.joined(separator: " ")
            return [plain] + spellings(of: plain)
        }
        guard let first = words.first else { return [] }
        var bases: [String] = []
        if words.count > 1, articles.contains(first) {
            bases.append(words.dropFirst().joined(separator: " "))
        } else {
            bases.append("al " + folded)
            if let sun = sunLetters.first(where: { folded.hasPrefix($0) }) { bases.append("a" + sun + " " + folded) }
        }
        let withH = bases + [folded]
        return bases + withH.map { $0.hasSuffix("h") ? String($0.dropLast()) : $0 + "h" }
    }

    /// The first town (or district) of `region` that the sentence names, in capitalised words
    /// (one to three), other than `besides` and the names of countries and regions.
    func townNamed(in sentence: Range<Int>, of text: EntityText, region: String, besides: String?) -> Town? {
        let skipped = besides.map(NameKey.fold)
        let words = Self.capitalisedRuns(text.scalars[max(0, sentence.lowerBound)..<min(text.scalars.count, sentence.upperBound)])
        for run in words {
            for start in run.indices {
                for length in stride(from: min(3, run.count - start), through: 1, by: -1) {
                    let folded = NameKey.fold(run[start..<(start + length)].joined(separator: " "))
                    guard !folded.isEmpty, folded != skipped, codes(named: folded) == nil,
                          !PlaceChains.notNames.contains(folded) else { continue }
                    if let town = townsSpelledLike(folded).first(where: { $0.region == region && $0.point != nil }) { return town }
                }
            }
        }
        return nil
    }

    /// Runs of capitalised words, in text order (`Laksam`, `Comilla`, `Chittagong` in `Laksam
    /// upazila (Comilla, Chittagong)`); a lowercase word, a digit or punctuation ends a run.
    static func capitalisedRuns(_ scalars: ArraySlice<Unicode.Scalar>) -> [[String]] {
        var runs: [[String]] = [], run: [String] = [], word = ""
        func endWord() {
            if let first = word.unicodeScalars.first, first.properties.isUppercase { run.append(word) } else if !run.isEmpty { runs.append(run); run = [] }
            word = ""
        }
        for scalar in scalars {
            if scalar.properties.isAlphabetic || scalar == "'" || scalar == "’" || scalar == "-" {
                word.unicodeScalars.append(scalar)
                continue
            }
            if !word.isEmpty { endWord() }
            if scalar != " ", !run.isEmpty { runs.append(run); run = [] }
        }
        if !word.isEmpty { endWord() }
        if !run.isEmpty { runs.append(run) }
        return runs
    }
}
