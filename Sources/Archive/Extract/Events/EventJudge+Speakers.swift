/// Who speaks and what a vote is yet to decide: the statements of envoys, international bodies,
/// rights groups, lawyers and families are no party's word on a conflict, and a vote to come or
/// one that only keeps a government is no law.
extension EventJudge {
    /// `Russia's envoy said`, `the UN said`, `Foreign Minister X told`, `rights groups said`, `his
    /// lawyer told`: people who speak of a conflict or a case without a part in its fighting. Titles
    /// count capitalised (`Ambassador`); `foreign` and `rights` only as a diplomat's or a group's.
    static func namesEnvoy(_ t: [EventToken]) -> Bool {
        for i in t.indices where t[i].marks.contains(.envoy) {
            switch t[i].lower {
            case "foreign":
                if i + 1 < t.count, ["minister", "ministers", "ministry", "office", "secretary", "affairs"].contains(t[i + 1].lower) { return true }
            case "permanent":
                if i + 1 < t.count, t[i + 1].lower == "representative" { return true }
            case "former":
                // `former Vice Adm. X`, `a former defence minister`: out of office, no party's voice.
                if t[(i + 1)..<min(t.count, i + 3)].contains(where: { Self.offices.contains($0.lower) }) { return true }
            case "rights":
                if i + 1 < t.count, ["group", "groups", "organisation", "organization", "organisations", "organizations", "watchdog",
                                     "activist", "activists", "campaigners", "monitor", "body", "bodies"].contains(t[i + 1].lower) { return true }
            default:
                return true
            }
        }
        return false
    }

    /// `the police commissioner said`, `The police department said it was investigating the
    /// incident`: police who speak of a case, where no other word of armed forces, groups or
    /// violence is in the sentence, speak for the law, not as a party to a conflict. The dead and
    /// hurt they count (`16 people were killed when a bus fell`) name no one who fought.
    func speaksAsPoliceAlone(_ sentence: EventSentence) -> Bool {
        let bits = lexicon.rules.military | lexicon.rules.conflict | lexicon.rules.armedParties
        var police = false
        for token in sentence.tokens where token.lists & bits != 0 && !Self.harmWords.contains(token.lower) {
            guard Self.policeWords.contains(token.lower) else { return false }
            police = true
        }
        return police
    }

    private static let policeWords: Set<String> = ["police", "policemen", "policeman", "officer", "officers"]
    private static let harmWords: Set<String> = [
        "killed", "dead", "died", "injured", "injuries", "wounded", "casualties", "killing", "injuring", "wounding",
    ]

    /// `the upcoming Senate vote`, `is scheduled to vote`, `if approved by Congress`, `up for a vote`,
    /// `survived a no-confidence vote`: a vote still to come, or one on a government's life, passes
    /// no law. Looked for among the few words before the trigger, within its clause.
    static func votesAhead(_ t: [EventToken], _ first: Int) -> Bool {
        guard first < t.count else { return false }
        if first > 0, t[first - 1].lower == "to" { return true }
        var k = first - 1, n = 0
        while k >= 0, n < 4, t[k].isWord {
            let w = t[k].lower
            // `In May parliament passed`: the month, not the modal.
            if Self.aheadWords.contains(w), !(w == "may" && t[k].isCapitalised) { return true }
            if w == "for", k > 0, t[k - 1].lower == "up" { return true }
            k -= 1; n += 1
        }
        return false
    }

    private static let offices: Set<String> = [
        "official", "officials", "minister", "president", "prime", "vice", "deputy", "ambassador", "envoy", "diplomat", "adviser",
        "advisor", "general", "gen.", "commander", "chief", "head", "director", "secretary", "senator", "lawmaker", "congressman",
        "officer", "spokesman", "spokeswoman", "premier", "intelligence",
    ]

    private static let aheadWords: Set<String> = [
        "will", "would", "could", "may", "might", "shall", "upcoming", "scheduled", "planned", "expected", "if", "unless",
        "no-confidence", "confidence", "draft",
    ]
}
