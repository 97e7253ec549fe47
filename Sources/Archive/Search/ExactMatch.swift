import CSQLite

/// `archive search --exact`: the words as written, with no stemming and no folding but for case.
///
/// The index stems (`porter`) and folds diacritics, so every article that holds a word as written is
/// among the index's matches for it: FTS5 finds those, and `archive_exact(title, body)`, a function
/// of the searching connection alone, keeps the ones holding each group's words as written and none
/// of the excluded ones. A word is a run of letters, digits and combining marks; a currency symbol
/// or `%` is a word of its own, so `£600m` is not `$600m`.
public struct ExactMatch: Sendable, Equatable {
    /// Words one after the other; with `prefix`, the last only has to start with its word.
    public struct Phrase: Sendable, Equatable {
        let words: [Substring]
        let prefix: Bool

        init(_ text: String, prefix: Bool) {
            words = ExactMatch.words(of: text)
            self.prefix = prefix
        }

        func occurs(in tokens: [Substring]) -> Bool {
            guard !words.isEmpty, tokens.count >= words.count else { return false }
            let last = words.count - 1
            for start in 0...(tokens.count - words.count) {
                let matched = (0...last).allSatisfy { offset in
                    let token = tokens[start + offset]
                    return prefix && offset == last ? token.hasPrefix(words[offset]) : token == words[offset]
                }
                if matched { return true }
            }
            return false
        }
    }

    /// Each group is an OR of phrases; every group must occur, and no excluded phrase.
    let groups: [[Phrase]]
    let excluded: [Phrase]

    /// Whether `texts` (title and body) hold the query as written.
    public func matches(_ texts: [String]) -> Bool {
        let tokens = texts.map { Self.words(of: $0) }
        func occurs(_ phrase: Phrase) -> Bool { tokens.contains { phrase.occurs(in: $0) } }
        return groups.allSatisfy { $0.contains(where: occurs) } && !excluded.contains(where: occurs)
    }

    /// The words of `text`, lowercased: runs of letters, digits and marks, and each currency sign or `%`.
    static func words(of text: String) -> [Substring] {
        let lowered = text.lowercased()
        var words: [Substring] = []
        var start: String.Index?
        var index = lowered.unicodeScalars.startIndex
        let scalars = lowered.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if SearchForms.isWordScalar(scalar) {
                if start == nil { start = index }
            } else {
                if let begun = start { words.append(Substring(scalars[begun..<index])) }
                start = nil
                if scalar == "%" || scalar.properties.generalCategory == .currencySymbol {
                    words.append(Substring(scalars[index..<next]))
                }
            }
            index = next
        }
        if let begun = start { words.append(Substring(scalars[begun...])) }
        return words
    }

    /// Defines `archive_exact(title, body)` on `connection` for this query (replacing any earlier one).
    func define(on connection: Connection) {
        final class Box {
            let match: ExactMatch
            init(_ match: ExactMatch) { self.match = match }
        }
        let box = Unmanaged.passRetained(Box(self)).toOpaque()
        sqlite3_create_function_v2(connection.handle, "archive_exact", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, box, { context, count, values in
            guard let context, let values else { return }
            let box = Unmanaged<Box>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
            let texts = (0..<Int(count)).map { index -> String in
                guard let value = values[index], let text = sqlite3_value_text(value) else { return "" }
                return String(cString: text)
            }
            sqlite3_result_int(context, box.match.matches(texts) ? 1 : 0)
        }, nil, nil, { box in
            if let box { Unmanaged<Box>.fromOpaque(box).release() }
        })
    }
}
