/// A word or mark of a sentence, lowercased for matching, with Unicode scalar offsets into the body.
struct EventToken: Sendable {
    let start: Int
    let end: Int
    /// Lowercased; hyphenated words stay one token (`cease-fire`, `sit-in`).
    let lower: String
    let isWord: Bool
    let isCapitalised: Bool
    /// The word lists of `event-triggers.txt` that hold the word, as bits (`EventLexicon.bit`).
    let lists: UInt32
    /// The lexicon's numbers for the word and its first three letters (-1: not there), so that
    /// trigger lookups reuse the one lookup `lists` took; `unnumbered` for a word not in ASCII.
    let word: Int32
    let stem: Int32
    /// The small word classes it belongs to (`WordMark`), found by the same lookup.
    var marks: WordMark = []
    static let unnumbered: Int32 = -2
    var isNumber: Bool { isWord && lower.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}

/// One sentence of a body: its offsets, its text and its tokens.
struct EventSentence: Sendable {
    let index: Int
    /// Index of the paragraph (blank-line or line-break separated block) it belongs to.
    let paragraph: Int
    let start: Int
    let end: Int
    let text: String
    let tokens: [EventToken]
    /// Every list any of its words is in.
    let lists: UInt32
    /// Every list a word not capitalised is in: `League` in `Awami League` is a name, not sport.
    let lowercaseLists: UInt32
    /// Every `WordMark` of its words: a rule whose words are absent is passed over.
    let marks: WordMark
    /// The body, which token text is cut from when a rule needs it as written.
    let input: EntityText

    func has(_ bit: UInt32) -> Bool { lists & bit != 0 }
    func hasLowercase(_ bit: UInt32) -> Bool { lowercaseLists & bit != 0 }

    /// A token as written.
    func text(of token: EventToken) -> String { input.string(token.start, token.end) }
}

/// Splits a body into sentences and tokens, counting offsets in Unicode scalars as mentions do.
enum EventText {
    /// Abbreviations whose full stop ends no sentence (titles, months, initials handled apart).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "sen", "rep", "gov", "prof", "jr", "sr", "no", "sgt",
        "capt", "maj", "mt", "ft", "inc", "corp", "co", "vs", "rev", "adm", "brig", "cmdr", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx",
    ]

    static func sentences(_ body: String) -> [EventSentence] {
        sentences(EntityText(body))
    }

    /// The lists of the words written in lowercase, which are words rather than names; but
    /// `league` after a capitalised word finishes a name written carelessly (`Jubo league`), a
    /// party's or a club's, not a word of sport.
    private static func lowercaseLists(_ tokens: [EventToken]) -> UInt32 {
        var lists: UInt32 = 0
        for (i, token) in tokens.enumerated() where !token.isCapitalised {
            if i > 0, tokens[i - 1].isCapitalised, token.lower == "league" { continue }
            lists |= token.lists
        }
        return lists
    }

    /// Tokens most sentences of news fit in.
    private static let sentenceCapacity = 64

