/// Town look-ups that forgive how a text spells a name, and that find a town anywhere in a
/// sentence: what placing an event on a map needs when its location is not in the town table.
extension EventGazetteer {
    /// The towns of a name (folded) or, when it has none, of its other common spellings: with or
    /// without the Arabic article, in its assimilated form too (`Ramadi`, `Ar Ramadi`), with or
    /// without a final h (`Hilla`, `Al Hillah`), and without a last word that says what the place
    /// is (`Jhenaidah Sadar`, the upazila of the town Jhenaidah; `Farah city`).
    func townsSpelledLike(_ folded: String) -> [Town] {
        let table = TownTable.shared
        var name = folded
        return name.withUTF8 { bytes in
            let exact = table.towns(named: bytes)
            guard exact.isEmpty else { return exact }
            var found: [Town] = []
            Self.forEachSpelling(of: bytes) { found += table.towns(named: $0) }
            return found
        }
    }

    private static let articles: Set<String> = ["al", "el", "ad", "an", "as", "ash", "ar", "az", "at", "ath", "adh"]
    private static let sunLetters = ["th", "dh", "sh", "t", "d", "r", "z", "s", "n"].map { Array($0.utf8) }

    private static let kindWords: Set<String> = ["sadar", "city", "town", "centre", "center", "district", "village", "bazar"]

    /// The other spellings of a folded name, in the order they are tried.
    static func spellings(of folded: String) -> [String] {
        var out: [String] = []
        var name = folded
        name.withUTF8 { forEachSpelling(of: $0) { out.append(String(decoding: $0, as: UTF8.self)) } }
        return out
    }

    /// Calls `body` with each other spelling of a folded name (its UTF-8 bytes), written into one
    /// buffer: a town look-up of every capitalised word of a sentence builds no string for the
    /// spellings no town has. Without a last word of `kindWords`, then that name's spellings; else
    /// with the article added (`al`, and assimilated to a sun letter) or, when it has one, without
    /// it; then each of those and the name itself with its final h dropped or added.
    static func forEachSpelling(of name: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !name.isEmpty else { return }
        let firstSpace = name.firstIndex(of: 0x20)
        if let lastSpace = name.lastIndex(of: 0x20), kindWords.contains(String(decoding: name[(lastSpace + 1)...], as: UTF8.self)) {
            let plain = UnsafeBufferPointer(rebasing: name[..<lastSpace])
            body(plain)
            forEachSpelling(of: plain, body)
            return
        }
        var bases: [[UInt8]] = []
        if let firstSpace, articles.contains(String(decoding: name[..<firstSpace], as: UTF8.self)) {
            bases.append(Array(name[(firstSpace + 1)...]))
        } else {
            bases.append(Array("al ".utf8) + name)
            if let sun = sunLetters.first(where: { name.starts(with: $0) }) { bases.append([0x61] + sun + [0x20] + name) }
        }
        for base in bases { base.withUnsafeBufferPointer(body) }
        var scratch: [UInt8] = []
        scratch.reserveCapacity(name.count + 5)
        for base in bases + [Array(name)] {
            scratch.removeAll(keepingCapacity: true)
            scratch += base
            if scratch.last == 0x68 { scratch.removeLast() } else { scratch.append(0x68) }
            scratch.withUnsafeBufferPointer(body)
        }
    }

    /// The first town (or district) of `region` that the sentence names, in capitalised words
    /// (one to three), other than `besides` and the names of countries and regions.
    func townNamed(in sentence: Range<Int>, of text: EntityText, region: String, besides: String?) -> Town? {
        let skipped = besides.map(NameKey.fold)
        let runs = Self.capitalisedRuns(text.scalars[max(0, sentence.lowerBound)..<min(text.scalars.count, sentence.upperBound)])
        for run in runs {
            for start in run.indices {
                for length in stride(from: min(3, run.count - start), through: 1, by: -1) {
                    // Each word is folded once; the fold of words joined by a space is their folds so joined.
                    let folded = run[start..<(start + length)].filter { !$0.isEmpty }.joined(separator: " ")
                    guard !folded.isEmpty, folded != skipped, codes(named: folded) == nil,
                          !PlaceChains.notNames.contains(folded) else { continue }
                    if let town = townsSpelledLike(folded).first(where: { $0.region == region && $0.point != nil }) { return town }
                }
            }
        }
        return nil
    }

    /// Runs of capitalised words, in text order, each word folded (`NameKey.fold`): `laksam`,
    /// `comilla`, `chittagong` in `Laksam upazila (Comilla, Chittagong)`. A word is letters,
    /// apostrophes and hyphens; a lowercase word, a digit or punctuation ends a run. ASCII is read
    /// from its bytes, without Unicode's property tables.
    static func capitalisedRuns(_ scalars: ArraySlice<Unicode.Scalar>) -> [[String]] {
        var runs: [[String]] = [], run: [String] = []
        var wordStart = scalars.startIndex, inWord = false, ascii = true
        func endWord(_ end: Int) {
            inWord = false
            let first = scalars[wordStart]
            guard first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase else {
                if !run.isEmpty { runs.append(run); run = [] }
                return
            }
            run.append(ascii ? foldASCII(scalars[wordStart..<end]) : NameKey.fold(String(String.UnicodeScalarView(scalars[wordStart..<end]))))
        }
        for i in scalars.indices {
            let scalar = scalars[i]
            let v = scalar.value
            let isWordPart = v < 0x80 ? (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) || v == 0x27 || v == 0x2D
                : scalar == "’" || scalar.properties.isAlphabetic
            if isWordPart {
                if !inWord { (wordStart, inWord, ascii) = (i, true, true) }
                if v >= 0x80 { ascii = false }
                continue
            }
            if inWord { endWord(i) }
            if scalar != " ", !run.isEmpty { runs.append(run); run = [] }
        }
        if inWord { endWord(scalars.endIndex) }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// `NameKey.fold` of a word of ASCII letters, apostrophes and hyphens: lowercase, apostrophes
    /// dropped, a hyphen between two parts a space.
    private static func foldASCII(_ word: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var pendingSpace = false
        for scalar in word {
            let v = UInt8(scalar.value)
            if v == 0x27 { continue }
            if v == 0x2D { pendingSpace = !bytes.isEmpty; continue }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(v | 0x20)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
