/// Where a trigger matched in a sentence.
struct TriggerHit: Sendable {
    let trigger: EventTrigger
    let first: Int
    let last: Int
    /// `after the attack`, `since the bombing`: names an event told elsewhere, not a new one.
    let isReference: Bool
}

/// Finds the words of a sentence that report an event, and drops those that do not report one
/// here: negated, hypothetical or future (`will attack`, `threatened to target`), a plural that
/// speaks of a series, a disaster or a crime rather than political violence.
struct EventFinder {
    let lexicon: EventLexicon

    /// The triggers that read as events in their own words, before the sentence's topic (sport,
    /// business, disaster, crime) is weighed (`suppressed`): what the event model sees.
    /// `continuing`: meanings of the previous sentence's events, which let a `context` trigger
    /// stand without its context word (`It was approved two days after …`).
    /// `following`: the word lists of the next sentence, where an attack's signs may be told.
    func candidates(in sentence: EventSentence, continuing: [EventTrigger.Meaning], following: UInt32 = 0) -> [TriggerHit] {
        let t = sentence.tokens
        var found: [TriggerHit] = []
        var i = 0
        while i < t.count {
            guard t[i].isWord else { i += 1; continue }
            let (exact, prefixed) = lexicon.candidates(for: t[i])
            var best: TriggerHit?
            var matched = 0
            var reference: Bool?
            func consider(_ triggers: [EventTrigger]) {
                for trigger in triggers where matches(trigger, t, at: i) {
                    matched += 1
                    if reference == nil { reference = isReference(t, i) }
                    let hit = TriggerHit(trigger: trigger, first: i, last: i + trigger.words.count - 1, isReference: reference!)
                    if best.map({ hit.last > $0.last || (hit.last == $0.last && hit.trigger.rank > $0.trigger.rank) }) ?? true { best = hit }
                }
            }
            consider(exact)
            consider(prefixed)
            if let hit = best, keeps(hit, sentence, continuing: continuing, following: following) {
                found.append(hit)
                i = hit.last + 1
            } else if matched > 1, let hit = fallback(exact + prefixed, sentence, at: i, continuing: continuing, following: following) {
                found.append(hit)
                i = hit.last + 1
            } else {
                i += 1
            }
        }
        return withoutSettings(found)
    }

    /// `riots in post-election violence`: a word of violence that names only a setting gives way to
    /// the sentence's other triggers of what happened.
    private func withoutSettings(_ found: [TriggerHit]) -> [TriggerHit] {
        guard found.contains(where: { $0.trigger.standsAlone }),
              found.contains(where: { !$0.trigger.standsAlone && !$0.isReference && $0.trigger.isSubType }) else { return found }
        return found.filter { !$0.trigger.standsAlone }
    }

    /// A word with two senses (`stormed` a town, or an office to make demands): when the longest,
    /// highest-ranked trigger does not hold, the next in that order (then as listed) that does.
    private func fallback(_ triggers: [EventTrigger], _ sentence: EventSentence, at i: Int, continuing: [EventTrigger.Meaning],
                          following: UInt32) -> TriggerHit? {
        let t = sentence.tokens
        let hits = triggers.filter { matches($0, t, at: i) }
            .map { TriggerHit(trigger: $0, first: i, last: i + $0.words.count - 1, isReference: isReference(t, i)) }
        let order = hits.indices.sorted {
            let (a, b) = (hits[$0], hits[$1])
            return a.last != b.last ? a.last > b.last : a.trigger.rank != b.trigger.rank ? a.trigger.rank > b.trigger.rank : $0 < $1
        }
        return order.dropFirst().lazy.map { hits[$0] }.first { keeps($0, sentence, continuing: continuing, following: following) }
    }

    private func matches(_ trigger: EventTrigger, _ t: [EventToken], at i: Int) -> Bool {
        guard i + trigger.words.count <= t.count else { return false }
        for k in trigger.words.indices where !trigger.matches(t[i + k], at: k) { return false }
        if trigger.lowercaseOnly, t[i].isCapitalised { return false }
        // `Brawley`, `Protestant`: a capitalised word that only begins like a trigger is a name.
        if t[i].isCapitalised, trigger.readsAsName(t[i].lower) { return false }
        return true
    }

