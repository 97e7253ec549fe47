/// Who struck and what it cost, as the gate weighs them beside the trigger: an armed band as the
/// subject of the strongest word of violence (`bandits raided`, `rival clans fight`), and a count
/// of the dead or hurt in the clause of a word of violence (`fighting leaves four dead`), which a
/// sum (`the toll rose to 40`, `more than 5,000 have died since`) or a history is not.
extension EventFeatures {
    /// The keys of `list` features these add (no word list of `event-triggers.txt` is named so).
    static let armedSubjectKey = "armed-subject"
    static let deadCountedKey = "dead-counted"

    /// People who fight with arms, not forces of order, whose strikes may be a labour dispute's.
    static let armedBands: Set<String> = [
        "bandits", "raiders", "rustlers", "gunmen", "attackers", "assailants", "militants", "militiamen", "militia", "militias",
        "rebels", "insurgents", "fighters", "jihadists", "terrorists", "gang", "gangs", "gangsters", "thugs", "goons",
        "clan", "clans", "clansmen", "tribesmen", "vigilantes", "troops", "soldiers", "army", "warriors", "herdsmen",
    ]

    /// An armed band among the five words before the trigger, within its clause (`armed men` too).
    static func armedSubject(_ t: [EventToken], before first: Int) -> Bool {
        var k = first - 1, n = 0
        while k >= 0, n < 5 {
            let token = t[k]
            if !token.isWord { if Self.clauseEnds.contains(token.lower) { return false }; k -= 1; continue }
            if !token.isCapitalised || k == 0 {
                if armedBands.contains(token.lower) { return true }
                if token.lower == "men", k > 0, t[k - 1].lower == "armed" { return true }
            }
            k -= 1; n += 1
        }
        return false
    }

    static let clauseEnds: Set<String> = [",", ";", ":", ".", "(", ")", "-", "—", "–"]
    private static let harmWords: Set<String> = ["dead", "killed", "died", "die", "dies", "injured", "wounded", "hurt", "bodies"]
    private static let smallNumbers: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "dozens", "scores",
    ]
    /// Words that make a count a sum of many acts or of a long time.
    private static let sumWords: Set<String> = ["total", "toll", "tally", "since", "altogether", "overall", "cumulative", "far"]

    /// A count of fewer than a thousand among the three words before a word of the dead or hurt.
    static func countsDead(_ t: [EventToken]) -> Bool {
        var counted = false
        for i in t.indices where harmWords.contains(t[i].lower) {
            for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
                let word = t[k]
                if word.isNumber, word.lower.utf8.count <= 3, k == 0 || t[k - 1].lower != "," { counted = true; break }
                if smallNumbers.contains(word.lower) { counted = true; break }
                if !word.isWord { break }
            }
            if counted { break }
        }
        return counted && !t.contains { sumWords.contains($0.lower) }
    }
}
