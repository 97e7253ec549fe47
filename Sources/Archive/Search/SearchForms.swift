/// The words FTS5's stock tokenizer cannot tell apart, in forms it can: what `articles.title_forms`
/// and `articles.body_forms` hold, and what a query's acronyms, amounts and Arabic words are looked
/// up as in `articles_fts`.
///
/// `porter unicode61` folds case (US is "us", and "using" stems to "us" too), drops symbols (`£600m`
/// is "600m", like `$600m`) and knows nothing of Arabic spelling. The archive must stay searchable
/// with SQLite's stock FTS5, so instead of a tokenizer of its own it writes a second text per column,
/// one token per form, that the stock tokenizer indexes as it is:
/// - an acronym, a word of 2–5 capitals or capitals with dots (`US`, `U.S.`, `NATO`): `US`
/// - an amount, a currency symbol and a number with an attached scale (`£600m`, `$1.13bn`, `€5`):
///   the currency's code, the number with `p` for its decimal point, the scale: `gbp600m`, `usd1p13bn`
/// - a percentage (`10%`, `2.5 %`, `١٠٪`): `10pct`, `2p5pct`
/// - an Arabic word, folded (hamza forms of alef, taa marbuta, alef maqsura, Persian yeh and kaf,
///   tatweel and harakat) and without its proclitics (ال and و ف ب ل ك, alone or combined): `كهف`
///   for `بالكهف`
/// - a number in Arabic-Indic digits, in Western ones: `123` for `١٢٣`
/// The same function turns a query's words into these forms, so document and query always agree.
public enum SearchForms {
    public enum Kind: Sendable, Hashable {
        case acronym, amount, percent, arabic, number
    }

    /// One form and where its text is, in Unicode scalars of the text it came from.
    public struct Form: Sendable, Hashable {
        public var text: String
        public var kind: Kind
        public var range: Range<Int>
    }

    /// The column text for `text`: its forms separated by spaces, nil when it has none.
    public static func column(_ text: String?) -> String? {
        guard let text else { return nil }
        let found = forms(in: text)
        return found.isEmpty ? nil : found.map(\.text).joined(separator: " ")
    }

