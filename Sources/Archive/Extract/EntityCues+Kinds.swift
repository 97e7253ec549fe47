/// Words around a name that show what kind of thing a text takes it for, read over every
/// mention in the text: a prize (`Oscar nomination`), a work (`X, starring …`), a firm that
/// shares a town's name (`Nokia 6600`, `companies such as Nokia`).
extension EntitySpans {
    /// Nouns a prize's name stands before (`Oscar nomination`, `Grammy winners`); a person's
    /// name before them would be a nominee's own, which news writes `X's nomination`.
    static let awardNouns: Set<String> = ["nomination", "nominations", "nominee", "nominees", "winner", "winners",
                                          "hopeful", "hopefuls", "contender", "contenders", "ceremony", "statuette", "statuettes", "award", "awards"]

    /// Token `k` is the one character `c` (compared as a scalar: no string is built or compared).
    @inline(__always) func isMark(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        k >= 0 && k < t.count && t[k].end - t[k].start == 1 && input.scalars[t[k].start] == c
    }

    /// Token `k` is the lowercase ASCII word `w` (lengths compared first, most tokens stop there).
    @inline(__always) func isWord(_ k: Int, _ w: StaticString) -> Bool {
        k >= 0 && k < t.count && t[k].end - t[k].start == w.utf8CodeUnitCount && t[k].isWord
            && t[k].lower.utf8.elementsEqual(UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount))
    }

    /// `Oscar nomination`: the lowercase word right after the name, in its sentence, is a prize's noun.
    func beforeAwardNoun(_ hi: Int) -> Bool {
        hi < t.count && t[hi].isWord && !t[hi].cap && (5...11).contains(t[hi].end - t[hi].start)
            && t[hi].sentence == t[hi - 1].sentence && Self.awardNouns.contains(t[hi].lower)
    }

    /// `X, starring Y`, `X starring Y`: the name is a film's or a show's.
    func beforeStarring(_ hi: Int) -> Bool {
        let k = isMark(hi, ",") ? hi + 1 : hi
        return isWord(k, "starring") && t[k].sentence == t[hi - 1].sentence
    }

    /// `X, who`, `X said he`: what follows the name speaks of a person (a firm is `which`, `it`).
    func personAfter(_ hi: Int) -> Bool {
        guard hi + 1 < t.count, t[hi + 1].sentence == t[hi - 1].sentence else { return false }
        if isMark(hi, ","), isWord(hi + 1, "who") { return true }
        return isWord(hi, "said") && (isWord(hi + 1, "he") || isWord(hi + 1, "she"))
    }

    /// `X, Iraq's national security adviser,`, `X, a spokesman for the group`: the name is set beside
    /// a role in apposition (a lowercase title word closing the phrase before a comma or its `of`,
    /// `for`, `to`), which only a person holds.
    func personApposition(_ hi: Int) -> Bool {
        guard isMark(hi, ","), hi + 1 < t.count, t[hi + 1].sentence == t[hi - 1].sentence else { return false }
        var k = hi + 1
        while k < min(hi + 9, t.count - 1), t[k].sentence == t[hi - 1].sentence, !isMark(k, ","), !isMark(k, ".") {
            // `X, which …`, `X, where the governor …`: a clause about the name, not an apposition.
            if k == hi + 1, t[k].isWord, Self.clauseWords.contains(t[k].lower) { return false }
            if t[k].isWord, !t[k].cap, t[k].lists.contains(.titles) {
                let next = k + 1
                return isMark(next, ",") || isWord(next, "of") || isWord(next, "for") || isWord(next, "to")
            }
            k += 1
        }
        return false
    }

    private static let clauseWords: Set<String> = ["which", "where", "who", "whose", "when", "that", "and", "or", "but", "as", "while"]

    /// `X said`, `X told`, `X wrote`: the name speaks.
    func speaksAfter(_ hi: Int) -> Bool {
        guard hi < t.count, t[hi].sentence == t[hi - 1].sentence else { return false }
        return isWord(hi, "said") || isWord(hi, "says") || isWord(hi, "told") || isWord(hi, "wrote") || isWord(hi, "added")
    }

    /// A name of the Arabic pattern: an `al-` word, or `bin`, `ibn`, `abu`, `abd` inside (`Qassim al-Araji`).
    func arabicPattern(_ lo: Int, _ hi: Int) -> Bool {
        (lo..<hi).contains { k in t[k].lower.hasPrefix("al-") || ["bin", "ibn", "abu", "abd", "bint"].contains(t[k].lower) } && !t[lo].lower.hasPrefix("al-")
    }

    /// Plural nouns of business before `such as`, `including` or `like` and a list of firms.
    static let firmPlurals: Set<String> = ["companies", "firms", "makers", "manufacturers", "operators", "carriers",
                                           "retailers", "brands", "suppliers", "rivals", "giants", "vendors"]

    /// A town's name that the words around show to be a firm's: `companies such as X`, `X 6600`
    /// (a model number), `X, the … maker`.
    func firmCue(_ lo: Int, _ hi: Int) -> Bool {
        let sentence = t[lo].sentence
        func inSentence(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].sentence == sentence }
        // `makers such as X`, `manufacturers including X`.
        let before = isWord(lo - 1, "including") || isWord(lo - 1, "like") ? 2 : isWord(lo - 1, "as") && isWord(lo - 2, "such") ? 3 : 0
        if before > 0, inSentence(lo - before), Self.firmPlurals.contains(t[lo - before].lower) { return true }
        // `X 3220`: a model number of three or four digits (not a year, not in a table of scores).
        if inSentence(hi), t[hi].isWord, (3...4).contains(t[hi].end - t[hi].start), !tabular.contains(sentence) {
            let digits = input.scalars[t[hi].start..<t[hi].end]
            if digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
               !(digits.count == 4 && digits.first == "1" && digits.dropFirst().first == "9" || digits.count == 4 && digits.first == "2" && digits.dropFirst().first == "0") {
                return true
            }
        }
        // `X, the Finnish handset maker,`: an apposition whose noun is one of business.
        if isMark(hi, ","), inSentence(hi + 1), isWord(hi + 1, "the") || isWord(hi + 1, "a") {
            var k = hi + 2
            while k < hi + 6, inSentence(k), !isMark(k, ","), !isMark(k, ".") {
                if t[k].marks.contains(.firmNoun), t[k].isWord, !t[k].cap { return true }
                k += 1
            }
        }
        return false
    }
}
