/// Who took a place: ACLED codes territory that government forces or their allies take as regained,
/// whatever the verb (`the army took control of the port`), and territory rebels,
/// militants or militias take as overtaken.
extension EventCoder {
    /// The words before a taking of territory, back to the start of its clause, name state forces
    /// (`the army`, `government troops`, `security forces`) and no armed group.
    static func takenByState(_ hit: TriggerHit, _ tokens: [EventToken]) -> Bool {
        var state = false
        var k = hit.first - 1
        while k >= 0, hit.first - k <= 12 {
            let word = tokens[k].lower
            // `militants, who had fled the army, seized …`: a clause's own subject only.
            if !tokens[k].isWord, word == "," || word == ";" || word == ":" { break }
            if nonStateWords.contains(word) { return false }
            if stateWords.contains(word) { state = true }
            k -= 1
        }
        return state
    }

    private static let stateWords: Set<String> = [
        "army", "troops", "soldiers", "government", "regime", "military", "gendarmes", "gendarmerie", "security",
        "loyalist", "loyalists", "pro-government", "government-backed",
    ]

    private static let nonStateWords: Set<String> = [
        "rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "jihadists", "jihadist", "terrorists",
        "terrorist", "gunmen", "opposition", "guerrillas", "guerrilla", "militia", "militias", "militiamen",
        "separatists", "separatist", "anti-government", "rebel-held", "extremists",
    ]
}
