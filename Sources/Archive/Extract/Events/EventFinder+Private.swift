/// Violence that is crime rather than political violence: a lone criminal's act (`the killer
/// stabbed a woman`) and a blow within a household (`he shot his wife`). ACLED counts neither;
/// organised armed actors and a mob stay, and so does a criminal who is struck (`a suspected
/// rapist was beaten`), which is mob violence or an attack.
extension EventFinder {
    /// Whether a violent trigger tells a private person's crime.
    func tellsPrivateCrime(_ t: [EventToken], _ hit: TriggerHit, _ sentence: EventSentence) -> Bool {
        if namesCrimeSetting(t, hit.first) { return true }
        // An armed group or a crowd acting makes it the codebook's, whoever the victim is.
        guard !sentence.hasLowercase(lexicon.rules.armedParties | lexicon.rules.crowds) else { return false }
        return actsAsLoneCriminal(t, hit.first) || strikesHousehold(t, hit)
    }

    /// `the killer robbed and beat a woman`, `a killer who struck again`:
    /// a lone criminal named as who acts, among the four words before the act.
    private func actsAsLoneCriminal(_ t: [EventToken], _ first: Int) -> Bool {
        guard let k = t[max(0, first - 4)..<first].lastIndex(where: { Self.loneCriminals.contains($0.lower) }) else { return false }
        // `a suspected rapist was lynched`, `the killer is beaten`: the criminal is the one struck.
        return !t[(k + 1)..<first].contains { Self.passiveWords.contains($0.lower) }
    }

    /// `a double Mafia killing`, `a gangland shooting`, `a contract killing`: the act named by the
    /// organised crime it belongs to, right before it, is crime whoever is in the sentence (police
    /// who arrest for it are no party to a conflict).
    private func namesCrimeSetting(_ t: [EventToken], _ first: Int) -> Bool {
        first > 0 && Self.isCrimeSetting(t[first - 1].lower)
    }

    /// `police arrest five over a Mafia killing`: a sentence that names organised crime by name
    /// tells of crime, so its arrests are the law's work (`contract` is a word of its own alone).
    static func namesOrganisedCrime(_ t: [EventToken]) -> Bool {
        t.contains { $0.lower != "contract" && isCrimeSetting($0.lower) }
    }

    /// A first byte, then a length, then plain comparison: no hashing for the many words that are none.
    private static func isCrimeSetting(_ word: String) -> Bool {
        guard let c = word.utf8.first, crimeSettingFirsts.contains(c), crimeSettingLengths.contains(word.utf8.count) else { return false }
        return crimeSettings.contains(word)
    }

    private static let crimeSettings: [String] = [
        "mafia", "mafia-style", "gangland", "underworld", "mob-style", "camorra", "ndrangheta", "'ndrangheta", "yakuza", "contract",
    ]
    private static let crimeSettingFirsts: Set<UInt8> = Set(crimeSettings.compactMap { $0.utf8.first })
    private static let crimeSettingLengths: Set<Int> = Set(crimeSettings.map { $0.utf8.count })

    private static let passiveWords: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "got", "gets"]

    private static let loneCriminals: Set<String> = [
        "killer", "murderer", "rapist", "strangler", "stalker", "psychopath", "maniac",
    ]

    /// `he killed his wife`, `a farmer shot his wife`: the one struck is of the household of one
    /// person who struck, named among the three words before the act (`rebels killed his wife` is left).
    private func strikesHousehold(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let last = hit.last
        guard last + 2 < t.count, ["his", "her"].contains(t[last + 1].lower), Self.household.contains(t[last + 2].lower) else { return false }
        return t[max(0, hit.first - 3)..<hit.first].contains { Self.onePerson.contains($0.lower) }
    }

    private static let onePerson: Set<String> = [
        "he", "she", "man", "woman", "husband", "wife", "father", "mother", "son", "daughter", "farmer", "teacher", "driver",
        "pensioner", "teenager", "boy", "girl", "neighbour", "neighbor", "brother", "sister",
    ]

    private static let household: Set<String> = [
        "wife", "husband", "girlfriend", "boyfriend", "ex-wife", "ex-husband", "ex-girlfriend", "partner", "fiancee",
        "fiance", "mother", "father", "stepfather", "stepmother", "parents", "children", "son", "daughter", "stepson",
        "stepdaughter", "baby", "family", "in-laws", "mother-in-law", "father-in-law",
    ]
}
