/// Weapons bought, made, held or sent rather than used; agreement among those who only study a
/// conflict; statements whose speaker is a party to it.
extension EventJudge {
    /// `Seoul has procured cruise missiles`, `orders for rocket-propelled grenades had increased`, `the
    /// air force deploying Chinese unmanned attack drones`, `advised the group how to develop its own
    /// missiles`: a weapon named with a word of trade, making or holding, and no word of its use or of
    /// harm in the sentence, is hardware, not an attack. `attack` right before the weapon names its kind.
    func namesAcquiredWeapon(_ draft: EventDraft, _ sentence: EventSentence) -> Bool {
        let t = sentence.tokens
        let weapon = t[draft.first...draft.last].contains { token in
            Self.hardware.contains { token.lower.hasPrefix($0) } || token.lower.hasPrefix("drone")
        }
        guard weapon, !sentence.has(lexicon.rules.lethal) else { return false }
        return !t.indices.contains { i in
            Self.useWords.contains(t[i].lower) && !(t[i].lower == "attack" && i + 1 < t.count && Self.isWeaponWord(t[i + 1].lower))
        }
    }

    private static func isWeaponWord(_ w: String) -> Bool {
        hardware.contains { w.hasPrefix($0) } || w.hasPrefix("drone")
    }

    /// `analysts agreed that …`, `Experts agree`: those who study a conflict agree on a view, not a deal.
    func agreedAsOnlooker(_ draft: EventDraft, _ sentence: EventSentence) -> Bool {
        guard sentence.marks.contains(.onlooker) else { return false }
        let t = sentence.tokens
        return t[max(0, draft.first - 3)..<draft.first].contains { $0.marks.contains(.onlooker) }
    }

    /// `the army said`, `a military spokesman told reporters`, `said the rebels`: a statement whose
    /// speaker is an armed party (a word of armed forces or groups within three words of the verb of
    /// saying) is a party's word on its conflict however bland (the gate learned violence, not statements).
    func speaksAsParty(_ sentence: EventSentence) -> Bool {
        let t = sentence.tokens
        for i in t.indices where ArticleEvents.reportingWords.contains(t[i].lower) {
            if t[max(0, i - 3)..<min(t.count, i + 4)].contains(where: { Self.armedSpeakers.contains($0.lower) }) { return true }
        }
        return false
    }

    /// Armed forces and groups, not protesters, activists or the opposition (who are parties to no war).
    private static let armedSpeakers: Set<String> = [
        "military", "army", "troops", "rebels", "rebel", "militants", "militant", "militia", "militias", "insurgents", "fighters",
        "commander", "commanders", "jihadists",
    ]
}