    /// Every form in `text`, in order.
    public static func forms(in text: String) -> [Form] {
        let scalars = Array(text.unicodeScalars)
        var forms: [Form] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            let value = scalar.value
            if value < 0x80 {
                // ASCII: capitals (acronyms), digits (percentages), `$` (amounts); everything else moves on.
                if value >= 0x41 && value <= 0x5A {
                    index = acronym(scalars, at: index, into: &forms)
                } else if value >= 0x30 && value <= 0x39 {
                    index = number(scalars, at: index, into: &forms)
                } else if value == 0x24 {
                    index = amount(scalars, at: index, into: &forms)
                } else if (value >= 0x61 && value <= 0x7A) {
                    index = skipWord(scalars, from: index)
                } else {
                    index += 1
                }
                continue
            }
            if isArabicLetter(value) || isArabicMark(value) {
                index = arabic(scalars, at: index, into: &forms)
            } else if arabicDigit(value) != nil {
                index = number(scalars, at: index, into: &forms)
            } else if scalar.properties.generalCategory == .currencySymbol {
                index = amount(scalars, at: index, into: &forms)
            } else if scalar.properties.isUppercase {
                index = acronym(scalars, at: index, into: &forms)
            } else if isWordScalar(scalar) {
                index = skipWord(scalars, from: index)
            } else {
                index += 1
            }
        }
        return forms
    }

    /// A query word's acronym, `US` for `US`, `U.S.` or `U.S`; nil for any other word.
    public static func acronym(ofQueryWord word: String) -> String? {
        let found = forms(in: word)
        guard found.count == 1, found[0].kind == .acronym, covers(found, word) else { return nil }
        return found[0].text
    }

    /// Whether `forms` (found in `text`) take in every letter and digit of it.
    public static func covers(_ forms: [Form], _ text: String) -> Bool {
        var next = 0
        var position = 0
        for scalar in text.unicodeScalars {
            defer { position += 1 }
            guard isWordScalar(scalar) else { continue }
            while next < forms.count, forms[next].range.upperBound <= position { next += 1 }
            guard next < forms.count, forms[next].range.contains(position) else { return false }
        }
        return true
    }

    /// About sixteen words of `text` around the first of the `wanted` forms it holds, each of them
    /// marked: the snippet of a hit FTS5 found by a form, which its own snippet cannot highlight.
    public static func snippet(of text: String, showing wanted: Set<String>, highlight: (open: String, close: String)) -> String? {
        let found = forms(in: text).filter { wanted.contains($0.text) }
        guard let first = found.first else { return nil }
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        for index in scalars.indices where isWordScalar(scalars[index]) && (index == 0 || !isWordScalar(scalars[index - 1])) {
            starts.append(index)
        }
        let word = max(0, (starts.lastIndex { $0 <= first.range.lowerBound } ?? 0))
        let from = starts.isEmpty ? first.range.lowerBound : starts[max(0, word - 5)]
        var to = starts.count > word + 11 ? starts[word + 11] : scalars.count
        while to > first.range.upperBound, to > from, !isWordScalar(scalars[to - 1]) { to -= 1 }
        to = max(to, first.range.upperBound)
        var snippet = String.UnicodeScalarView()
        if from > 0 { snippet.append(contentsOf: "…".unicodeScalars) }
        var cursor = from
        for form in found where form.range.lowerBound >= cursor && form.range.upperBound <= to {
            snippet.append(contentsOf: scalars[cursor..<form.range.lowerBound])
            snippet.append(contentsOf: highlight.open.unicodeScalars)
            snippet.append(contentsOf: scalars[form.range])
            snippet.append(contentsOf: highlight.close.unicodeScalars)
            cursor = form.range.upperBound
        }
        snippet.append(contentsOf: scalars[cursor..<to])
        if to < scalars.count { snippet.append(contentsOf: "…".unicodeScalars) }
        return String(snippet).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    // MARK: - Acronyms

    static let acronymLetters = 2...5

    /// A run of capitals with nothing of a word around it, or capitals each followed by a dot.
    private static func acronym(_ scalars: [Unicode.Scalar], at start: Int, into forms: inout [Form]) -> Int {
        let end = skipWord(scalars, from: start)
        // Dotted: single capitals each followed by a dot (`U.S.`, `U.N.`, `U.S.A.`); the last dot may be missing.
        if end == start + 1, end < scalars.count, scalars[end] == ".", !precededByWord(scalars, start) {
            var letters = String.UnicodeScalarView([scalars[start]])
            var cursor = end + 1
            var last = start
            while cursor < scalars.count, scalars[cursor].properties.isUppercase, skipWord(scalars, from: cursor) == cursor + 1 {
                letters.append(scalars[cursor])
                last = cursor
                cursor += 1
                if cursor < scalars.count, scalars[cursor] == "." { cursor += 1 } else { break }
            }
            if acronymLetters.contains(letters.count) {
                forms.append(Form(text: String(letters), kind: .acronym, range: start..<(last + 1)))
                return cursor
            }
            return end
        }
        let length = end - start
        if acronymLetters.contains(length), !precededByWord(scalars, start),
           scalars[start..<end].allSatisfy({ $0.properties.isUppercase }) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            forms.append(Form(text: String(text), kind: .acronym, range: start..<end))
        }
        return end
    }

    /// Whether a word runs into `index` from the left: `xUS` or `2US` are not acronyms.
    private static func precededByWord(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index > 0 && isWordScalar(scalars[index - 1])
    }

    // MARK: - Numbers, amounts and percentages

    /// A number at `start` (Western or Arabic-Indic digits, `,` or `.` between digits): its digits in
    /// Western form with `p` for a decimal point, whether it had Arabic-Indic digits, and its end.
    private static func readNumber(_ scalars: [Unicode.Scalar], at start: Int) -> (text: String, arabic: Bool, end: Int)? {
        var text = ""
        var arabic = false
        var cursor = start
        while cursor < scalars.count {
            let value = scalars[cursor].value
            if value >= 0x30 && value <= 0x39 {
                text.unicodeScalars.append(scalars[cursor])
            } else if let digit = arabicDigit(value) {
                text.unicodeScalars.append(Unicode.Scalar(0x30 + digit)!)
                arabic = true
            } else if [0x2C, 0x2E, 0x66B, 0x66C].contains(value), !text.isEmpty, cursor + 1 < scalars.count,
                      isDigit(scalars[cursor + 1].value) {
                // A thousands separator is left out; a decimal point is `p` (`,` is read as thousands).
                if value == 0x2E || value == 0x66B { text.append("p") }
            } else {
                break
            }
            cursor += 1
        }
        return text.isEmpty ? nil : (text, arabic, cursor)
    }

    private static func number(_ scalars: [Unicode.Scalar], at start: Int, into forms: inout [Form]) -> Int {
        guard !precededByWord(scalars, start), let number = readNumber(scalars, at: start) else {
            return skipWord(scalars, from: start)
        }
        var cursor = number.end
        if cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        if cursor < scalars.count, scalars[cursor] == "%" || scalars[cursor] == "\u{066A}" {
            forms.append(Form(text: number.text + "pct", kind: .percent, range: start..<(cursor + 1)))
            return cursor + 1
        }
        let end = wordEnd(scalars, from: number.end)
        if number.arabic, end == number.end {
            // Western digits are split at `.` and `,` by the tokenizer: so are these.
            let western = number.text.replacingOccurrences(of: "p", with: ".")
            forms.append(Form(text: western, kind: .number, range: start..<end))
        }
        return max(end, start + 1)
    }

    /// A currency symbol, an optional space, a number and an optional scale written onto it.
    private static func amount(_ scalars: [Unicode.Scalar], at start: Int, into forms: inout [Form]) -> Int {
        var cursor = start + 1
        if cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count, isDigit(scalars[cursor].value), let number = readNumber(scalars, at: cursor) else {
            return start + 1
        }
        let end = wordEnd(scalars, from: number.end)
        let scale = scalars[number.end..<end]
        // `£600m`, `$1.13bn`, `€5`, `$5k`; a longer tail (`$5million`, `£10s`) is not a scale.
        guard scale.count <= 2, scale.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) else { return end }
        var text = currencyCode(scalars[start]) + number.text
        for letter in scale { text.append(Character(letter).lowercased()) }
        forms.append(Form(text: text, kind: .amount, range: start..<end))
        return end
    }

    static func currencyCode(_ symbol: Unicode.Scalar) -> String {
        switch symbol {
        case "$": "usd"
        case "£": "gbp"
        case "€": "eur"
        case "¥", "￥": "jpy"
        case "₹": "inr"
        case "₽": "rub"
        case "₩": "krw"
        case "₪": "ils"
        case "₺": "try"
        case "₦": "ngn"
        case "¢": "cent"
        default: "cur" + String(symbol.value, radix: 16)
        }
    }

    // MARK: - Arabic

    private static func arabic(_ scalars: [Unicode.Scalar], at start: Int, into forms: inout [Form]) -> Int {
        let end = skipWord(scalars, from: start)
        var folded = String.UnicodeScalarView()
        for scalar in scalars[start..<end] {
            if let kept = fold(scalar) { folded.append(kept) }
        }
        let word = stripProclitics(Array(folded))
        if !word.isEmpty {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: word)
            forms.append(Form(text: String(text), kind: .arabic, range: start..<end))
        }
        return end
    }

    /// One scalar of an Arabic word as the index holds it; nil for tatweel and harakat.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if isArabicMark(value) { return nil }
        if let digit = arabicDigit(value) { return Unicode.Scalar(0x30 + digit)! }
        switch value {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return "\u{0627}"  // آ أ إ ٱ → ا
        case 0x0629: return "\u{0647}"  // ة → ه
        case 0x0649, 0x06CC, 0x064A: return "\u{064A}"  // ى and Persian ی → ي
        case 0x06A9: return "\u{0643}"  // Persian ک → ك
        default: return value < 0x80 ? Unicode.Scalar(Character(scalar).lowercased()) ?? scalar : scalar
        }
    }

    /// The word without the article and the one-letter conjunctions and prepositions before it,
    /// taken off while at least three letters stay (`الله` keeps its `ال`; `ولد` its `و`).
    static func stripProclitics(_ word: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var rest = word[...]
        let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
        let single: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}"]  // و ف ب ل ك
        while rest.count > 3 {
            let first = rest[rest.startIndex], second = rest[rest.startIndex + 1]
            if first == alef, second == lam, rest.count >= 5 {
                rest = rest.dropFirst(2)  // ال
            } else if first == lam, second == lam, rest.count >= 5 {
                rest = rest.dropFirst(2)  // لل: ل + ال
            } else if single.contains(first) {
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return rest
    }

    static func isArabicLetter(_ value: UInt32) -> Bool {
        (0x0620...0x064A).contains(value) || (0x066E...0x06D3).contains(value) || value == 0x06D5
            || (0x06EE...0x06EF).contains(value) || (0x06FA...0x06FF).contains(value) || (0x0750...0x077F).contains(value)
            || (0x08A0...0x08FF).contains(value) && !(0x08D3...0x08FF).contains(value)
    }

    /// Harakat, Quranic marks, superscript alef and tatweel: written or not, the same word.
    static func isArabicMark(_ value: UInt32) -> Bool {
        (0x064B...0x065F).contains(value) || value == 0x0670 || value == 0x0640 || (0x0610...0x061A).contains(value)
            || (0x06D6...0x06ED).contains(value) && value != 0x06E5 && value != 0x06E6 || (0x08D3...0x08FF).contains(value)
    }

    static func arabicDigit(_ value: UInt32) -> UInt32? {
        if (0x0660...0x0669).contains(value) { return value - 0x0660 }
        if (0x06F0...0x06F9).contains(value) { return value - 0x06F0 }
        return nil
    }

    // MARK: - Words

    private static func isDigit(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || arabicDigit(value) != nil
    }

    /// A letter, digit or combining mark: what FTS5's tokenizer keeps in a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        if isArabicMark(value) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// The end of the word at `start`, at least one scalar on.
    static func skipWord(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        max(wordEnd(scalars, from: start), start + 1)
    }

    /// The end of the word at `start`: `start` itself when no word is there.
    static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        return end
    }
}
