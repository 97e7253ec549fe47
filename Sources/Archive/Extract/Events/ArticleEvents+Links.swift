/// Pages that link to other stories inside the text (`READ MORE:`, `RELATED:`, `OPINION:`) put the
/// other story's headline before the next sentence, with no stop between: the headline's acts are
/// that story's, told elsewhere, and only what follows it is this story's sentence.
extension ArticleEvents {
    /// The index of the first token after a linked headline, or nil where the sentence opens with no
    /// link's label. The headline ends where a word that opens sentences (`The`, `A`, `Last`, `He`)
    /// follows a word of it; without one, after ten words.
    static func linkedHeadlineEnd(_ t: [EventToken]) -> Int? {
        // The label's colon comes second or third: most sentences are passed over without hashing a word.
        guard t.count > 2, t[1].lower == ":" || t[2].lower == ":", let head = t.first, head.isCapitalised,
              Self.linkLabels.contains(head.lower) else { return nil }
        var colon = 1
        if colon < t.count, t[colon].lower == "more" || t[colon].lower == "story" { colon += 1 }
        guard colon < t.count, t[colon].lower == ":" else { return nil }
        let start = colon + 3, end = min(t.count, colon + 11)
        guard start < end else { return end }
        for k in start..<end where t[k].isCapitalised && t[k - 1].isWord && Self.openers.contains(t[k].lower) { return k }
        return end
    }

    private static let linkLabels: Set<String> = ["read", "related", "opinion", "watch", "inside", "analysis", "more", "see"]

    private static let openers: Set<String> = [
        "the", "a", "an", "in", "on", "at", "last", "earlier", "it", "he", "she", "they", "we", "but", "as", "after", "while",
        "that", "this", "these", "those", "officials", "according", "since", "when", "nearly", "some", "many", "its", "his",
        "her", "their", "police", "local", "finally", "meanwhile", "there", "however",
    ]
}
