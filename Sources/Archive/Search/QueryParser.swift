/// A user's search turned into an FTS5 MATCH expression.
///
/// The query language is a search box's: words (all must match), `"exact phrase"`, `a OR b`,
/// `-word` / `-"a phrase"` / `NOT word`, `prefix*`, `title:word` and `body:word`. Everything else is
/// taken literally: each term reaches FTS5 as a double-quoted string, so no input can produce an FTS5
/// syntax error; the FTS5 tokenizer then splits `al-Kahf` exactly as it split the articles.
///
/// Acronyms (`US`, `U.S.`), amounts (`£600m`), percentages (`10%`), Arabic words and Arabic-Indic
/// numbers are searched for in the index's own forms of them (`SearchForms`, the columns
/// `title_forms` and `body_forms`), so `US` is not `us`, `£600m` is not `$600m`, and `الكهف` meets
/// `كهف`. With `exact`, no form is used: words are matched as written but for case (`ExactMatch`).
///
/// A term repeated in a query is searched for once: a pasted article is a fair query, and each
/// repetition would only add to FTS5's work.
public struct FTSQuery: Sendable, Equatable {
    /// The expression to bind to `articles_fts MATCH ?`.
    public let expression: String
    /// The positive terms (words and phrases, without operators), for highlighting and for tests.
    public let terms: [String]
    /// An expression every hit matches that highlights its plain words in a snippet: an OR of at
    /// most `snippetTerms` of them (FTS5's snippet costs the number of phrases times their hits).
    /// nil when the query has no plain word.
    public let snippetExpression: String?
    /// The forms (`SearchForms`) the query looks for, to highlight them where FTS5's snippet cannot.
    public let forms: Set<String>
    /// With `--exact`: what each hit must hold as written, checked by `archive_exact`.
    public let exact: ExactMatch?

    static let snippetTerms = 32

    private init(expression: String, terms: [String], snippetExpression: String? = nil, forms: Set<String> = [],
                 exact: ExactMatch? = nil) {
        self.expression = expression
        self.terms = terms
        self.snippetExpression = snippetExpression
        self.forms = forms
        self.exact = exact
    }

    /// Parses the query language described above; throws ArchiveError.invalidQuery.
    public static func parse(_ query: String, exact: Bool = false) throws -> FTSQuery {
        try parse(query, prefixes: nil, exact: exact)
    }

