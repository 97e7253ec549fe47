/// Which names of a sentence may be an event's parties. The codebook's actors are organisations,
/// groups and people that act or are acted on; a sentence also names who told of the event (`the
/// monitors observed`, `according to X`), where it happened (`in front of the X Municipality`,
/// `Dhaka - X (X)`), what a protest was about (`demanding the release of X`) and words that only
/// look like names (`Around 5 May`, `Armed men`, the `Technology` of a university's name cut short).
extension EventArguments {
    /// Whether a name that is no place mention may be one of the event's parties. `cause`: the
    /// tokens of a protest's grievance, whose names are what it was about.
    static func mayBeParty(_ x: SentenceMention, _ t: [EventToken], _ all: [SentenceMention], cause: Range<Int>?, ownKind: Bool) -> Bool {
        if let cause, cause.contains(x.first) { return false }
        // A speaker is the party of its own statement or threat: only ACLED's kinds lose their sources.
        return (ownKind || !isSource(x, t)) && !isWeapon(x, t) && !isSite(x, t, all) && !isFragment(x, t, all)
    }

    /// Verbs of telling and of watching: their subject reported the event and took no part in it
    /// (`WordMark.source`).
    static let sourceVerbs: [String] = ["said", "says", "reported", "reports", "told", "stated", "added", "confirmed", "noted",
                                           "observed", "recorded", "monitored", "documented", "witnessed", "verified", "announced"]

    /// `the monitors observed`, `VoJ reported`, `the ministry later said`; `according to X`, `reported
    /// by X`, `citing X`: who told of the event.
    static func isSource(_ x: SentenceMention, _ t: [EventToken]) -> Bool {
        var next = x.last + 1
        if next < t.count, t[next].lower == "also" || t[next].lower == "later" || t[next].lower == "has" || t[next].lower == "had" { next += 1 }
        if next < t.count, t[next].marks.contains(.source) { return true }
        var before = x.first - 1
        if before >= 0, t[before].lower == "the" { before -= 1 }
        guard before >= 0 else { return false }
        let word = t[before].lower
        if word == "citing" { return true }
        guard before >= 1 else { return false }
        let previous = t[before - 1].lower
        return (previous == "according" && word == "to") || (word == "by" && (previous == "reported" || previous == "quoted" || previous == "cited"))
    }

    /// Words of a unit, a settlement or an area after a place's name (`X upazila`, `X village`).
    static let placeTags = EventGazetteer.areaTags.union(EventGazetteer.settlementTags).union(EventGazetteer.subLocalTags)

    /// Prepositions after which a name is where the event happened (`at X`, `in front of the X`).
    static let siteWords: Set<String> = ["in", "at", "near", "across", "outside", "inside", "opposite"]
    /// Words before `at` that aim something at its object.
    static let aimWords: Set<String> = ["fired", "fire", "firing", "shot", "shots", "shooting", "threw", "thrown", "throwing", "hurled",
                                        "hurling", "aimed", "pointed", "stones", "bricks", "rocks", "bullets", "grenades", "rounds", "lashed",
                                        "pelted", "struck", "targeted"]
    /// Words a name may run into and stay a name on its own, not a modifier of another noun (`at X on Monday`).
    static let clauseFollowers: Set<String> = ["in", "at", "on", "near", "of", "and", "or", "with", "to", "from", "by", "for", "over",
                                               "against", "during", "after", "before", "following", "when", "while", "where", "as"]
    /// Nouns of a building or grounds: a name before them is still where something happened (`at X university`).
    static let siteNouns: Set<String> = ["office", "offices", "headquarters", "premises", "compound", "building", "campus", "gate",
                                         "university", "college", "school", "hospital", "court", "club", "market", "station"]

    /// Whether the token ends a name's phrase: no token, a mark, a capitalised word or a word of `clauseFollowers`.
    private static func endsPhrase(_ t: [EventToken], _ i: Int) -> Bool {
        i >= t.count || !t[i].isWord || t[i].isCapitalised || clauseFollowers.contains(t[i].lower)
    }

    /// `at X`, `in front of the X Municipality`, `across the LoC`; `Dhaka - X`, `X (Y)` after a place
    /// or a site, `coded as X`, `X upazila`: a name of where it happened. `in X attack`, `at a X
    /// rally`, where the name qualifies another noun, stays a name of who acted.
    static func isSite(_ x: SentenceMention, _ t: [EventToken], _ all: [SentenceMention]) -> Bool {
        let next = x.last + 1 < t.count ? t[x.last + 1] : nil
        // `X upazila`, `X area, Y`; not `the X district head`, whose head is a person.
        if let next, next.isWord, !next.isCapitalised, placeTags.contains(next.lower), endsPhrase(t, x.last + 2) { return true }
        var before = x.first - 1
        if before >= 0, t[before].lower == "the" { before -= 1 }
        guard before >= 0 else { return false }
        let word = t[before].lower
        // `fired at X`, `threw stones at X`: the target, not a site.
        let aimed = word == "at" && before >= 1 && aimWords.contains(t[before - 1].lower)
        // What people stand `in front of` is a building or grounds, whatever words follow its name.
        if word == "of", before >= 1, t[before - 1].lower == "front" { return true }
        if siteWords.contains(word), !aimed, endsPhrase(t, x.last + 1) || siteNouns.contains(t[x.last + 1].lower) { return true }
        // A coder's `coordinates for X used`; not `coded as X`, which names actors too.
        if before >= 1, word == "for", t[before - 1].lower == "coordinates" { return true }
        // `Dhaka - X`, `Dhaka - X (X)`, `Nad Ali (X) district`: a part or another name of a place just told.
        guard word == "-" || word == "(", before >= 1 else { return false }
        return all.contains { $0.last == before - 1 && ($0.mention.type == .place || isSite($0, t, all)) }
    }

