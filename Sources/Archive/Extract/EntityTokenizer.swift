/// A word or punctuation mark of the text being searched for names, with what capitalisation
/// tells about it.
struct EntityToken {
    var start: Int
    var end: Int
    var text: String
    var lower: String
    var isWord: Bool
    /// Starts with a capital, or is an Arabic article fused to a capitalised name (`al-Kahf`).
    var cap: Bool
    /// Two or more letters, all capitals: an acronym in running text.
    var allCaps: Bool
    var sentence: Int
    /// First word of a sentence, a quotation or a list item: its capital says nothing.
    var initial: Bool
    /// In an all-capitals or title-case line, where capitals say nothing either.
    var weakLine: Bool
    /// The word lists that hold `lower`.
    var lists: EntityLexicon.Lists
    /// The small word classes of `lower` the cues of works and groups look for, from the same lookup.
    var marks: EntityMark = []
}

/// The input as Unicode scalars (offsets are counted in them) and as UTF-8, from which token
/// strings are cut without building them a scalar at a time.
struct EntityText {
    let scalars: [Unicode.Scalar]
    let utf8: [UInt8]
    /// UTF-8 offset of each scalar, and of the end.
    let offsets: [Int32]

    init(_ text: String) {
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        let n = bytes.count
        var count = 0
        var scalars: [Unicode.Scalar] = []
        // Decoded by hand into preallocated storage: a String's UTF-8 is valid, and most of it is ASCII.
        offsets = [Int32](unsafeUninitializedCapacity: n + 1) { off, offCount in
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { sc, scCount in
                bytes.withUnsafeBufferPointer { b in
                    var i = 0
                    while i < n {
                        let c = b[i]
                        off[count] = Int32(i)
                        if c < 0x80 {
                            sc[count] = Unicode.Scalar(c)
                            i += 1
                        } else {
                            let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                            var v = UInt32(c) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                            for k in 1..<width where i + k < n { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                            sc[count] = Unicode.Scalar(v) ?? "\u{FFFD}"
                            i += width
                        }
                        count += 1
                    }
                }
                scCount = count
            }
            off[count] = Int32(n)
            offCount = count + 1
        }
        (self.scalars, self.utf8) = (scalars, bytes)
    }

    func string(_ start: Int, _ end: Int) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: $0[Int(offsets[start])..<Int(offsets[end])], as: UTF8.self) }
    }

    /// ASCII lowercase of an ASCII range.
    func lowerASCII(_ start: Int, _ end: Int) -> String {
        let (a, b) = (Int(offsets[start]), Int(offsets[end]))
        return String(unsafeUninitializedCapacity: b - a) { buffer in
            for k in a..<b { let c = utf8[k]; buffer[k - a] = c >= 0x41 && c <= 0x5A ? c + 32 : c }
            return b - a
        }
    }
}

