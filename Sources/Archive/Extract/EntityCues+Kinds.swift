/// Words around a name that show what kind of thing a text takes it for, read over every
/// mention in the text: a prize (`Oscar nomination`), a work (`X, starring …`), a firm that
/// shares a town's name (`Nokia 6600`, `companies such as Nokia`).
extension EntitySpans {
    /// Nouns a prize's name stands before (`Oscar nomination`, `Grammy winners`); a person's
    /// name before them would be a nominee's own, which news writes `X's nomination`.
    static let awardNouns: Set<String> = ["nomination", "nominations", "nominee", "nominees", "winner", "winners",
                                          "hopeful", "hopefuls", "contender", "contenders", "ceremony", "statuette", "statuettes", "award", "awards"]

    /// `Oscar nomination`: the lowercase word right after the name, in its sentence, is a prize's noun.
    func beforeAwardNoun(_ hi: Int) -> Bool {
        hi < t.count && t[hi].isWord && !t[hi].cap && Self.awardNouns.contains(t[hi].lower) && t[hi].sentence == t[hi - 1].sentence
    }

    /// `X, starring Y`, `X starring Y`: the name is a film's or a show's.
    func beforeStarring(_ hi: Int) -> Bool {
        var k = hi
        if k < t.count, t[k].text == "," { k += 1 }
        return k < t.count && t[k].lower == "starring" && t[k].sentence == t[hi - 1].sentence
    }

    /// `X, who`, `X said he`: what follows the name speaks of a person (a firm is `which`, `it`).
    func personAfter(_ hi: Int) -> Bool {
        guard hi + 1 < t.count, t[hi + 1].sentence == t[hi - 1].sentence else { return false }
        if t[hi].text == ",", t[hi + 1].lower == "who" { return true }
        return t[hi].lower == "said" && (t[hi + 1].lower == "he" || t[hi + 1].lower == "she")
    }

    /// Plural nouns of business before `such as`, `including` or `like` and a list of firms.
    static let firmPlurals: Set<String> = ["companies", "firms", "makers", "manufacturers", "operators", "carriers",
                                           "retailers", "brands", "suppliers", "rivals", "giants", "vendors"]

    /// A town's name that the words around show to be a firm's: `companies such as X`, `X 6600`
    /// (a model number), `X, the … maker`.
    func firmCue(_ lo: Int, _ hi: Int) -> Bool {
        let sentence = t[lo].sentence
        func word(_ k: Int) -> String? { k >= 0 && k < t.count && t[k].sentence == sentence ? t[k].lower : nil }
        // `makers such as X`, `manufacturers including X`.
        if let w = word(lo - 1), w == "including" || w == "like" || w == "as" && word(lo - 2) == "such" {
            if let noun = word(lo - (w == "as" ? 3 : 2)), Self.firmPlurals.contains(noun) { return true }
        }
        // `X 3220`: a model number of three or four digits (not a year, not in a table of scores).
        if hi < t.count, t[hi].sentence == sentence, !tabular.contains(sentence) {
            let text = t[hi].text.utf8
            if (3...4).contains(text.count), text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), !(text.count == 4 && (text.starts(with: "19".utf8) || text.starts(with: "20".utf8))) {
                return true
            }
        }
        // `X, the Finnish handset maker,`: an apposition whose noun is one of business.
        if word(hi) == ",", word(hi + 1) == "the" || word(hi + 1) == "a" {
            var k = hi + 2
            while let w = word(k), k < hi + 6, w != ",", w != "." {
                if Self.firmNouns.contains(w), !t[k].cap { return true }
                k += 1
            }
        }
        return false
    }
}