    /// Parses as above, with each `prefix*` that `prefixes` can list as its terms searched for by
    /// those terms: the same hits, found without FTS5 merging the doclists of all of them first.
    static func parse(_ query: String, prefixes: PrefixTerms?, exact: Bool = false) throws -> FTSQuery {
        // Unsearchable tokens go before operators are read, so `a OR ( b` still pairs a with b.
        let tokens = lex(Array(query.unicodeScalars)).filter { hasLetterOrDigit($0.text) }
        var groups: [[Term]] = []  // each group is an OR of terms; groups are ANDed
        var excluded: [Term] = []
        var lastWasPositive = false  // an OR may only extend a group that just received a term
        var lastWasTerm = false  // an AND is only an operator between two terms
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let hasNext = index + 1 < tokens.count
            switch token.isKeyword ? token.text : "" {
            case "AND" where lastWasTerm && hasNext:
                lastWasTerm = false
                lastWasPositive = false
                index += 1
                continue
            case "OR" where lastWasPositive && hasNext && !tokens[index + 1].negated:
                groups[groups.count - 1].append(tokens[index + 1].term)
                index += 2
                continue
            case "NOT" where hasNext:
                // The operand is literal even if it is itself AND/OR/NOT: `NOT OR` excludes "OR".
                excluded.append(tokens[index + 1].term)
                lastWasTerm = true
                lastWasPositive = false
                index += 2
                continue
            default:
                break  // a keyword in an odd place falls through as a literal word
            }
            if token.negated {
                excluded.append(token.term)
                lastWasPositive = false
            } else {
                groups.append([token.term])
                lastWasPositive = true
            }
            lastWasTerm = true
            index += 1
        }
        guard !groups.isEmpty else {
            let reason = excluded.isEmpty
                ? "the query has no words to search for"
                : "a query needs at least one word that is not excluded"
            throw ArchiveError.invalidQuery(query: query, reason: reason)
        }
        // Repeats go before anything is looked up: a pasted article says `the` a hundred times.
        groups = unique(groups.map { unique($0) { $0 } }) { $0 }
        excluded = unique(excluded) { $0 }
        func prepare(_ term: inout Term) throws {
            if !exact { term.findForms() }
            if let prefixes, term.prefix, term.forms.isEmpty { term.expansion = try prefixes.terms(matching: term.text) }
        }
        for g in groups.indices { for t in groups[g].indices { try prepare(&groups[g][t]) } }
        for t in excluded.indices { try prepare(&excluded[t]) }
        // A number in Arabic-Indic digits is searched as the Western one, which FTS5's snippet can highlight.
        let plain = groups.joined().filter { !$0.formsOnly || $0.forms.allSatisfy { $0.kind == .number } }
            .prefix(snippetTerms).map(\.rendered)
        let forms = Set(groups.joined().flatMap { $0.forms.map(\.text) })
        if exact {
            // Exclusions are judged as written by archive_exact: FTS5's would drop every form of the stem.
            return FTSQuery(expression: render(groups: groups, excluded: []), terms: uniqueTerms(groups),
                            snippetExpression: plain.joined(separator: " OR "),
                            exact: ExactMatch(groups: groups.map { $0.map { ExactMatch.Phrase($0.text, prefix: $0.prefix) } },
                                              excluded: excluded.map { ExactMatch.Phrase($0.text, prefix: $0.prefix) }))
        }
        return FTSQuery(expression: render(groups: groups, excluded: excluded), terms: uniqueTerms(groups),
                        snippetExpression: plain.isEmpty ? nil : plain.joined(separator: " OR "), forms: forms)
    }

    /// `items` without repeats, in order of first appearance.
    private static func unique<T, K: Hashable>(_ items: [T], by key: (T) -> K) -> [T] {
        var seen = Set<K>()
        return items.filter { seen.insert(key($0)).inserted }
    }

    /// FTS5 syntax passed through unchanged (the `--raw` option); SQLite reports its errors.
    /// `terms` is empty because raw FTS5 syntax is not interpreted here.
    public static func raw(_ query: String) -> FTSQuery {
        FTSQuery(expression: query, terms: [])
    }

    // MARK: - Terms and rendering

    private struct Term: Sendable, Hashable {
        var text: String
        var prefix = false
        var column: String?
        /// The index terms a prefix stands for, when it is searched for by them.
        var expansion: [String]?
        /// The term's acronyms, amounts, Arabic words and numbers (`SearchForms`).
        var forms: [SearchForms.Form] = []
        /// Whether the forms are the whole term, so it is searched for by them alone.
        var formsOnly = false

        /// Finds the term's forms; a prefix keeps only Arabic ones (`كه*`), and a term that is
        /// neither wholly forms nor a phrase is searched for as written and by its forms.
        mutating func findForms() {
            // An operator in an odd place is a literal word, not an acronym.
            guard !["AND", "OR", "NOT"].contains(text) else { return }
            forms = SearchForms.forms(in: text)
            formsOnly = !forms.isEmpty && SearchForms.covers(forms, text)
            if prefix && !(formsOnly && forms.allSatisfy { $0.kind == .arabic }) {
                forms = []
                formsOnly = false
            }
        }

        var rendered: String {
            if formsOnly {
                let tokens = forms.map(\.text).joined(separator: " ")
                // A number in Arabic-Indic digits meets the same number in Western ones, which the
                // articles' own columns hold: it is looked for in every column.
                if forms.allSatisfy({ $0.kind == .number }) { return Self.render(tokens, prefix: prefix, column: column) }
                return Self.render(tokens, prefix: prefix, column: formColumns)
            }
            let written: String
            if let expansion {
                let alternatives = expansion.map { Self.render($0, prefix: false, column: column) }
                written = alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
            } else {
                written = Self.render(text, prefix: prefix, column: column)
            }
            let kept = forms.filter { $0.kind != .number }
            guard !kept.isEmpty else { return written }
            // `US-led`: the words as written, and US as an acronym.
            return "(" + ([written] + kept.map { Self.render($0.text, prefix: false, column: formColumns) }).joined(separator: " AND ") + ")"
        }

        /// The forms columns this term's column filter stands for.
        private var formColumns: String {
            column.map { "\($0)_forms" } ?? "{title_forms body_forms}"
        }

        private static func render(_ text: String, prefix: Bool, column: String?) -> String {
            // Scalars, not Characters: `"` followed by a combining mark is one Character that is not `"`,
            // and leaving that quote single would end the FTS5 string early.
            var quoted = String.UnicodeScalarView(["\""])
            for scalar in text.unicodeScalars {
                quoted.append(scalar)
                if scalar == "\"" { quoted.append(scalar) }
            }
            quoted.append("\"")
            if prefix { quoted.append("*") }
            let string = String(quoted)
            return column.map { "\($0) : \(string)" } ?? string
        }
    }

    private static func render(groups: [[Term]], excluded: [Term]) -> String {
        let positive = groups.map { group in
            group.count == 1 ? group[0].rendered : "(" + group.map(\.rendered).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        guard !excluded.isEmpty else { return positive }
        let left = groups.count > 1 ? "(\(positive))" : positive
        // One NOT over an OR of the exclusions rather than a chain of NOTs: FTS5 flattens OR but nests
        // each NOT, and SQLite 3.44+ rejects trees deeper than 256 ("fts5 expression tree is too large").
        let right = excluded.count == 1
            ? excluded[0].rendered
            : "(" + excluded.map(\.rendered).joined(separator: " OR ") + ")"
        return "\(left) NOT \(right)"
    }

    private static func uniqueTerms(_ groups: [[Term]]) -> [String] {
        var seen = Set<String>()
        return groups.joined().map(\.text).filter { seen.insert($0).inserted }
    }

    // MARK: - Lexing

    private struct Token {
        var text: String
        var quoted = false
        var negated = false
        var column: String?
        var prefix = false

        var isKeyword: Bool {
            !quoted && !negated && column == nil && !prefix && (text == "AND" || text == "OR" || text == "NOT")
        }

        var term: Term { Term(text: text, prefix: prefix, column: column) }
    }

    /// Splits the query into words and quoted phrases, peeling off `-`, `title:`/`body:` and a trailing `*`.
    private static func lex(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            if isSeparator(scalars[index]) {
                index += 1
                continue
            }
            var token = Token(text: "")
            var cursor = index
            if scalars[cursor] == "-", cursor + 1 < scalars.count, !isSeparator(scalars[cursor + 1]) {
                token.negated = true
                cursor += 1
            }
            if let column = columnPrefix(scalars, at: cursor) {
                token.column = column
                cursor += column.unicodeScalars.count + 1
            }
            if scalars[cursor] == "\"", let close = scalars[(cursor + 1)...].firstIndex(of: "\"") {
                // Separators inside a phrase collapse to one space; a control character (NUL above all)
                // would otherwise cut the FTS5 string short and leave it unterminated.
                token.text = words(scalars[(cursor + 1)..<close]).joined(separator: " ")
                token.quoted = true
                index = close + 1
                if index < scalars.count, scalars[index] == "*" {
                    token.prefix = true
                    index += 1
                }
            } else {
                // An unbalanced quote is just a character of the word it sits in.
                var end = cursor
                while end < scalars.count, !isSeparator(scalars[end]) { end += 1 }
                var last = end
                while last > cursor, scalars[last - 1] == "*" { last -= 1 }
                token.prefix = last < end
                token.text = string(scalars[cursor..<last])
                index = end
            }
            tokens.append(token)
        }
        return tokens
    }

    /// `title:` or `body:` (any case) directly followed by something; other `xxx:` stay literal.
    private static func columnPrefix(_ scalars: [Unicode.Scalar], at start: Int) -> String? {
        for column in ["title", "body"] {
            let name = Array(column.unicodeScalars)
            let colon = start + name.count
            guard colon + 1 < scalars.count, scalars[colon] == ":", !isSeparator(scalars[colon + 1]) else { continue }
            if zip(scalars[start..<colon], name).allSatisfy({ String($0.0).lowercased() == String($0.1) }) {
                return column
            }
        }
        return nil
    }

    private static func words(_ scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        scalars.split(whereSeparator: isSeparator).map(string)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// FTS5 would find no token in a term without a letter or digit (`(`, `*`, `--`), so it adds nothing.
    private static func hasLetterOrDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                true
            default:
                false
            }
        }
    }
}