/// Splits text into tokens and sentences, keeping Unicode scalar offsets into the input.
enum EntityTokenizer {
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "sen", "rep", "gov", "prof", "jr", "sr", "no", "sgt",
        "capt", "maj", "mt", "ft", "inc", "corp", "co", "vs", "v", "rev", "adm", "brig", "cmdr", "gens",
    ]

    static func tokens(_ input: EntityText) -> [EntityToken] {
        let s = input.scalars
        var out: [EntityToken] = []
        out.reserveCapacity(s.count / 5)
        var i = 0
        var sentence = 0
        var breakPending = false
        var lineStart = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                markLine(&out, from: lineStart, input)
                lineStart = out.count
                breakPending = true
                i += 1
                continue
            }
            if c == " " || c == "\t" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace) { i += 1; continue }
            if breakPending, !out.isEmpty { sentence += 1 }
            breakPending = false
            let start = i
            if Words.isWordScalar(c) {
                i += 1
                while i < s.count {
                    if Words.isWordScalar(s[i]) { i += 1; continue }
                    let joins = s[i] == "-" || EntityKey.isApostrophe(s[i])
                    if joins, i + 1 < s.count, Words.isWordScalar(s[i + 1]) { i += 2; continue }
                    // `Sinn F\u{FFFD}\u{FFFD}in`: letters a feed could not decode stand inside the word, not between two.
                    if s[i].value == 0xFFFD {
                        var j = i + 1
                        while j < s.count, s[j].value == 0xFFFD { j += 1 }
                        if j < s.count, Words.isWordScalar(s[j]) { i = j + 1; continue }
                    }
                    // `U.S.`, `J.`: a single capital and its full stop stay one token.
                    if s[i] == ".", i - start == 1 || (i >= 2 && s[i - 2] == "."), isUpper(s[i - 1]) { i += 1; continue }
                    break
                }
                var end = i
                // `Iraq’s`: the possessive is not part of the name.
                if end - start > 2, s[end - 1] == "s" || s[end - 1] == "S", EntityKey.isApostrophe(s[end - 2]) { end -= 2; i = end }
                out.append(word(input, start, end, sentence))
            } else {
                i += 1
                let mark = input.string(start, i)
                out.append(EntityToken(start: start, end: i, text: mark, lower: mark, isWord: false, cap: false, allCaps: false,
                                       sentence: sentence, initial: false, weakLine: false,
                                       lists: EntityLexicon.shared.lists(of: mark, ascii: c.value < 0x80)))
                if c == "." || c == "!" || c == "?" || c == "…" {
                    let previous = out.count >= 2 ? out[out.count - 2] : nil
                    let isAbbreviation = previous.map { $0.isWord && $0.end == start && abbreviations.contains($0.lower) } ?? false
                    if !isAbbreviation { breakPending = true }
                }
            }
        }
        markLine(&out, from: lineStart, input)
        markInitials(&out)
        return out
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x61 && c.value <= 0x7A) : c.properties.isLowercase
    }

    private static func word(_ input: EntityText, _ start: Int, _ end: Int, _ sentence: Int) -> EntityToken {
        let s = input.scalars
        var upper = 0, lower = 0, ascii = true
        for c in s[start..<end] {
            if isUpper(c) { upper += 1 } else if isLower(c) { lower += 1 }
            if c.value >= 0x80 { ascii = false }
        }
        let string = input.string(start, end)
        var cap = isUpper(s[start])
        // `al-Mayadeen`, `el-Sisi`: the article is lowercase, the name is not.
        if !cap, end - start > 3, s[start] == "a" || s[start] == "e", s[start + 1] == "l", s[start + 2] == "-", isUpper(s[start + 3]) { cap = true }
        let lowered = upper == 0 ? string : ascii ? input.lowerASCII(start, end) : string.lowercased()
        let found = ascii ? input.utf8.withUnsafeBufferPointer {
            EntityLexicon.shared.lookUp(ascii: UnsafeBufferPointer(rebasing: $0[Int(input.offsets[start])..<Int(input.offsets[end])]))
        } : EntityLexicon.shared.lookUp(lowered, ascii: false)
        return EntityToken(start: start, end: end, text: string, lower: lowered, isWord: true, cap: cap, allCaps: upper >= 2 && lower == 0,
                           sentence: sentence, initial: false, weakLine: false, lists: found.lists, marks: found.marks)
    }

    /// A line mostly in capitals (a headline, a dateline) or in title case gives no evidence by case.
    private static func markLine(_ out: inout [EntityToken], from start: Int, _ input: EntityText) {
        var words = 0, capsWords = 0, capitalised = 0, long = 0, listMarks = 0
        for t in out[start...] {
            let first = input.scalars[t.start]
            guard t.isWord, first.value >= 0x3A else {
                if t.isWord || first == "," || first == ";" { listMarks += 1 }
                continue
            }
            words += 1
            if t.allCaps { capsWords += 1 }
            if t.end - t.start > 3 { long += 1; if t.cap { capitalised += 1 } }
        }
        let shouting = words > 0 && capsWords * 10 >= words * 7 && capsWords > 0
        // Headlines capitalise every long word and end without a full stop; prose full of names does not.
        // A line of names (`Tiger Woods , Mark Roe 69 71`) is a list, not a headline: its
        // commas and numbers say so.
        let titleCase = long >= 4 && capitalised == long && listMarks <= 1 && out.last.map { $0.isWord || $0.text != "." } ?? false
        guard shouting || titleCase else { return }
        for k in start..<out.count { out[k].weakLine = true }
    }

    /// `“ " ‘ ' : • – — * #`: after these a capital starts a quotation or an item.
    private static func isOpener(_ token: EntityToken) -> Bool {
        guard token.end - token.start == 1, let c = token.text.unicodeScalars.first else { return false }
        switch c.value {
        case 0x201C, 0x22, 0x2018, 0x27, 0x3A, 0x2022, 0x2013, 0x2014, 0x2A, 0x23: return true
        default: return false
        }
    }

    private static func markInitials(_ out: inout [EntityToken]) {
        var lastWordSentence = -1
        for k in out.indices where out[k].isWord {
            let opener = k > 0 && !out[k - 1].isWord && isOpener(out[k - 1])
            out[k].initial = lastWordSentence != out[k].sentence || opener
            lastWordSentence = out[k].sentence
        }
    }
}
