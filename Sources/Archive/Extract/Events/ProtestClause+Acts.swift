/// Who did the violent act a protest sentence tells: the crowd itself, or someone else to the
/// crowd. ACLED codes a protest that police, troops or a rival group broke up as a protest with
/// intervention, and keeps violent demonstration for a crowd that turned violent.
extension ProtestClause {
    enum Act: Equatable { case byCrowd, byPolice, onCrowd }

    /// `protesters threw stones` (the crowd), `police barricaded the road` (police), `members of the
    /// ruling party's youth wing assaulted the marchers` (someone else, on the crowd). `Clashes` take
    /// two sides; words that need no doer (`violence`, `a violent protest`) are the crowd's unless
    /// police are said to use them.
    func act(at i: Int) -> Act {
        let t = sentence.tokens
        let rules = lexicon.rules
        let crowd = rules.crowds | rules.protestWords
        // `stone-throwing protesters`, `violent demonstrators`: the word describes the crowd after it.
        if i + 1 < t.count, t[i].lists & rules.violentProtest != 0, t[i + 1].lists & crowd != 0 { return .byCrowd }
        // `mob`, `rioters`: the word names the crowd; `clashes` take two sides.
        if t[i].lists & (rules.twoSided | crowd) != 0 { return .byCrowd }
        if let agent = passiveAgent(t, after: i, crowd: crowd) { return agent }
        let doer = self.doer(t, before: i, crowd: crowd)
        if doer == .interveners { return .byPolice }
        guard doer == .someoneElse, !Self.stateWords.contains(t[i].lower) else { return .byCrowd }
        // Someone not of the crowd did it: to the crowd when the protesters are its object (`assaulted the
        // marchers`, `threw stones at the protesting workers`), or people are and the protest is told
        // as what they were doing (`beat two members during their sit-in`). People attacked on their
        // way to a rally, or a crowd's own acts, are not an intervention.
        let object = self.object(t, of: i)
        if object.contains(where: { Self.isProtester($0, rules) }) { return .onCrowd }
        let during = protestFirst > i && t[max(0, protestFirst - 3)..<protestFirst].contains { Self.whileWords.contains($0.lower) }
        return during && object.contains { $0.lists & (crowd | rules.people) != 0 } ? .onCrowd : .byCrowd
    }

    /// The words an act falls on: up to seven after it, ending at a comma, at `during`, at `in protest` or at
    /// `and` that begins another act (`burned tyres and staged a march`); `assaulted and injured the
    /// marchers` is one act.
    private func object(_ t: [EventToken], of i: Int) -> ArraySlice<EventToken> {
        let acts = lexicon.rules.violentProtest | lexicon.rules.lethal
        var end = i + 1
        while end < min(t.count, i + 8), t[end].lower != ",", !Self.settingWords.contains(t[end].lower),
              !(t[end].lower == "in" && end + 1 < t.count && t[end + 1].lower.hasPrefix("protest")) {
            if t[end].lower == "and", end + 1 < t.count, t[end + 1].lists & acts == 0 { break }
            end += 1
        }
        return t[(i + 1)..<end]
    }

    /// `vandalised cars during the rally`: what follows tells when, not what the act fell on.
    private static let settingWords: Set<String> = ["during", "while", "as", "amid"]

    /// `was attacked by demonstrators`, `were beaten by police`: the doer a passive names after `by`.
    private func passiveAgent(_ t: [EventToken], after i: Int, crowd: UInt32) -> Act? {
        guard i + 1 < t.count, t[i + 1].lower == "by" else { return nil }
        for j in (i + 2)..<min(t.count, i + 5) {
            if t[j].lists & lexicon.rules.interveners != 0 && t[j].lists & lexicon.rules.protestWords == 0 { return .byPolice }
            if t[j].lists & crowd != 0 { return .byCrowd }
        }
        return nil
    }

    private static let whileWords: Set<String> = ["during", "while", "at"]

