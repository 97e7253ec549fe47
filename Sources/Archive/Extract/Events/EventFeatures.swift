/// The kinds of evidence the event model weighs; each is a table of its own in the weights file.
enum EventFeatureFamily: Int, CaseIterable, Sendable {
    /// `firstWord`: a sentence's capitalised first word, looked up as a word; the trainer keeps
    /// it only where the word is also seen in lowercase, so that no name is learned.
    /// `window`: the lowercase words within `EventFeatures.window` tokens of the strongest trigger, what
    /// is done with what and to whom, without the rest of the sentence's style.
    case bias, word, firstWord, left, right, list, trigger, entity, article, window

    var name: String { ["bias", "w", "w0", "l", "r", "list", "t", "ent", "art", "win"][rawValue] }
}

/// What the article around a sentence is about, from the word lists its sentences touch: a
/// football report or a results statement makes `attack` and `shells` figurative.
struct ArticleTopic: Sendable {
    let flags: [String]
    /// At least a fifth of its sentences speak of armed forces, violence or protest.
    var isAboutConflict = false
    /// A fifth of its sentences speak of armed forces or violence in words, not in names (`the Soviet
    /// Army` in a story about a parade) and not of protest alone: where a statement may be a party's
    /// about its conflict.
    var isAboutArmedConflict = false
    /// About a conflict, or too short to be about anything else (a note, a snippet).
    var mayReportConflict: Bool { isAboutConflict || !isLong }
    /// Four sentences or more: enough for the article to have a topic of its own.
    var isLong = false
    /// The rules and the model read English; a page in German or Polish (or a list of random words
    /// from a spam page) gives them `Protest` and `attack` with none of the words around that tell
    /// a report from anything else. False only where enough words were seen to tell.
    var isEnglish = true
    /// The lead tells an accident or a disaster (`An overnight crash … resulted in the death of …`):
    /// a death the story tells later without its cause is the accident's.
    var leadTellsAccident = false
    /// Eight sentences or more: a story that has room for background, what it recalls and what
    /// is rather than what happened; a coder's note of a few sentences tells only its event.
    var isStory = false
    /// A story with no word of armed forces, political violence or protest: its shootings and
    /// blows are crime or quarrels, its fires accidents (`ArticleEvents.ofTheStory`).
    var isApolitical = false
    /// A story whose lead tells a death at an old age: an obituary looks back on a life.
    var isLifeStory = false
    /// The article-topic score of its first words (`generalScore(_:lexicon:)`): above 0 it reads more
    /// as sport, business, technology or culture than as news that may report a conflict.
    var generalScore: Float = 0

    /// Whether the first 150 lowercase words read as English: English prose has a fifth or more of
    /// its words in the lexicon's `english` list, other languages almost none (it leaves out `in`,
    /// `an`, `was`, `will`, `a`, `die`, `on`, which are German, French or Spanish words too). Short
    /// texts (a note, a headline) are taken as English, as there are too few words to tell.
    static func readsAsEnglish(_ sentences: [EventSentence], english bit: UInt32) -> Bool {
        var seen = 0, english = 0
        for sentence in sentences {
            let tokens = sentence.tokens
            for i in tokens.indices where tokens[i].isWord && !tokens[i].isCapitalised {
                seen += 1
                if tokens[i].lists & bit != 0 { english += 1 }
                if seen >= 150 { return english * 20 >= seen }
            }
        }
        return seen < 40 || english * 20 >= seen
    }

    static let neutral = ArticleTopic(flags: [])

    init(flags: [String]) { self.flags = flags }