    private func keeps(_ hit: TriggerHit, _ sentence: EventSentence, continuing: [EventTrigger.Meaning], following: UInt32) -> Bool {
        let t = sentence.tokens
        let trigger = hit.trigger
        if trigger.needsContext, !continuing.contains(trigger.meaning), !hasContext(for: trigger.meaning, sentence),
           !(trigger.meaning == .subType(.attack) && following & lexicon.rules.contextAttack != 0) { return false }
        if trigger.needsMilitary, !sentence.has(lexicon.rules.military) { return false }
        if hit.first > 0, t[hit.first - 1].lists & lexicon.rules.figurative != 0 { return false }
        // `protested her innocence`, `he protested that …` report no protest; `hundreds of workers
        // protested that they were unpaid` does.
        if case .subType(.peacefulProtest) = trigger.meaning, hit.last + 1 < t.count,
           (t[hit.last + 1].lower == "that" && !actsAsCrowd(t, hit.first)) || (hit.last + 2 < t.count && t[hit.last + 2].lower == "innocence") {
            return false
        }
        // `residents … burnt a thief to death`: the crowd acts at the verb, not at `to death`.
        if trigger.needsBlow {
            guard let verb = blowVerb(t, before: hit.first) else { return false }
            if trigger.needsCrowd, !actsAsCrowd(t, verb) { return false }
        } else if trigger.needsCrowd, !actsAsCrowd(t, hit.first) { return false }
        if trigger.needsToll, !countsToll(t, after: hit.last) { return false }
        if trigger.standsAlone, isViolenceAvoided(t, hit.first) { return false }
        if trigger.needsProperty, !strikesProperty(t, hit) { return false }
        if trigger.needsArmed, !Self.actsAsArmedBand(t, before: hit.first) { return false }
        // `battled to second`, `attacked the plan`: weak words of violence need a sign of armed conflict.
        // The previous sentence's violence counts: `the explosion took place near …` follows a bombing.
        if case let .subType(sub) = trigger.meaning, sub.isViolent, trigger.rank <= 3, !hasConflictSign(sentence),
           !continuing.contains(where: { if case let .subType(s) = $0 { return s.isViolent }; return false }), !harmsPeople(t, hit) {
            return false
        }
        if trigger.noun, t[hit.last].lower.hasSuffix("s"), !counted(t, hit.first), !isHeadlineVerb(t, hit), !isCarriedOut(t, hit) { return false }
        let wordBefore = hit.first > 0 ? t[hit.first - 1].lower : ""
        // `groups that are targeting US forces`: a habit, not an event.
        if trigger.generic, t[hit.first].lower.hasSuffix("ing"), hit.first > 0, Self.habitWords.contains(wordBefore) {
            return false
        }
        if trigger.needsObject, hit.last + 1 >= t.count || !Self.objectWords.contains(t[hit.last + 1].lower) {
            return false
        }
        if case .kind(.claim) = trigger.meaning {
            return !t[max(0, hit.first - 6)..<hit.first].contains { $0.lists & lexicon.rules.negation != 0 }
        }
        if t[max(0, hit.first - 2)..<hit.first].contains(where: { $0.lower == "not" || $0.lower == "never" || $0.lower == "no" }) { return false }
        // `are planning a protest`: a protest yet to happen (`gathered to protest` is one that did).
        if case let .subType(sub) = trigger.meaning, sub.eventType == .protests,
           t[max(0, hit.first - 2)..<hit.first].contains(where: { $0.lower != "to" && $0.lists & lexicon.rules.future != 0 }) {
            return false
        }
        if case .subType(.peacefulProtest) = trigger.meaning, !isProtestAct(t, hit) { return false }
        if case let .subType(sub) = trigger.meaning, sub.isViolent || sub.eventType == .riots, isCharge(t, hit.first) { return false }
        if trigger.isSubType, tellsWhatHappensWhen(t, hit) { return false }
        if case .subType(.airDroneStrike) = trigger.meaning, isCivilDrone(t, hit) { return false }
        if case .subType(.shelling) = trigger.meaning, isSpaceLaunch(t, hit) { return false }
        if trigger.isSubType, isDismissal(t, hit) { return false }
        if trigger.isSubType, namesRiotUnit(t, hit, sentence) || namesBombThreat(t, hit) || namesPostOnly(t, hit)
            || namesCarriedWeapon(t, hit, sentence) || handsOverPeople(t, hit) { return false }
        if case .subType(.agreement) = trigger.meaning, namesAgreementOnly(t, hit) { return false }
        if case .subType(.protestWithIntervention) = trigger.meaning, Self.dispersalWords.contains(t[hit.first].lower),
           !dispersesCrowd(t, hit) { return false }
        if case .subType(.armedClash) = trigger.meaning, fightsAnIll(t, hit) { return false }
        if case let .subType(sub) = trigger.meaning, sub.isViolent, tellsPrivateCrime(t, hit, sentence) { return false }
        if trigger.isSubType, isSpokenOfAsCaused(t, hit) { return false }
        if sentence.marks.contains(.supposed), trigger.isSubType, !hit.isReference, isSupposed(t, hit) { return false }
        if isSetTo(t, hit.first) { return false }
        // `will attack`, `threatened to target`: what may happen has not. `to` says so only right
        // before the verb (`moved from street to street beating men` tells what happened).
        if case let .subType(sub) = trigger.meaning, sub.eventType != .protests, sub.eventType != .strategicDevelopments, !hit.isReference,
           !trigger.noun || wordBefore == "to",
           (max(0, hit.first - 2)..<hit.first).contains(where: { t[$0].lists & lexicon.rules.future != 0 && (t[$0].lower != "to" || $0 == hit.first - 1) }),
           !isAttemptOrSequel(t, hit.first) {
            return false
        }
        return true
    }

