extension ArticleTopic {
    /// The score above which an article is plainly general news: a probability of 0.9 that it is
    /// sport, business, technology or culture (ln 9).
    static let plainlyGeneral: Float = 2.1972

    /// A story (eight sentences or more) whose words read plainly as general news (`generalScore`): a
    /// film's review, a match report, a firm's results, a gadget. What such an article says of attacks,
    /// clashes or protests is figurative, told in passing or someone's story, unless the sentence itself
    /// carries the evidence (`EventJudge.standsInGeneralNews`). A coder's note of four or five sentences
    /// (a date line and three sentences of a riot) has too few words to tell a topic.
    var isPlainlyGeneral: Bool { isStory && generalScore >= Self.plainlyGeneral }

    /// Words read of an article for its topic: its lead and what follows say what it is about, and
    /// the cost stays bounded on long texts.
    static let topicWords = 400

    /// The article-topic score (scripts/train-article-topic.py): the bias plus the mean weight of the
    /// first `topicWords` lowercase words, in percent, as the trainer reads them. Capitalised words are
    /// names, which the model does not learn.
    static func generalScore(_ sentences: [EventSentence], lexicon: EventLexicon) -> Float {
        var sum: Float = 0
        var seen = 0
        for sentence in sentences {
            for token in sentence.tokens where token.isWord && !token.isCapitalised {
                guard let c = token.lower.utf8.first, c >= 0x61, c <= 0x7A else { continue }
                sum += lexicon.topicWeight(token)
                seen += 1
                if seen >= topicWords { return lexicon.topicBias + sum * 100 / Float(seen) }
            }
        }
        return seen == 0 ? lexicon.topicBias : lexicon.topicBias + sum * 100 / Float(seen)
    }
}
