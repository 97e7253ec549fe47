/// Words of violence and protest in senses that report no event here: a protest forbidden before
/// it was held, a rocket that carries a satellite, protests spoken of as what something has caused.
extension EventFinder {
    /// `City Hall banned a rally`, `the march was cancelled`: what authorities forbade or organisers
    /// called off did not happen (a crowd that `defied a ban` names its protest elsewhere).
    func isBanned(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        // `held a banned rally` tells a protest that went ahead; `banned a rally` one that did not.
        if (max(0, hit.first - 4)..<hit.first).contains(where: { j in
            Self.banWords.contains(t[j].lower) && !(j > 0 && ["a", "an", "the", "their", "its"].contains(t[j - 1].lower))
        }) { return true }
        // `called off a march`, `the protest was called off`.
        if (max(0, hit.first - 4)..<hit.first).contains(where: { isCalledOff(t, $0) }) { return true }
        let after = t[(hit.last + 1)..<min(t.count, hit.last + 4)]
        return after.first.map { ["was", "were", "has", "had", "been"].contains($0.lower) } == true
            && after.indices.contains { Self.banWords.contains(t[$0].lower) || isCalledOff(t, $0) }
    }

    private func isCalledOff(_ t: [EventToken], _ i: Int) -> Bool {
        t[i].lower == "off" && i > 0 && t[i - 1].lower.hasPrefix("call")
    }

    private static let banWords: Set<String> = [
        "banned", "ban", "bans", "banning", "prohibited", "prohibits", "forbade", "forbidden", "forbids", "outlawed",
        "cancelled", "canceled", "cancels", "postponed", "postpones",
    ]

    /// `a decree on fighting crime`, `the battle against corruption`, `fighting the fires`: a fight
    /// whose object is an ill of society or of nature is a policy or an effort, not armed combat.
    func fightsAnIll(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let word = t[hit.first].lower
        guard word.hasPrefix("fight") || word.hasPrefix("battl") || word.hasPrefix("combat") else { return false }
        var k = hit.last + 1
        while k < t.count, k <= hit.last + 3, Self.fightLinks.contains(t[k].lower) { k += 1 }
        return k < t.count && Self.ills.contains(t[k].lower)
    }

    private static let fightLinks: Set<String> = ["against", "on", "the", "organised", "organized", "rising", "illegal", "petty", "street", "its", "their"]

    private static let ills: Set<String> = [
        "crime", "crimes", "corruption", "graft", "poverty", "inflation", "drugs", "drug", "disease", "diseases", "cancer",
        "fire", "fires", "blaze", "blazes", "wildfire", "wildfires", "flames", "unemployment", "hunger", "illiteracy", "aids",
        "malaria", "pollution", "obesity", "smuggling", "trafficking", "piracy", "doping", "addiction", "racism", "fraud",
        "pandemic", "epidemic", "virus", "coronavirus", "floods", "locusts", "climate",
    ]

    /// `launched a carrier rocket with a communications satellite`, `an anti-satellite missile`: a
    /// rocket that goes to space is no artillery.
    func isSpaceLaunch(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let word = t[hit.first].lower
        guard word.hasPrefix("rocket") || word.hasPrefix("missile") else { return false }
        return t.contains { Self.spaceWords.contains($0.lower) }
    }

    private static let spaceWords: Set<String> = [
        "satellite", "satellites", "orbit", "orbital", "spacecraft", "astronaut", "astronauts", "cosmonaut", "cosmonauts",
        "spaceport", "cosmodrome", "space-launch",
    ]

    /// `the adviser was fired by the president`, `the editor was fired after publishing a story`: a
    /// person `fired` in the passive lost a job, where nothing is fired at, on or upon anyone and the
    /// sentence names nothing a weapon fires (`shots were fired`, `tear gas was fired`).
    func isDismissal(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard hit.first == hit.last, hit.first > 0, t[hit.first].lower == "fired",
              ["was", "were", "been", "being", "be", "got", "get", "gets", "getting"].contains(t[hit.first - 1].lower) else { return false }
        if hit.last + 1 < t.count, Self.aimWords.contains(t[hit.last + 1].lower) { return false }
        return !t.contains { Self.firedThings.contains($0.lower) }
    }

