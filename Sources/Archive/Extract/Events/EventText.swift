/// A word or mark of a sentence, lowercased for matching, with Unicode scalar offsets into the body.
struct EventToken: Sendable {
    let start: Int
    let end: Int
    /// As written.
    let text: String
    /// Lowercased; hyphenated words stay one token (`cease-fire`, `sit-in`).
    let lower: String
    let isWord: Bool
    var isCapitalised: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isNumber: Bool { isWord && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
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
        let scalars = Array(body.unicodeScalars)
        var out: [EventSentence] = []
        var tokens: [EventToken] = []
        var sentenceStart = -1
        var paragraph = 0
        var i = 0
        func close(at end: Int) {
            guard !tokens.isEmpty, sentenceStart >= 0 else { tokens = []; sentenceStart = -1; return }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[sentenceStart..<end])
            out.append(EventSentence(index: out.count, paragraph: paragraph, start: sentenceStart, end: end,
                                     text: String(text), tokens: tokens))
            tokens = []
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
                tokens.append(token(scalars, start, i, isWord: true))
            } else {
                i += 1
                tokens.append(token(scalars, start, i, isWord: false))
                if c == "." || c == "!" || c == "?" || c == "…" {
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let abbreviation = previous.map {
                        $0.isWord && $0.end == start && (abbreviations.contains($0.lower) || ($0.text.unicodeScalars.count == 1 && $0.isCapitalised))
                    } ?? false
                    // A full stop before a closing quote or bracket ends the sentence after it.
                    while i < scalars.count, "\"”’)]".unicodeScalars.contains(scalars[i]) {
                        tokens.append(token(scalars, i, i + 1, isWord: false))
                        i += 1
                    }
                    let nextIsSpace = i >= scalars.count || scalars[i] == " " || scalars[i] == "\n" || scalars[i] == "\t"
                    if !abbreviation, nextIsSpace { close(at: i) }
                }
            }
        }
        close(at: trimmedEnd(scalars, scalars.count))
        return out
    }

    private static func trimmedEnd(_ scalars: [Unicode.Scalar], _ end: Int) -> Int {
        var e = end
        while e > 0, scalars[e - 1] == " " || scalars[e - 1] == "\t" || scalars[e - 1] == "\r" { e -= 1 }
        return e
    }

    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, isWord: Bool) -> EventToken {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        let lower = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiLower(text) : text.lowercased()
        return EventToken(start: start, end: end, text: text, lower: lower.replacingOccurrences(of: "’", with: "'"), isWord: isWord)
    }

    private static func asciiLower(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