    private static let habitWords: Set<String> = ["are", "is", "were", "was", "be", "been", "keep", "continue"]
    private static let objectWords: Set<String> = ["to", "on", "upon", "that", "a", "an", "the", "with", "in"]

    private func hasContext(for meaning: EventTrigger.Meaning, _ sentence: EventSentence) -> Bool {
        let name: String
        switch meaning {
        case let .subType(sub): name = "context-" + sub.rawValue
        case let .kind(kind): name = "context-" + kind.rawValue
        }
        return sentence.has(lexicon.bit(name))
    }

    /// `two car bombs`, `twin blasts`: a plural that counts one event's parts.
    private static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin",
                                                   "several", "multiple", "dozens", "dozen", "repeated", "consecutive"]

    /// A plural counted: `two airstrikes`, `seven coalition air raids` (a word or two may stand between).
    private func counted(_ t: [EventToken], _ first: Int) -> Bool {
        for i in stride(from: first - 1, through: max(0, first - 3), by: -1) {
            if t[i].isNumber || Self.countWords.contains(t[i].lower) { return true }
            if !t[i].isWord { return false }
        }
        return false
    }

    /// `Militia attacks and loots a market town`, `Gang attacks a bus`: a headline's present tense
    /// after its subject, not a plural noun (`the attacks`, `attacks on civilians`).
    private func isHeadlineVerb(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard hit.first > 0, hit.last + 1 < t.count, t[hit.first - 1].isWord, !t[hit.first - 1].isNumber,
              !["the", "of", "these", "those", "such", "recent", "new", "more", "further", "and", "in", "on", "after", "by", "its", "their", "his",
                "her", "deadly", "violent", "frequent", "daily"].contains(t[hit.first - 1].lower) else { return false }
        let next = t[hit.last + 1]
        // `attacks and kills`: two verbs; `attacks and spoof websites`: two nouns.
        if next.lower == "and" {
            return hit.last + 2 < t.count && t[hit.last + 2].lists & lexicon.rules.conflict != 0
        }
        // `Armed gang attacks a bus`, `bandits attacks relief convoy`: after a word for a band of
        // people, an `-s` word is its verb whatever follows (`police attacks` stays a noun: police is no band).
        if Self.bands.contains(t[hit.first - 1].lower) { return true }
        return ["a", "an", "the", "two", "three", "several", "police", "soldiers"].contains(next.lower)
            || next.lists & lexicon.rules.civilians != 0 || (next.isWord && next.isCapitalised)
    }

    /// `conducted airstrikes on …`, `coalition air raids hit …`, `airstrikes were reported on …`:
    /// plural strikes someone carried out at one time, not a series spoken of.
    private func isCarriedOut(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let before = t[max(0, hit.first - 3)..<hit.first].map(\.lower)
        if before.contains(where: { Self.carryVerbs.contains($0) }) { return true }
        guard hit.last + 1 < t.count else { return false }
        let next = t[hit.last + 1].lower
        if Self.strikeVerbs.contains(next) { return true }
        return hit.last + 2 < t.count && ["were", "reportedly"].contains(next) && Self.strikeVerbs.contains(t[hit.last + 2].lower)
    }

    private static let carryVerbs: Set<String> = ["conducted", "carried", "launched", "executed", "staged", "conduct", "launch", "carry"]
    private static let strikeVerbs: Set<String> = ["hit", "targeted", "struck", "destroyed", "pounded", "killed", "reported", "carried", "conducted", "launched"]

    private static let bands: Set<String> = ["group", "gang", "clan", "mob", "militia", "crowd", "bandits", "gunmen", "raiders", "attackers", "assailants"]

    private static let seriesWords = ["series", "wave", "spate", "string", "number"]
    private static let referringWords = ["after", "following", "since", "before", "during", "over", "of", "about", "for"]

    private func isReference(_ t: [EventToken], _ i: Int) -> Bool {
        // A verb tells an event (`after the US assassinated …`, `a number of residents
        // demonstrated`); only a noun refers back to one, or counts many (`a series of attacks`).
        // People (`a number of protesters`) are no series of events either.
        if t[i].lower.hasSuffix("ed") || t[i].lower.hasSuffix("ers") || t[i].lower.hasSuffix("ors") { return false }
        if let series = t[max(0, i - 4)..<i].lastIndex(where: { Self.seriesWords.contains($0.lower) }),
           series + 1 < i, t[series + 1].lower == "of", i - series <= 3 { return true }
        let before = t[max(0, i - 3)..<i]
        guard before.contains(where: { $0.lower == "the" || $0.lower == "that" }) || before.last?.lower == "year's" || before.last?.lower == "week's" else {
            return false
        }
        return before.contains { Self.referringWords.contains($0.lower) } && !before.contains { $0.lower == "claimed" }
    }

    /// People among the five words after a trigger: `set alight four suspected cattle thieves`.
    private func burnsPeople(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        t[(hit.last + 1)..<min(t.count, hit.last + 6)].contains { !$0.isCapitalised && $0.lists & lexicon.rules.people != 0 }
    }

    /// A crowd is the subject: a word of [crowds] among the six words before the trigger, no armed party.
    private func crowdDid(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let before = t[max(0, hit.first - 6)..<hit.first]
        let armed = lexicon.rules.military | lexicon.rules.armedParties
        return before.contains { $0.lists & lexicon.rules.crowds != 0 } && !before.contains { $0.lists & armed != 0 && $0.lists & lexicon.rules.crowds == 0 }
    }

    /// Words of the disaster list that name a workplace or its hazards: an accident there is one of
    /// fire or explosion, so they leave blows dealt by hand (`assaulted`, `beat`, `stabbed`) standing.
    static let workplaces: Set<String> = ["factory", "refinery", "firefighters", "fireworks", "boiler", "cylinder", "cylinders"]

    /// Verbs of blows people deal one another, which no accident does.
    static let blows: Set<String> = [
        "assault", "assaults", "assaulted", "assaulting", "beat", "beats", "beaten", "beating", "stabbed", "stabs",
        "hacked", "hacks", "attacked", "attack", "attacks", "attacking", "stoned", "lynched", "tortured", "roughed",
    ]

    /// `charged with assaulting`, `convicted of murder`, `accused of raping`: a court or an accusation
    /// about an act, which is the news, not a report of the act where it happened.
    func isCharge(_ t: [EventToken], _ first: Int) -> Bool {
        var i = first - 1
        // Words may stand between (`charged with severely assaulting`, `counts of aggravated kidnapping`),
        // and other charges before it (`pleaded not guilty to trespass and taking part in a riot`).
        // A verb of its own ends the charge (`a man suspected of stealing cattle was lynched`).
        while i >= 0, i >= first - 7, t[i].isWord || t[i].lower == ",", !t[i].isCapitalised, !Self.clauseVerbs.contains(t[i].lower),
              t[i].lower != "with", t[i].lower != "of", t[i].lower != "to" { i -= 1 }
        guard i >= 1 else { return false }
        if t[i].lower == "to" { return t[i - 1].lower == "guilty" }
        guard t[i].lower == "with" || t[i].lower == "of" else { return false }
        return Self.chargeWords.contains(t[i - 1].lower)
    }

    private static let clauseVerbs: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "got", "gets"]

    private static let chargeWords: Set<String> = [
        "charged", "charges", "charge", "counts", "count", "convicted", "conviction", "guilty", "acquitted", "indicted",
        "sentenced", "jailed", "suspected",
    ]

    /// `When they attack police officers, they …`, `Whenever protesters burn shops, …`: what happens
    /// each time, told in the present tense in a sentence that opens with it, reports no one event.
    /// A `when` clause in the past (`When gunmen stormed the village, …`) tells one, and so does one
    /// after its main clause (`An officer injured when a group throws a grenade`: a headline's present).
    func tellsWhatHappensWhen(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard let opener = t.first?.lower, opener == "when" || opener == "whenever", hit.first <= 7 else { return false }
        var i = hit.first - 1
        while i > 0, t[i].isWord { i -= 1 }
        guard i == 0 else { return false }
        var k = i + 1
        while k < t.count, t[k].isWord {
            if t[k].lower.hasSuffix("ed") || Self.pastForms.contains(t[k].lower) { return false }
            k += 1
        }
        return true
    }

    private static let pastForms: Set<String> = [
        "was", "were", "had", "did", "burnt", "fought", "shot", "threw", "stole", "took", "broke", "struck", "overran", "beat",
        "set", "came", "went", "ran", "began", "tried", "stabbed", "hit",
    ]

    /// Disasters and accidents are not political violence; crime is not ACLED's either.
    func suppressed(_ hits: [TriggerHit], _ sentence: EventSentence, topic: ArticleTopic) -> [TriggerHit] {
        let disaster = tellsDisaster(sentence)
        let crime = sentence.hasLowercase(lexicon.rules.suppressCrime)
            || hits.contains { $0.trigger.meaning == .subType(.arrests) } && Self.namesOrganisedCrime(sentence.tokens)
        // `assaulted two workers of an ice factory`: a workplace names where a blow fell, not an accident.
        let accidentOfBlows = disaster && tellsDisaster(sentence, besides: Self.workplaces)
        // `battled to second`, `a takeover battle`: sport and business borrow the words of war, in
        // the sentence or anywhere in a story that is about them (`the Six Nations clash`).
        let sportWord = sentence.hasLowercase(lexicon.rules.suppressSport), sportStory = topic.flags.contains("sport2")
        let sport = sportWord || sportStory
        // `riot police and football supporters clashed`: force in a sentence that names a game, outside a sports story.
        let force = sportWord && !sportStory && forceAmongSport(sentence, topic: topic)
        // A business word in one sentence (`a real estate agent was shot`) is left to the gate, which weighs it.
        let business = topic.flags.contains("business2")
        // `the teenage driver was killed`, in a story whose lead tells a crash: harm named without
        // its cause, where no armed party is named, is the accident's.
        let accident = topic.isLong && topic.leadTellsAccident && !sentence.has(lexicon.rules.armedParties)
            && !hits.contains { if case let .subType(sub) = $0.trigger.meaning { return sub.isViolent && $0.trigger.rank >= 2 }; return false }
        // Drills and weapons named as systems are looked for once a sentence, and only where no one died.
        let exercise = !hits.isEmpty && !sentence.has(lexicon.rules.lethal) && isExercise(sentence)
        // `40,000 people in costumes took to the streets`: a crowd that celebrates voices no grievance.
        let festive = hits.contains(where: Self.isCrowdProtest) && isFestive(sentence)
        guard disaster || crime || sport || business || accident || exercise || festive else { return hits }
        return hits.filter { hit in
            // `a bus crashed, killing 16, police said`: who tells of an accident speaks of no conflict.
            guard case let .subType(sub) = hit.trigger.meaning else { return !(disaster && hit.trigger.meaning == .kind(.statement)) }
            if exercise, sub.isViolent || sub.eventType == .strategicDevelopments { return false }
            if sport, sub.eventType != .explosions || hit.trigger.rank <= 3, sub != .arrests,
               !(force && sub.eventType != .protests && !Self.playWords.contains(sentence.tokens[hit.first].lower)) { return false }
            if accident, sub.isViolent, hit.trigger.generic, hit.trigger.rank <= 1 { return false }
            // Protests over prices and wages are protests; the gate weighs the rest of the sentence.
            if business, sub.isViolent || sub == .nonStateActorOvertakesTerritory,
               hit.trigger.rank <= 4 || hit.trigger.generic { return false }
            if disaster, sub.isViolent || sub == .lootingPropertyDestruction, !avengesAccident(sentence.tokens, hit),
               accidentOfBlows || !Self.blows.contains(sentence.tokens[hit.first].lower) { return false }
            // Troops sent after an avalanche or a flood come to rescue: no armed group changes what it does.
            if disaster, sub == .changeToGroup { return false }
            if festive, Self.isCrowdProtest(hit) { return false }
            // Violence in a crime story (`killed a suspected robber`) may still be an attack or mob violence: the gate weighs it.
            // `set alight two suspected thieves`: fire set to people is mob violence or an attack, not looting.
            // `residents burnt a lorry they said carried stolen meat`: a crowd's revenge on a crime is mob violence.
            if crime, [.arrests, .disruptedWeaponsUse, .lootingPropertyDestruction].contains(sub),
               !(sub == .lootingPropertyDestruction && (burnsPeople(sentence.tokens, hit) || crowdDid(sentence.tokens, hit))) { return false }
            return true
        }
    }
}
