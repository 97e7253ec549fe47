/// Who tells a report is no party to it: `…, police said.`, `…, said an airport official.` The
/// verb of saying stands after the clause it reports, behind a comma, with nothing after it but its
/// speaker, the day or the place. Such a sentence tells what a source knows (hostages let go, a plane
/// landed, troops sent), and its other words found no event; the source's word is no statement of a
/// party on its conflict, which is all ACLED codes of statements. A quotation (`"We will not
/// withdraw," the army said.`) is the speaker's own word and stays.
extension EventJudge {
    /// Whether the verb of saying at `verb` only attributes the clause before it.
    static func attributesReport(_ t: [EventToken], _ verb: Int) -> Bool {
        guard verb < t.count, let comma = t[..<verb].lastIndex(where: { $0.lower == "," }),
              comma >= minClause, verb - comma <= maxSpeaker + 1 else { return false }
        // The speaker: words only, no clause of its own (`…, and the army said that …`).
        guard t[(comma + 1)..<verb].allSatisfy({ $0.isWord && !joins.contains($0.lower) }) else { return false }
        return closesSentence(t, after: verb) && !t[..<comma].contains { !$0.isWord && isQuote($0.lower) }
    }

    /// Straight or curly double quotes, compared without hashing: every word before the comma is looked at.
    private static func isQuote(_ w: String) -> Bool {
        w == "\"" || w == "\u{201C}" || w == "\u{201D}"
    }

    /// After the verb, at most a few words (`in a speech on Thursday`, `an airport official`) and
    /// the sentence's end: no clause it introduces (`said that …`, `said, adding …`).
    private static func closesSentence(_ t: [EventToken], after verb: Int) -> Bool {
        var words = 0
        for token in t[(verb + 1)...] {
            if token.isWord {
                if joins.contains(token.lower) || clauseStarts.contains(token.lower) { return false }
                words += 1
                if words > maxTail { return false }
            } else if token.lower != "." && !isQuote(token.lower) {
                return false
            }
        }
        return true
    }

    /// Words the reported clause needs before its comma, and most a speaker or a tail holds.
    private static let minClause = 6, maxSpeaker = 10, maxTail = 8
    private static let joins: Set<String> = ["that", "and", "but", "adding", "saying", "while", "as", "if", "because"]
    /// `said it would leave`, `told reporters he was safe`: a clause of the speaker's own after the verb.
    private static let clauseStarts: Set<String> = ["it", "they", "we", "he", "she", "i", "would", "will", "was", "is", "were", "are", "had", "has"]
}
