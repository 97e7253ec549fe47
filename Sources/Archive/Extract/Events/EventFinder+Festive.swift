extension EventFinder {
    /// A crowd's protest named without a word of protest (`took to the streets`, `thronged the
    /// streets`, `marched`), which the people of a festival do as well.
    static func isCrowdProtest(_ hit: TriggerHit) -> Bool {
        guard case let .subType(sub) = hit.trigger.meaning else { return false }
        return sub.eventType == .protests && hit.trigger.rank <= 4
    }

    /// `revellers in costumes took to the streets`, `crowds thronged the streets for the carnival`: a
    /// sentence that names a festival, and no word of protest, tells a crowd having a good time.
    /// Protest words (`protesters`, `rally`) keep what they say; a party's supporters who take to the
    /// streets to celebrate their leader are ACLED's peaceful protest, so `celebrate` is no festival word.
    func isFestive(_ sentence: EventSentence) -> Bool {
        guard !sentence.hasLowercase(lexicon.rules.protestWords) else { return false }
        return sentence.tokens.contains { !$0.isCapitalised && Self.festivities.contains($0.lower) }
    }

    static let festivities: Set<String> = [
        "carnival", "carnivals", "festival", "festivals", "festivities", "revellers", "revelers", "costumes", "costume",
        "concert", "concerts", "fireworks", "christmas",
    ]
}
