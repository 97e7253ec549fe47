/// A place the town table lacks, drawn at the administrative unit the text names above it: `X
/// (D, P)`, `X, D, P`, `X of D district, P`, `X village in D county`, `X (D LGA, P)` — or the unit
/// itself, named as one (`in D district, P`). Only a name written as such a level is looked up
/// (`UnitTable`): districts share their names with villages everywhere, and a name in running
/// text is a town's or none.
extension EventGazetteer {
    /// Words that say a name before them is an administrative unit below the region.
    static let unitWords: Set<String> = ["district", "lga", "county", "territory", "township", "upazila", "sub county", "subcounty",
                                         "municipality", "tehsil", "taluk", "taluka", "subdistrict", "sub district", "woreda", "rayon",
                                         "raion", "sub prefecture", "subprefecture", "cercle", "commune", "department"]
    /// How far after a place the text may name the unit it lies in (`in the Karez area of Darya
    /// district, Kandor`).
    static let unitReach = 80

    /// The point of the unit of `region` that the text names as the level of `location` or above
    /// it, before `end` (the sentence's end); nil when it names none the table has.
    func unitPoint(of location: EventParty, before end: Int, in text: EntityText, region: String) -> GeoPoint? {
        let scalars = text.scalars
        let locationEnd = location.start + location.name.unicodeScalars.count
        guard location.start >= 0, locationEnd <= min(end, scalars.count) else { return nil }
        let after = LevelWord.read(scalars[locationEnd..<min(end, scalars.count, locationEnd + Self.unitReach)])
        let before = LevelWord.read(scalars[max(0, location.start - 30)..<location.start])
        // `in Maruf district, Kandahar`, `in the district of Maruf`: the place is the unit.
        var own = NameKey.fold(location.name).split(separator: " ").map(String.init)
        if own.count > 1, let last = own.last, Self.unitWords.contains(last) { own.removeLast() }
        let namedAsUnit = own.count < NameKey.fold(location.name).split(separator: " ").count
            || after.first.map { Self.unitWords.contains($0.folded) } == true
            || before.count >= 2 && before[before.count - 1].folded == "of" && Self.unitWords.contains(before[before.count - 2].folded)
        if namedAsUnit, let point = UnitTable.shared.point(key: UnitTable.key(ofFolded: own.joined(separator: " ")), region: region) {
            return point
        }
        return unitAbove(in: after, region: region)
    }

    /// The first name among the words after a place that is written as a unit (a unit word after
    /// it or `district of` before it, or the middle of a hierarchy whose next level is a region
    /// or a country) and that the table has in `region`. Read up to the broadest level.
    private func unitAbove(in words: [LevelWord], region: String) -> GeoPoint? {
        var i = 0
        while i < words.count {
            let word = words[i]
            if word.isPunctuation {
                if word.folded == "." || word.folded == ";" || word.folded == ":" { return nil }
                i += 1
                continue
            }
            guard word.isCapitalised, !Self.unitWords.contains(word.folded) else {
                guard Self.joiningWords.contains(word.folded) || PlaceChains.tags.contains(word.folded) || Self.unitWords.contains(word.folded)
                else { return nil }
                i += 1
                continue
            }
            let run = LevelWord.run(from: i, in: words, ending: Self.unitWords)
            let name = words[run].map(\.folded).joined(separator: " ")
            let previous = run.lowerBound > 0 ? words[run.lowerBound - 1].folded : ""
            var next = run.upperBound
            // `Kash Rod (Delaram) district`: another name of the unit in a bracket before its word.
            if next + 2 < words.count, words[next].folded == "(", let close = (next + 1..<min(words.count, next + 6)).first(where: { words[$0].folded == ")" }) {
                next = close + 1
            }
            let following = next < words.count ? words[next].folded : ""
            var written = Self.unitWords.contains(following)
                || previous == "of" && run.lowerBound >= 2 && Self.unitWords.contains(words[run.lowerBound - 2].folded)
            // `X (D, P)`, `X, D, P`: a level between the place and a region or a country.
            if !written, previous == "(" || previous == ",", following == ",", next + 1 < words.count, words[next + 1].isCapitalised {
                let outer = LevelWord.run(from: next + 1, in: words, ending: Self.unitWords)
                written = codes(named: words[outer].map(\.folded).joined(separator: " ")) != nil
            }
            if written, let point = UnitTable.shared.point(key: UnitTable.key(ofFolded: name), region: region) { return point }
            // The region or the country: the broadest level, after which the text says no more of where.
            if codes(named: name) != nil { return nil }
            i = run.upperBound
        }
        return nil
    }

    /// Small words a hierarchy is written with between its names.
    static let joiningWords: Set<String> = ["of", "in", "the", "and", "near", "its"]
}

/// A word or a punctuation mark of the text around a place, folded (`NameKey.fold`).
struct LevelWord {
    let folded: String
    let isCapitalised: Bool
    let isPunctuation: Bool

    /// The words and marks of a stretch of text: letters, digits, apostrophes and hyphens make a word.
    static func read(_ scalars: ArraySlice<Unicode.Scalar>) -> [LevelWord] {
        var out: [LevelWord] = []
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                var j = i
                while j < scalars.endIndex, scalars[j].properties.isAlphabetic || scalars[j].properties.numericType != nil
                    || scalars[j] == "'" || scalars[j] == "’" || scalars[j] == "-" { j += 1 }
                let word = String(String.UnicodeScalarView(scalars[i..<j]))
                out.append(LevelWord(folded: NameKey.fold(word), isCapitalised: scalar.properties.isUppercase, isPunctuation: false))
                i = j
            } else {
                if !scalar.properties.isWhitespace { out.append(LevelWord(folded: String(scalar), isCapitalised: false, isPunctuation: true)) }
                i += 1
            }
        }
        return out
    }

    /// Capitalised words from `start`, joined by a small connector (`Dand wa Patan`, `Nawa-e
    /// Barakzayi` is one word), up to five, ending before a word of `ending` (`Apa LGA`).
    static func run(from start: Int, in words: [LevelWord], ending: Set<String>) -> Range<Int> {
        var end = start
        while end < words.count, end - start < 5 {
            let word = words[end]
            if word.isCapitalised, !word.isPunctuation, !ending.contains(word.folded) { end += 1; continue }
            if !word.isCapitalised, !word.isPunctuation, end > start, end + 1 < words.count, words[end + 1].isCapitalised,
               connectors.contains(word.folded) {
                end += 2
                continue
            }
            break
        }
        return start..<max(end, start + 1)
    }

    static let connectors: Set<String> = PlaceChains.connectors.union(["wa", "o", "i"])
}
