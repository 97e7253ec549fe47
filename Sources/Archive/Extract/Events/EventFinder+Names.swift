/// Words of violence that name something other than an act here: a person (`spokesman Umar
/// Shelling`), a kind of police (`riot police`), what a party carries (`armed with grenades`), a bomb
/// only threatened (`a bomb threat`), a post named as where something else happened (`police headquarters`),
/// people handed over (`refugees were handed over`).
extension EventFinder {
    /// `police spokesman Umar Shelling`, `Judge Mary Fire`: a word inside a person's name.
    func inPersonName(_ hit: TriggerHit, _ t: [EventToken], _ mentions: [SentenceMention]) -> Bool {
        guard t[hit.first].isCapitalised else { return false }
        return mentions.contains { $0.mention.type == .person && $0.first < $0.last && $0.first <= hit.first && hit.last <= $0.last }
    }

    /// `riot police`, `anti-riot squads`, `riot gear`: the unit or kit made for riots, which a report
    /// of police at a function or a parade names without any riot. Riot police who disperse or fire
    /// on people no word of protest names (`riot police dispersed the crowd`) tell of the crowd.
    func namesRiotUnit(_ t: [EventToken], _ hit: TriggerHit, _ sentence: EventSentence) -> Bool {
        let word = t[hit.first].lower
        guard hit.first == hit.last, word == "riot" || word == "anti-riot", hit.last + 1 < t.count,
              Self.riotUnits.contains(t[hit.last + 1].lower) else { return false }
        guard sentence.has(lexicon.rules.force) else { return true }
        return t.indices.contains { $0 != hit.first && t[$0].lists & lexicon.rules.protestWords != 0 }
    }

    private static let riotUnits: Set<String> = [
        "police", "policemen", "policeman", "officers", "officer", "squad", "squads", "gear", "shield", "shields", "control",
        "unit", "units", "troops", "vans", "van", "helmets", "act", "guards", "gendarmes",
    ]

    /// `hijackers armed with grenades`, `a man carrying explosives`: what a party carries, where no
    /// word of the sentence uses it, is no explosion (a seizure is told by its own words).
    func namesCarriedWeapon(_ t: [EventToken], _ hit: TriggerHit, _ sentence: EventSentence) -> Bool {
        guard case let .subType(sub) = hit.trigger.meaning, sub.eventType == .explosions, !sentence.has(lexicon.rules.lethal) else { return false }
        let carried = (max(0, hit.first - 6)..<hit.first).contains { i in
            // Every carry word begins with `a`, `c` or `e`: the others skip the hash.
            let c = t[i].lower.utf8.first
            return (c == UInt8(ascii: "a") || c == UInt8(ascii: "c") || c == UInt8(ascii: "e"))
                && Self.carryWords.contains(t[i].lower) && !(i + 1 < t.count && t[i + 1].lower == "out")
        }
        guard carried else { return false }
        return !t.contains { EventJudge.useWords.contains($0.lower) }
    }

    private static let carryWords: Set<String> = ["armed", "equipped", "carrying", "carried", "carry", "carries"]

    /// `a bomb threat`, `a bomb scare`, `the bomb squad`: a bomb threatened, feared or looked for.
    func namesBombThreat(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard case let .subType(sub) = hit.trigger.meaning, sub.eventType == .explosions, hit.last + 1 < t.count else { return false }
        return Self.threatNouns.contains(t[hit.last + 1].lower)
    }

    private static let threatNouns: Set<String> = [
        "threat", "threats", "scare", "scares", "hoax", "hoaxes", "alert", "alerts", "squad", "squads", "disposal", "shelter",
        "shelters", "warning", "warnings",
    ]

    /// `the local police headquarters said`, `the meeting will take place at the checkpoint`: a post
    /// named by a weak word is where something else happened; a post established is set up, opened or built.
    func namesPostOnly(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard case .subType(.headquartersEstablished) = hit.trigger.meaning, hit.trigger.rank <= 3 else { return false }
        return !t.contains { Self.setUpWords.contains($0.lower) }
    }

    private static let setUpWords: Set<String> = [
        "set", "sets", "setting", "established", "establish", "establishes", "establishing", "opened", "opens", "built", "build",
        "builds", "building", "erected", "erect", "erects", "installed", "install", "mounted", "manned", "relocated",
        "moved", "created", "new", "constructed", "constructing",
    ]

    /// `28 refugees were handed over`, `handed over the prisoners`: people handed over are no territory
    /// (a town, a base or a district handed over is).
    func handsOverPeople(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard case .subType(.nonViolentTransfer) = hit.trigger.meaning, t[hit.first].lower.hasPrefix("hand") else { return false }
        let near = t[max(0, hit.first - 4)..<min(t.count, hit.last + 4)]
        return near.contains { Self.handedPeople.contains($0.lower) }
    }

    private static let handedPeople: Set<String> = [
        "refugees", "prisoners", "bodies", "body", "remains", "hostages", "detainees", "captives", "suspects", "deserters",
        "fugitives", "migrants", "children", "captive", "corpses", "civilians", "people", "persons", "men", "women",
        "passengers", "nationals", "citizens", "pows", "kidnappers", "hijackers", "refugee", "prisoner", "hostage", "suspect",
    ]
}
