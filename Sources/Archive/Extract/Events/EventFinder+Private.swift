/// Violence that is crime or punishment rather than political violence: a lone criminal's act
/// (`the killer stabbed a woman`), a blow within a household (`he shot his wife`), and a sentence
/// carried out by the state (`executed a man convicted of murder`). ACLED counts none of them;
/// organised armed actors, a mob, and killings by forces outside the law (`summarily executed`) stay.
extension EventFinder {
    /// Whether a violent trigger tells a private person's crime or a court's punishment.
    func tellsPrivateCrime(_ t: [EventToken], _ hit: TriggerHit, _ sentence: EventSentence) -> Bool {
        if isJudicialExecution(t, hit) { return true }
        // An armed group or a crowd acting makes it the codebook's, whoever the victim is.
        guard !sentence.hasLowercase(lexicon.rules.armedParties | lexicon.rules.crowds) else { return false }
        return actsAsLoneCriminal(t, hit.first) || strikesHousehold(t, hit.last)
    }

    /// `the killer raped and stabbed a woman`, `a serial killer who has claimed his seventh victim`:
    /// a lone criminal named as who acts, among the four words before the act.
    private func actsAsLoneCriminal(_ t: [EventToken], _ first: Int) -> Bool {
        t[max(0, first - 4)..<first].contains { Self.loneCriminals.contains($0.lower) }
    }

    private static let loneCriminals: Set<String> = [
        "killer", "murderer", "rapist", "strangler", "stalker", "psychopath", "maniac",
    ]

    /// `he killed his wife`, `shot her husband dead`: the one struck is of the household of who struck.
    private func strikesHousehold(_ t: [EventToken], _ last: Int) -> Bool {
        guard last + 2 < t.count, ["his", "her"].contains(t[last + 1].lower) else { return false }
        return Self.household.contains(t[last + 2].lower)
    }

    private static let household: Set<String> = [
        "wife", "husband", "girlfriend", "boyfriend", "ex-wife", "ex-husband", "ex-girlfriend", "partner", "fiancee",
        "fiance", "mother", "father", "stepfather", "stepmother", "parents", "children", "son", "daughter", "stepson",
        "stepdaughter", "baby", "family", "in-laws", "mother-in-law", "father-in-law",
    ]

    /// `the state executed a man convicted of drug trafficking`, `executed after a court sentenced
    /// him`: an execution the sentence ties to a trial is punishment; `summarily executed`, a court
    /// held by militants, `executed by the rebels` is an attack.
    private func isJudicialExecution(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard t[hit.first].lower.hasPrefix("execut") else { return false }
        if t.contains(where: { Self.outsideTheLaw.contains($0.lower) }) { return false }
        return t.contains { Self.trialWords.contains($0.lower) }
    }

    private static let trialWords: Set<String> = [
        "convicted", "sentenced", "court", "courts", "guilty", "verdict", "tribunal", "trial", "condemned", "death-row",
        "penalty",
    ]

    private static let outsideTheLaw: Set<String> = [
        "summarily", "extrajudicially", "extra-judicially", "extrajudicial", "militants", "rebels", "insurgents",
        "jihadists", "gunmen", "militia", "militiamen", "soldiers", "troops",
    ]
}
