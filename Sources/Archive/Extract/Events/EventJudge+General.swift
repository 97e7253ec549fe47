extension EventJudge {
    /// In an article that reads plainly as general news (`ArticleTopic.isPlainlyGeneral`), a sentence
    /// reports an event only with evidence of its own, two of: armed actors named in words
    /// (`soldiers`, `militants`, not `protesters` or `activists`), the dead counted, a named place
    /// and a date. A film's or a game's plot (`rebel fighters ambush the convoy`), a `clash` of
    /// fixtures or a festival's crowds have at most one of them; a report of a real attack that a
    /// general story carries has them all.
    func standsInGeneralNews(_ sentence: EventSentence, _ m: [SentenceMention], _ dates: [DateMention]) -> Bool {
        let armed = Self.namesArmedActors(sentence, lexicon)
        let counted = (EventArguments.fatalities(in: sentence) ?? 0) > 0
        let placed = !dates.isEmpty && m.contains { $0.mention.type == .place }
        return (armed ? 1 : 0) + (counted ? 1 : 0) + (placed ? 1 : 0) >= 2
    }

    /// `soldiers`, `militants` in lowercase: armed actors named in words, not `protesters`, `activists`
    /// or a name (`Army Road`).
    static func namesArmedActors(_ sentence: EventSentence, _ lexicon: EventLexicon) -> Bool {
        let bits = lexicon.rules.armedParties
        // The sentence's lists first: most name no armed party at all.
        guard sentence.has(bits) else { return false }
        return sentence.tokens.contains {
            !$0.isCapitalised && $0.lists & bits != 0 && $0.lists & lexicon.rules.protestWords == 0 && !civic.contains($0.lower)
        }
    }

    /// Words of the armed-parties list that name no one armed: people who speak or vote, and agreements.
    static let civic: Set<String> = ["activists", "opposition", "ceasefire", "cease-fire", "truce", "armistice"]
}