    private static func isProtester(_ t: EventToken, _ rules: EventLexicon.RuleLists) -> Bool {
        t.lists & rules.protestWords != 0 || t.lower.hasPrefix("demonstrat") || t.lower.hasPrefix("protest") || t.lower == "marchers"
    }

    /// Words that tell of violence without a doer: `violent`, `violence`, `rampage`.
    static let stateWords: Set<String> = ["violent", "violence", "rampage", "battles"]

    enum Doer { case crowd, interveners, someoneElse, noOne }

    /// The nearest actor before an act: a word of the crowd, of police or troops, or any other people
    /// (`members`, `staff`); `riot` alone is the crowd's word, `riot police` the police's.
    private func doer(_ t: [EventToken], before i: Int, crowd: UInt32) -> Doer {
        let rules = lexicon.rules
        for j in stride(from: i - 1, through: max(0, i - 12), by: -1) {
            let lists = t[j].lists
            // `protesters of police practices`: police named after `of` or `against` are not the doer.
            let named = j > 0 && ["of", "against"].contains(t[j - 1].lower)
            if lists & rules.interveners != 0 && lists & rules.protestWords == 0 && !named { return .interveners }
            if lists & crowd != 0 {
                // `foiled the protest`, `attacked the marchers`: a crowd named as an act's object did not do
                // the act after it, unless a clause makes it the doer (`the marchers who threw stones`).
                var k = j - 1
                if k > 0, ["the", "their", "a"].contains(t[k].lower) { k -= 1 }
                let object = k >= 0 && t[k].lower.hasSuffix("ed") || k >= 0 && ["on", "at", "against", "upon"].contains(t[k].lower)
                if object && (j + 1 >= t.count || t[j + 1].lower != "who") { continue }
                return .crowd
            }
            if lists & rules.people != 0 { return .someoneElse }
        }
        return .noOne
    }

    /// `dozens of people were injured`: a verb told of the crowd, not a word naming it.
    private static let auxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "got", "had", "have", "has"]

    private static let harmDescriptions: Set<String> = ["killed", "killing", "killings", "dead", "injured", "wounded", "clashes", "violence", "murdered", "murder"]

    /// `relatives of two brothers killed in a feud staged a protest`, `victims of ethnic clashes held a
    /// demonstration`, `the family of a boy who was found dead marched`: harm told before the protest,
    /// in the words naming who protested, is what they protest, not what they did.
    func describesCrowd(_ t: [EventToken], _ i: Int) -> Bool {
        guard i < protestFirst, Self.harmDescriptions.contains(t[i].lower), i > 0 else { return false }
        let before = t[max(0, i - 4)..<i]
        if before.contains(where: { $0.lower == "who" || $0.lower == "whose" }) { return true }
        return before.contains { $0.lower == "of" } && !t[i - 1].isCapitalised && t[i - 1].isWord && !Self.auxiliaries.contains(t[i - 1].lower)
    }
}

extension ProtestClause {
    enum Aftermath { case violent, force, calm }

    /// What a sentence told right after a protest says happened at it, from its words of violence:
    /// the crowd turned violent (`They set tyres alight.`), police or others used force on it
    /// (`Police barricaded the road.`), or nothing did (`No violence was reported.`); nil when it
    /// has no such word.
    static func aftermath(_ sentence: EventSentence, _ hits: [TriggerHit], _ lexicon: EventLexicon) -> Aftermath? {
        let clause = ProtestClause(sentence: sentence, protest: firstProtest(hits), lexicon: lexicon)
        let t = sentence.tokens
        var seen = false, force = false
        for i in t.indices where t[i].lists & lexicon.rules.violentProtest != 0 && !t[i].isCapitalised {
            seen = true
            if clause.isNegated(t, i) || clause.isSymbolic(t, i) || clause.isAttribute(t, i) { continue }
            if clause.act(at: i) == .byCrowd { return .violent }
            force = true
        }
        return force ? .force : seen ? .calm : nil
    }
}