    static func sentences(_ input: EntityText) -> [EventSentence] {
        let scalars = input.scalars
        var out: [EventSentence] = []
        var tokens: [EventToken] = []
        tokens.reserveCapacity(sentenceCapacity)
        var sentenceStart = -1
        var paragraph = 0
        let violent = EventLexicon.shared.rules.violentProtest
        var i = 0
        func close(at end: Int) {
            guard !tokens.isEmpty, sentenceStart >= 0 else { tokens = []; sentenceStart = -1; return }
            var lists: UInt32 = 0
            var marks: WordMark = []
            for k in tokens.indices { lists |= tokens[k].lists; marks.formUnion(tokens[k].marks) }
            if lists & violent != 0 {
                idleSets(&tokens, violent: violent)
                lists = tokens.reduce(0) { $0 | $1.lists }
            }
            out.append(EventSentence(index: out.count, paragraph: paragraph, start: sentenceStart, end: end,
                                     text: input.string(sentenceStart, end), tokens: tokens, lists: lists,
                                     lowercaseLists: lowercaseLists(tokens), marks: marks,
                                     input: input))
            // Room for a sentence's tokens at once: growing from nothing costs several copies a sentence.
            tokens = []
            tokens.reserveCapacity(sentenceCapacity)
            sentenceStart = -1
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                close(at: trimmedEnd(scalars, i))
                paragraph += 1
                i += 1
                continue
            }
            if c == " " || c == "\t" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace) { i += 1; continue }
            if sentenceStart < 0 { sentenceStart = i }
            let start = i
            if Words.isWordScalar(c) {
                i += 1
                while i < scalars.count {
                    if Words.isWordScalar(scalars[i]) { i += 1; continue }
                    let joins = scalars[i] == "-" || scalars[i] == "’" || scalars[i] == "'" || (scalars[i] == "." && i - start <= 2 && i + 1 < scalars.count && scalars[i + 1] != " ")
                    if joins, i + 1 < scalars.count, Words.isWordScalar(scalars[i + 1]) { i += 2; continue }
                    break
                }
                tokens.append(token(input, start, i, isWord: true))
            } else {
                i += 1
                tokens.append(token(input, start, i, isWord: false))
                if c == "." || c == "!" || c == "?" || c == "…" {
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let abbreviation = previous.map {
                        $0.isWord && $0.end == start && (abbreviations.contains($0.lower) || ($0.end - $0.start == 1 && $0.isCapitalised))
                    } ?? false
                    // A full stop before a closing quote or bracket ends the sentence after it.
                    while i < scalars.count, "\"”’)]".unicodeScalars.contains(scalars[i]) {
                        tokens.append(token(input, i, i + 1, isWord: false))
                        i += 1
                    }
                    let nextIsSpace = i >= scalars.count || scalars[i] == " " || scalars[i] == "\n" || scalars[i] == "\t"
                    if !abbreviation, nextIsSpace || startsGluedSentence(scalars, i, after: previous) { close(at: i) }
                }
            }
        }
        close(at: trimmedEnd(scalars, scalars.count))
        return out
    }

    /// Words of crowd violence that are so only beside fire: `set a car ablaze`, `set fire to`, `set
    /// the office on fire`, but not `a rally set for Friday`, `set up a camp`, `set to march`.
    private static let fireWords: Set<String> = ["fire", "ablaze", "alight", "aflame", "afire", "fires", "light"]

    /// Takes `set` out of the lists of crowd violence where no word of fire follows in the
    /// next ten words of its clause (`set a shed at the back of the school on fire`).
    private static func idleSets(_ tokens: inout [EventToken], violent: UInt32) {
        for i in tokens.indices where tokens[i].lists & violent != 0 && tokens[i].lower == "set" {
            let near = tokens[(i + 1)..<min(tokens.count, i + 11)].prefix { $0.isWord }
            if near.contains(where: { fireWords.contains($0.lower) }) { continue }
            let t = tokens[i]
            tokens[i] = EventToken(start: t.start, end: t.end, lower: t.lower, isWord: t.isWord, isCapitalised: t.isCapitalised,
                                   lists: t.lists & ~violent, word: t.word, stem: t.stem, marks: t.marks)
        }
    }

    /// `in Lyon.Officials said`: a page whose paragraphs lost their space still ends a sentence at a
    /// full stop between a word of three letters or more and a capitalised word (`U.S.` and `Mr.Smith`
    /// are too short to be taken for one).
    private static func startsGluedSentence(_ scalars: [Unicode.Scalar], _ i: Int, after previous: EventToken?) -> Bool {
        guard let previous, previous.isWord, previous.end - previous.start >= 3, i + 1 < scalars.count,
              scalars[i - 1] == "." else { return false }
        return scalars[i].properties.isUppercase && scalars[i + 1].properties.isLowercase
    }

    private static func trimmedEnd(_ scalars: [Unicode.Scalar], _ end: Int) -> Int {
        var e = end
        while e > 0, scalars[e - 1] == " " || scalars[e - 1] == "\t" || scalars[e - 1] == "\r" { e -= 1 }
        return e
    }

    /// ASCII lowercase of a range of ASCII and `’`, with `'` for `’`.
    private static func straightened(_ input: EntityText, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end {
                let v = input.scalars[k].value
                buffer[k - start] = v >= 0x80 ? 0x27 : v >= 0x41 && v <= 0x5A ? UInt8(v) + 32 : UInt8(v)
            }
            return end - start
        }
    }

    private static func token(_ input: EntityText, _ start: Int, _ end: Int, isWord: Bool) -> EventToken {
        let first = input.scalars[start]
        let capital = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        // Offsets count scalars: a range of as many bytes as scalars is ASCII.
        let (a, b) = (Int(input.offsets[start]), Int(input.offsets[end]))
        if b - a == end - start || input.scalars[start..<end].allSatisfy({ $0.value < 0x80 || $0 == "’" }) {
            // `Iraq’s` is ASCII once its apostrophe is straightened, as `lower` has it.
            var lower = b - a == end - start ? input.lowerASCII(start, end) : straightened(input, start, end)
            guard isWord else {
                return EventToken(start: start, end: end, lower: lower, isWord: false, isCapitalised: capital, lists: 0, word: -1, stem: -1)
            }
            let found = lower.withUTF8 { EventLexicon.shared.lookUp($0) }
            return EventToken(start: start, end: end, lower: lower, isWord: true, isCapitalised: capital,
                              lists: found.mask, word: found.word, stem: found.stem, marks: found.marks)
        }
        var lower = input.string(start, end).lowercased()
        if lower.unicodeScalars.contains("’") { lower = lower.replacingOccurrences(of: "’", with: "'") }
        return EventToken(start: start, end: end, lower: lower, isWord: isWord, isCapitalised: capital,
                          lists: isWord ? EventLexicon.shared.mask(lower) : 0, word: EventToken.unnumbered, stem: EventToken.unnumbered,
                          marks: isWord ? WordMark.byWord[lower] ?? [] : [])
    }
}