    private static let aimWords: Set<String> = ["at", "on", "upon", "into", "toward", "towards", "over", "across", "in", "from"]

    private static let firedThings: Set<String> = [
        "shot", "shots", "bullet", "bullets", "round", "rounds", "rocket", "rockets", "missile", "missiles", "mortar", "mortars",
        "shell", "shells", "gas", "teargas", "grenade", "grenades", "weapon", "weapons", "gun", "guns", "rifle", "rifles",
        "cannon", "cannons", "artillery", "ammunition", "pellets", "flares", "projectile", "projectiles", "rpg", "rpgs", "gunfire",
    ]

    /// `the project has drawn huge protests`, `rising prices have triggered riots`: many
    /// events named as what something has caused over time, not one that happened.
    func isSpokenOfAsCaused(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        // `have triggered riots and looting`: the second of two things caused, plural or not.
        if hit.first >= 4, t[hit.first - 1].lower == "and", t[hit.first - 2].lower.hasSuffix("s") {
            return isSpokenOfAsCaused(t, TriggerHit(trigger: hit.trigger, first: hit.first - 2, last: hit.first - 2, isReference: hit.isReference))
        }
        guard t[hit.last].lower.hasSuffix("s"), hit.first >= 2 else { return false }
        // The participle right before the noun, or with an adjective between (`drawn huge protests`).
        guard let cause = (max(0, hit.first - 2)..<hit.first).last(where: { Self.causedWords.contains(t[$0].lower) }) else { return false }
        return t[max(0, cause - 8)..<cause].contains { $0.lower == "has" || $0.lower == "have" }
    }

    private static let causedWords: Set<String> = [
        "drawn", "sparked", "triggered", "prompted", "provoked", "fuelled", "fueled", "caused", "seen", "faced",
        "witnessed", "spawned", "inspired", "attracted",
    ]

    /// `possible air strikes`, `a potential repeat of the riots`, `in case of a military attack`,
    /// `to avoid any armed clash`, `who will take on the battle`, `was planning a suicide attack`, `at
    /// risk of being killed`, `if we need more artillery`: an act named as what may come, is planned
    /// or feared, or what someone would keep from coming, has not happened. Looked for among the few words before
    /// the trigger, within its clause (`the attack will be investigated` tells one that did).
    func isSupposed(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        var k = hit.first - 1, n = 0
        // `links to X attacks`: what comes before `to` qualifies another noun.
        while k >= 0, n < 4, t[k].isWord, t[k].lower != "to" {
            if t[k].marks.contains(.supposed) {
                switch t[k].lower {
                case "case", "event":
                    // `in case of`, `in the event of`; not `the case of the attack`, `the event`.
                    if k + 1 < t.count, t[k + 1].lower == "of", k >= 1, t[k - 1].lower == "in" || k >= 2 && t[k - 1].lower == "the" && t[k - 2].lower == "in" { return true }
                case "will", "would":
                    // `the will of the people`, `Will` the name; `would not` still tells no act.
                    if !t[k].isCapitalised, k + 1 < t.count, t[k + 1].lower != "of" { return true }
                case "risk", "danger", "fear", "fears", "threat", "possibility", "prospect":
                    // `at risk of being killed`, `fears of an attack`, `the possibility of an offensive`;
                    // not `a threat` that was made.
                    if k + 1 < t.count, t[k + 1].lower == "of" { return true }
                case "any":
                    // `respond to any attack`, `avoid any sort of armed clash`; not `denied any
                    // involvement in the attack`, where the attack is another noun's.
                    if !t[(k + 1)..<hit.first].contains(where: { Self.prepositions.contains($0.lower) }) { return true }
                case "planning", "planned", "plotting", "plotted", "plans", "intends", "intending", "unless":
                    // `the Logistics and Planning department`: a name, not a plan.
                    if !t[k].isCapitalised || k == 0 { return true }
                case "if":
                    // `It is unclear if the attack …` asks about one that happened.
                    if k == 0 || !Self.askingWords.contains(t[k - 1].lower) { return true }
                default:
                    return true
                }
            }
            k -= 1; n += 1
        }
        return false
    }