    init(_ sentences: [EventSentence], lexicon: EventLexicon) {
        // A note of a few sentences has no topic of its own: one word of prices in a protest's
        // sentence is not a business story.
        let conflict = sentences.lazy.filter { $0.has(lexicon.rules.military | lexicon.rules.conflict | lexicon.rules.protestWords | lexicon.rules.armedParties) }.count
        defer {
            isAboutConflict = conflict * 5 >= sentences.count; isLong = sentences.count >= 4
            // A note or a snippet of a few sentences is read as it is.
            let armed = lexicon.rules.military | lexicon.rules.conflict
            isAboutArmedConflict = isAboutConflict && (!isLong || sentences.lazy.filter { $0.hasLowercase(armed) }.count * 5 >= sentences.count)
            isEnglish = Self.readsAsEnglish(sentences, english: lexicon.rules.english)
            isStory = sentences.count >= 8
            if isLong { generalScore = Self.generalScore(sentences, lexicon: lexicon) }
            if isStory {
                isApolitical = Self.isApolitical(sentences, lexicon: lexicon)
                isLifeStory = Self.isLifeStory(sentences)
            }
            // The lead is the first paragraph's first sentences (a dateline, `MIAMI, FLA.`, may be one).
            // `stormed` is in the disaster list for storms; in a lead it is mostly people storming a place.
            leadTellsAccident = sentences.prefix(3).contains { sentence in
                sentence.paragraph == sentences[0].paragraph && sentence.tokens.contains {
                    !$0.isCapitalised && $0.lists & lexicon.rules.suppress != 0 && !$0.lower.hasPrefix("storm")
                }
            }
        }
        guard sentences.count >= 4 else { self.init(flags: []); return }
        var flags: [String] = []
        let lists: [(String, UInt32)] = [("sport", lexicon.rules.suppressSport), ("business", lexicon.rules.suppressBusiness),
                                         ("disaster", lexicon.rules.suppress), ("crime", lexicon.rules.suppressCrime)]
        for (name, bit) in lists {
            let share = Double(sentences.lazy.filter { $0.hasLowercase(bit) }.count) / Double(sentences.count)
            // Thresholds on the share, not the count: a long report names a sport once in passing.
            if share >= 0.1 { flags.append(name + "1") }
            if share >= 0.25 { flags.append(name + "2") }
        }
        self.init(flags: flags)
    }
}

/// The evidence of one sentence, named as the weights file names it: its words in lowercase
/// (capitalised words are names, which the model must not learn, but for the sentence's first
/// word), the two words either side of its strongest trigger, the word lists it touches, the
/// rules' triggers, the kinds of names it holds, and the article's topic.
enum EventFeatures {
    /// Tokens either side of the strongest trigger that the `window` family reads.
    static let window = 6

    /// `words`, `inWindow`: whether to visit the sentence's words and the trigger's window, which a
    /// model that does not weigh them skips.
    static func visit(_ sentence: EventSentence, hits: [TriggerHit], mentions: [SentenceMention], topic: ArticleTopic,
                      lexicon: EventLexicon, words: Bool = true, inWindow: Bool = true, _ emit: (EventFeatureFamily, String) -> Void) {
        emit(.bias, "")
        let t = sentence.tokens
        for (i, token) in t.enumerated() where words && token.isWord && !token.isNumber {
            if !token.isCapitalised { emit(.word, token.lower) } else if i == 0 { emit(.firstWord, token.lower) }
        }
        if let strongest = hits.filter({ !$0.isReference }).max(by: { $0.trigger.rank < $1.trigger.rank }) {
            var k = strongest.first - 1, n = 0
            while k >= 0, n < 2 { if t[k].isWord, !t[k].isCapitalised { emit(.left, t[k].lower); n += 1 }; k -= 1 }
            k = strongest.last + 1; n = 0
            while k < t.count, n < 2 { if t[k].isWord, !t[k].isCapitalised { emit(.right, t[k].lower); n += 1 }; k += 1 }
            if inWindow {
                for k in max(0, strongest.first - window)..<min(t.count, strongest.last + window + 1)
                where (k < strongest.first || k > strongest.last) && t[k].isWord && !t[k].isCapitalised && !t[k].isNumber {
                    emit(.window, t[k].lower)
                }
            }
        }
        for (name, bit) in lexicon.namedLists where sentence.has(bit) { emit(.list, name) }
        for hit in hits {
            emit(.trigger, hit.isReference ? "ref" : hit.trigger.label)
            if !hit.isReference { emit(.trigger, hit.trigger.meaningLabel) }
        }
        var types: Set<EntityType> = []
        for m in mentions { types.insert(m.mention.type) }
        for type in types { emit(.entity, type.rawValue) }
        if mentions.contains(where: { $0.isLocative }) { emit(.entity, "locative") }
        for flag in topic.flags { emit(.article, flag) }
    }

    /// The features as `family:key` strings, for the training script (`archive-eval events --features`).
    static func names(_ sentence: EventSentence, hits: [TriggerHit], mentions: [SentenceMention], topic: ArticleTopic,
                      lexicon: EventLexicon) -> [String] {
        var out: [String] = []
        visit(sentence, hits: hits, mentions: mentions, topic: topic, lexicon: lexicon) { out.append($0.name + ":" + $1) }
        return out
    }
}
