/// Plain reports that name violence by what it did rather than by a word of war: a verb of blows
/// and its end (`villagers burnt a suspected thief to death`: the `blow` flag of `event-triggers.txt`),
/// what a fight cost (`clan fighting leaves four dead`: the `toll` flag), and force used among sports
/// fans (`riot police and football supporters clashed`), which a word of sport does not make a game's.
extension EventFinder {
    /// The verb of blows or fire whose object stands before `to death` (`beat two men to death`,
    /// `burnt the suspect to death`): at least one word between, and none that ends the phrase
    /// (`tortured or sentenced to death` is a sentence, `scared to death` a figure of speech).
    func blowVerb(_ t: [EventToken], before first: Int) -> Int? {
        // Who was struck ends the phrase: a person, a name or a pronoun, not `the joke` or `the subject`.
        guard first >= 2, isStruckPerson(t[first - 1]) else { return nil }
        var k = first - 1
        while k >= 0, k >= first - 8 {
            let token = t[k]
            if Self.blowVerbs.contains(token.lower) { return k < first - 1 ? k : nil }
            if !token.isWord, token.lower != "-" { return nil }
            if Self.phraseEnds.contains(token.lower) { return nil }
            k -= 1
        }
        return nil
    }

    private func isStruckPerson(_ token: EventToken) -> Bool {
        token.isCapitalised || token.lists & (lexicon.rules.civilians | lexicon.rules.people) != 0 || Self.struck.contains(token.lower)
    }

    private static let struck: Set<String> = ["him", "her", "them", "thief", "thieves", "robber", "robbers", "burglar", "burglars"]

    /// Verbs of blows and fire dealt to a person, in their active forms; not in `-ing` (`for stabbing a
    /// man to death` gives the cause of what the sentence reports).
    private static let blowVerbs: Set<String> = [
        "beat", "beats", "burnt", "burned", "burns", "stoned", "clubbed", "hacked", "slashed", "stabbed", "lynched", "kicked",
        "battered", "whipped", "flogged", "tortured", "axed", "speared", "strangled",
    ]

    /// Words that cannot stand inside the phrase naming who was struck.
    private static let phraseEnds: Set<String> = [
        "and", "or", "but", "of", "in", "on", "at", "with", "for", "over", "to", "from", "by", "as", "into", "after", "before",
        "is", "was", "were", "are", "be", "been", "being", "sentenced", "condemned", "put", "who", "which", "that",
    ]

    /// `fighting leaves four dead`, `attacks by an unknown group left two people dead`, `violence claims
    /// another life`: within the clause after the word of violence, a verb of leaving followed by a count
    /// and the dead or hurt, or a verb of claiming followed by lives.
    func countsToll(_ t: [EventToken], after last: Int) -> Bool {
        var k = last + 1
        while k < t.count, k <= last + 8 {
            let word = t[k].lower
            if !t[k].isWord { return false }
            if Self.leaveVerbs.contains(word) { return tollFollows(t, k + 1, ends: Self.tollWords) }
            if word == "claims" || word == "claimed" { return tollFollows(t, k + 1, ends: ["life", "lives"]) }
            k += 1
        }
        return false
    }

    /// A count (`four`, `12`, `at least two`, `another`) and at most two words (`people`, `more`)
    /// before one of `ends`.
    private func tollFollows(_ t: [EventToken], _ start: Int, ends: Set<String>) -> Bool {
        var k = start
        if k + 1 < t.count, t[k].lower == "at", t[k + 1].lower == "least" { k += 2 }
        guard k < t.count, t[k].isNumber || Self.tollCounts.contains(t[k].lower) else { return false }
        for j in (k + 1)..<min(t.count, k + 4) {
            if ends.contains(t[j].lower) { return true }
            if !t[j].isWord { return false }
        }
        return false
    }

    private static let leaveVerbs: Set<String> = ["leaves", "leave", "left", "leaving"]
    private static let tollWords: Set<String> = ["dead", "injured", "wounded", "hurt"]
    private static let tollCounts: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "another", "several", "many", "scores",
        "dozens", "hundreds", "more",
    ]

    /// `called on supporters to shun ethnic violence`, `fears of post-election violence`: violence named
    /// as what is avoided, feared or condemned has not happened.
    func isViolenceAvoided(_ t: [EventToken], _ first: Int) -> Bool {
        t[max(0, first - 4)..<first].contains { Self.avoiding.contains($0.lower) }
    }

    private static let avoiding: Set<String> = [
        "shun", "shunned", "avoid", "avoided", "prevent", "prevented", "preventing", "curb", "curbing", "stop", "end", "ending",
        "condemn", "condemned", "condemns", "condemning", "denounce", "denounced", "against", "fear", "fears", "feared", "fearing",
        "risk", "threat", "warned", "warning", "incite", "inciting", "incitement", "preach", "preaching", "reject", "rejected",
        "over", "about", "anti", "victims", "survivors", "prone", "free",
    ]

    /// `riot police and football supporters clashed`, `shot by a police officer after his team lost`,
    /// `militiamen opened fire on a football pitch`: a force or an armed band in a sentence that names a
    /// game makes its violence literal, outside a story that is about sport. Only a game's name counts:
    /// the list's other words are said of much else (`a fixture of New York journalism`, `a medal`).
    func forceAmongSport(_ sentence: EventSentence, topic: ArticleTopic) -> Bool {
        guard !topic.flags.contains("sport1"), sentence.hasLowercase(lexicon.rules.military) else { return false }
        var force = false, game = false
        for token in sentence.tokens where !token.isCapitalised {
            if Self.forcesAtGames.contains(token.lower) { force = true }
            if Self.games.contains(token.lower) { game = true }
        }
        return force && game
    }

    private static let games: Set<String> = ["football", "cricket", "rugby", "soccer"]

    /// Words of violence that sport says of play (`the police side beat the army`, `a shot at goal`):
    /// force in the sentence does not make them literal.
    static let playWords: Set<String> = [
        "beat", "beats", "beaten", "beating", "battle", "battled", "battles", "fought", "fight", "fights", "attack", "attacks",
        "attacked", "attacking", "shot", "shots", "shoot", "shoots", "shooting", "strike", "strikes", "struck", "fired",
        "stormed", "raid", "raided", "offensive",
    ]

    private static let forcesAtGames: Set<String> = [
        "police", "policemen", "policeman", "soldiers", "soldier", "troops", "militia", "militiamen", "militants", "rebels", "gunmen",
    ]
}