    private static let prepositions: Set<String> = ["in", "on", "for", "with", "by", "at", "from", "into"]
    private static let askingWords: Set<String> = [
        "unclear", "unknown", "clear", "known", "confirm", "confirmed", "verify", "verified", "asked", "ask", "see", "determine",
        "as", "even",
    ]

    /// `drills involve attack helicopters`, `aircraft notionally attacked the capital`, `missile
    /// defence systems`, `missile launches`: forces training and weapons named as systems or tests
    /// are no violence (a real strike during an exercise names its dead, which the caller checks).
    func isExercise(_ sentence: EventSentence) -> Bool {
        if sentence.marks.contains(.exercise) { return true }
        guard sentence.marks.contains(.missile) else { return false }
        let t = sentence.tokens
        // `successfully tested a new ballistic missile`, `test-fired two missiles`: a test anywhere
        // in the sentence, as after the weapon's name (`missile tests`).
        let system = t.indices.contains { i in
            t[i].marks.contains(.missile) && i + 1 < t.count && Self.systemWords.contains(t[i + 1].lower)
        }
        let test = t.contains { $0.lower.utf8.count >= 4 && $0.lower.utf8.starts(with: "test".utf8) && Self.testWords.contains($0.lower) }
        // `fired a ballistic missile on Sunday, its first test`: a test, named as a noun, is fired and hits
        // nothing (`fired a missile at a base, which they had tested`, `at the test range` tell a use).
        let testNoun = test && t.contains { $0.lower == "test" || $0.lower == "tests" } && !t.contains { $0.lower == "at" }
        if (system || test) && !t.contains(where: { w in
            EventJudge.useWords.contains(w.lower) && !(testNoun && Self.launchWords.contains(w.lower))
        }) { return true }
        return fallsIntoTheSea(t)
    }

    /// `flew about 500km before falling into the Sea of Japan`, `landed in the sea`: a missile that
    /// came down in the sea struck nothing (a ship it hit is named, and its dead the caller checks).
    private func fallsIntoTheSea(_ t: [EventToken]) -> Bool {
        guard t.count > 3 else { return false }
        for i in 2..<t.count where t[i].lower.utf8.count <= 6 && ["sea", "ocean", "waters"].contains(t[i].lower) && t[i - 1].lower == "the"
            && (t[i - 2].lower == "into" || t[i - 2].lower == "in") {
            if t[max(0, i - 5)..<(i - 2)].contains(where: { Self.fallWords.contains($0.lower) }) { return !t.contains { $0.lower == "ship" || $0.lower == "vessel" } }
        }
        return false
    }

    private static let launchWords: Set<String> = ["fired", "fire", "fires", "firing", "launched", "launch", "launches", "launching"]
    private static let fallWords: Set<String> = ["fell", "falling", "falls", "landed", "landing", "lands", "splashed", "crashed", "plunged", "came"]

    private static let testWords: Set<String> = [
        "test", "tests", "testing", "tested", "test-fired", "test-launched", "test-launch", "test-launches", "test-firing", "test-fire", "test-fires",
    ]

    private static let systemWords: Set<String> = [
        "defense", "defence", "system", "systems", "launcher", "launchers", "program", "programme", "programs", "programmes",
        "test", "tests", "testing", "launch", "launches", "shield", "site", "sites", "battery", "batteries", "technology",
        "technologies", "cruiser", "destroyer", "frigate", "engine", "engines", "capability", "capabilities", "arsenal", "deployment",
    ]

    /// `tried to kidnap`, `attempted to storm`, `continued to riot`: `to` after a verb of trying or
    /// going on tells an act that was tried or went on, not one yet to come (`will try to attack`,
    /// `plans to continue to attack` still are).
    func isAttemptOrSequel(_ t: [EventToken], _ first: Int) -> Bool {
        guard first >= 2, t[first - 1].lower == "to", Self.attemptVerbs.contains(t[first - 2].lower) else { return false }
        return first < 3 || t[first - 3].lists & lexicon.rules.future == 0 && !t[first - 3].marks.contains(.supposed)
    }

    static let attemptVerbs: Set<String> = [
        "tried", "try", "tries", "trying", "attempted", "attempt", "attempts", "attempting", "continued", "continue", "continues",
        "continuing", "began", "begin", "begins", "started", "start", "starts", "resumed",
    ]
}