    /// Words that open a sentence and qualify what follows, never a name: `Around 5 May`, `Armed men`.
    static let openingQualifiers: Set<String> = ["around", "about", "approximately", "early", "late", "armed", "unknown", "unidentified",
                                                 "suspected", "alleged", "several", "some", "angry", "masked", "gunmen", "reportedly"]

    /// A word that only looks like a name (`openingQualifiers`), or the last part of a longer name
    /// the text wrote and no mention holds (`Institute of Science`, `University of Science and
    /// Technology` → `Technology`); not one of two names joined (`the Borana and Gabra communities`).
    static func isFragment(_ x: SentenceMention, _ t: [EventToken], _ all: [SentenceMention]) -> Bool {
        if x.first == x.last, x.first == 0 || !t[x.first - 1].isWord, openingQualifiers.contains(t[x.first].lower) { return true }
        var joint = x.first - 1
        guard joint >= 2, t[joint - 1].isWord, t[joint - 1].isCapitalised else { return false }
        switch t[joint].lower {
        case "of", "for", "&": break
        case "and":
            // `X of Y and Z`: the `and` joins words inside one name.
            guard joint >= 3, t[joint - 2].lower == "of" || t[joint - 2].lower == "for", t[joint - 3].isCapitalised else { return false }
            joint -= 2
        default: return false
        }
        return !all.contains { $0.first <= joint - 1 && joint - 1 <= $0.last }
    }
}

/// Sides from the verb's voice: in `X were killed during clashes with Y`, `X was shot following an
/// attack by Y`, `X killed in an ambush` the subject is who was struck (actor2) and the agent after
/// `by`, or the other side of a clash after `with`, is who struck (actor1), whichever word the
/// event was found at.
extension EventArguments {
    /// Participles of harm whose subject, told in the passive, is the target (`WordMark.harm`).
    static let harmParticiples: [String] = ["killed", "wounded", "injured", "shot", "abducted", "kidnapped", "arrested", "attacked",
                                               "targeted", "ambushed", "stabbed", "beaten", "detained", "executed", "beheaded", "assaulted",
                                               "hacked", "lynched", "murdered", "hit", "struck", "slain", "captured", "seized"]
    /// Words after a headline's participle that say it is a passive: `Two herders killed in a raid`.
    static let headlineFollowers: Set<String> = ["in", "during", "after", "following", "near", "when", "while"]
    /// Nouns of fighting whose `with` names the other side.
    static let fightNouns: Set<String> = ["clash", "clashes", "fighting", "fight", "gunfight", "firefight", "encounter", "battle",
                                          "exchange", "skirmish", "skirmishes"]

    /// Where the passive of harm that opens the event's clause ends (its participle), before or at
    /// the trigger: `2 soldiers were killed`, `X killed in an ambush`; nil when the clause is active.
    static func passiveHarm(_ draft: EventDraft, _ t: [EventToken]) -> Int? {
        var clause = 0
        // Marks only: this reads every token before each event's trigger.
        for i in 0..<min(t.count, draft.last + 1) {
            if !t[i].isWord {
                if t[i].lower == "," || t[i].lower == ";" { clause = i + 1 }
                continue
            }
            guard t[i].marks.contains(.harm), i > clause else { continue }
            // `were killed`, `was shot dead`, `have been injured`.
            if t[i - 1].marks.contains(.passive) { return i }
            // A headline's participle with no auxiliary: `Two herders killed in raid`; not `killed at least 5`.
            if i + 1 < t.count, headlineFollowers.contains(t[i + 1].lower),
               !t[clause..<i].contains(where: { $0.marks.contains(.passive) || $0.marks.contains(.perfect) }) {
                return i
            }
        }
        return nil
    }

    /// The sides of an event told in the passive of harm: the agent after `by` or `with` (a clash's
    /// other side) as actor1, the clause's subject as actor2; nil when the clause is active.
    static func passiveSides(_ draft: EventDraft, _ m: [SentenceMention], _ t: [EventToken]) -> (EventParty?, EventParty?)? {
        guard let participle = passiveHarm(draft, t) else { return nil }
        let clause = (t[..<participle].lastIndex { $0.lower == "," || $0.lower == ";" }).map { $0 + 1 } ?? 0
        let victim = m.last { $0.first >= clause && $0.last < participle }
        var agent: SentenceMention?
        for k in (participle + 1)..<min(t.count, participle + 12) {
            let w = t[k].lower
            if w == ";" || w == "." { break }
            let byAgent = w == "by"
            let clashSide = w == "with" && t[max(participle + 1, k - 3)..<k].contains { fightNouns.contains($0.lower) }
            guard byAgent || clashSide else { continue }
            agent = m.first { $0.first > k && $0.first <= k + 5 && $0.mention.key != victim?.mention.key }
            if agent != nil { break }
        }
        return (agent?.party, victim?.party)
    }
}
