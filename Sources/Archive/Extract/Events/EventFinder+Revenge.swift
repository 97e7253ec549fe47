/// A crowd's revenge for an accident: `residents set fire to the bus after its driver hit a boy
/// in a crash`. The accident is only the cause, told after the act; the act is mob violence or a
/// riot, which the words of disaster otherwise drop as the accident's.
extension EventFinder {
    /// Whether a crowd acts at the trigger and the sentence's only words of disaster come after a
    /// word that gives the act's cause.
    func avengesAccident(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        // `people were injured after the volcano erupted`: harm suffered, not an act of the crowd.
        guard hit.trigger.rank >= 2, !t[max(0, hit.first - 3)..<hit.first].contains(where: { Self.passiveWords.contains($0.lower) }),
              actsAsCrowd(t, hit.first), !t[..<hit.first].contains(where: isDisasterWord),
              let cause = t[(hit.last + 1)...].firstIndex(where: { Self.causeWords.contains($0.lower) }) else { return false }
        return t[(cause + 1)...].contains(where: isDisasterWord)
    }

    private static let passiveWords: Set<String> = ["was", "were", "is", "are", "been", "being", "got", "get"]

    private static let causeWords: Set<String> = ["after", "following", "over", "because", "that", "who", "when"]

    private func isDisasterWord(_ token: EventToken) -> Bool {
        !token.isCapitalised && token.lists & lexicon.rules.suppress != 0
    }
}
