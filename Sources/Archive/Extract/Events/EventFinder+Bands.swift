/// Words of fighting said of anyone (`strike a deal`, `fight inflation`, `the fight against crime`)
/// report violence when an armed band does them: `bandits strike a village`, `rival clans fight over
/// a well`, `armed men descended on the market` (the `armed` flag of `event-triggers.txt`).
extension EventFinder {
    /// People who fight with arms. Not forces of order, whose strikes may be a labour dispute's.
    static let armedBands: Set<String> = [
        "bandits", "raiders", "rustlers", "gunmen", "attackers", "assailants", "militants", "militiamen", "militia", "militias",
        "rebels", "insurgents", "fighters", "jihadists", "terrorists", "gang", "gangs", "gangsters", "thugs", "goons",
        "clan", "clans", "clansmen", "tribesmen", "vigilantes", "troops", "soldiers", "army", "warriors", "herdsmen",
    ]

    /// The trigger is a verb (no article or possessive before it: `the fight`, `their strike`) and an
    /// armed band is among the five words before it, within its clause (`armed men` too).
    static func actsAsArmedBand(_ t: [EventToken], before first: Int) -> Bool {
        if first > 0, nounMarkers.contains(t[first - 1].lower) { return false }
        var k = first - 1, n = 0
        while k >= 0, n < 5 {
            let token = t[k]
            if !token.isWord {
                if clauseEnds.contains(token.lower) { return false }
                k -= 1
                continue
            }
            if !token.isCapitalised || k == 0 {
                if armedBands.contains(token.lower) { return true }
                if token.lower == "men", k > 0, t[k - 1].lower == "armed" { return true }
            }
            k -= 1; n += 1
        }
        return false
    }

    private static let clauseEnds: Set<String> = [",", ";", ":", ".", "(", ")", "-", "—", "–", "\"", "?"]
    private static let nounMarkers: Set<String> = ["the", "a", "an", "this", "that", "their", "its", "his", "her", "our", "whose"]
}
