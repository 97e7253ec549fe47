/// The words of a sentence that tell what happened at a protest, apart from those that tell what
/// it was about: in `staged a human chain against the killing of a student` the killing is the
/// grievance, not force used on the crowd.
struct ProtestClause {
    let sentence: EventSentence
    let protest: TriggerHit
    let lexicon: EventLexicon

    /// Words after which a protest's sentence states its cause or demand.
    static let grievanceMarkers: Set<String> = [
        "demanding", "demand", "demanded", "demands", "against", "over", "protesting", "condemning", "denouncing",
        "decrying", "seeking", "calling", "urging", "justice", "release", "punishment", "commemorate", "commemorating",
        "marking", "mourning", "about", "regarding", "concerning",
    ]

    static let interveners: Set<String> = [
        "police", "policemen", "policeman", "officers", "security", "soldiers", "troops", "army", "guards", "forces",
        "gendarmes", "gendarmerie", "riot", "anti-riot", "military", "paramilitary", "authorities",
    ]

    /// Where the cause of the sentence's first protest begins: the first marker after the
    /// protest's word, or nil when the sentence names no protest or no cause.
    static func grievanceStart(_ hits: [TriggerHit], _ t: [EventToken]) -> Int? {
        guard let protest = hits.first(where: { if case let .subType(s) = $0.trigger.meaning { return s.eventType == .protests }; return false })
        else { return nil }
        var i = protest.last + 1
        while i < t.count {
            if grievanceMarkers.contains(t[i].lower) { return i }
            i += 1
        }
        return nil
    }

    /// Words for a crowd, not an armed group: what they loot or burn is mob violence.
    static let crowds: Set<String> = [
        "mob", "mobs", "crowd", "crowds", "youths", "youth", "supporters", "rioters", "residents", "villagers", "locals",
        "people", "students", "community", "activists", "protesters", "protestors", "demonstrators", "workers", "traders",
        "persons", "inhabitants", "worshippers", "farmers", "herders", "mourners", "fans",
    ]

    /// `Youths looted shops`, `villagers burned down a police post`: ACLED codes looting and
    /// destruction by a crowd as mob violence; by an armed group or forces, as looting.
    static func crowdLooting(_ sub: SubEventType, _ hit: TriggerHit, _ sentence: EventSentence, _ lexicon: EventLexicon) -> SubEventType {
        guard sub == .lootingPropertyDestruction, !sentence.has(lexicon.rules.protestWords) else { return sub }
        let before = sentence.tokens[..<hit.first]
        guard before.contains(where: { crowds.contains($0.lower) }),
              !before.contains(where: { $0.lists & (lexicon.rules.military | lexicon.rules.armedParties) != 0 && !crowds.contains($0.lower) })
        else { return sub }
        return .mobViolence
    }

    /// `rallied to mourn the demonstrators killed last week`, `demanding the release of those
    /// arrested`: the words of violence or force are all in the protest's cause, none in what happened.
    static func violenceOnlyInCause(_ sentence: EventSentence, _ hits: [TriggerHit], _ lexicon: EventLexicon) -> Bool {
        let t = sentence.tokens
        guard let start = grievanceStart(hits, t) else { return false }
        let violence = lexicon.rules.violentProtest | lexicon.rules.lethal | lexicon.rules.force
        return !t[..<start].contains { $0.lists & violence != 0 } && t[start...].contains { $0.lists & violence != 0 }
    }

    /// Peaceful, with intervention, excessive force or violent, from the words outside the cause.
    /// Excessive force needs lethal force and someone to use it (police, troops); deaths at a
    /// protest with no one named to cause them tell of a violent one.
    func subType(rioting: Bool) -> SubEventType {
        let t = sentence.tokens
        let end = ProtestClause.grievanceStart([protest], t) ?? t.count
        var lists: UInt32 = 0
        var intervener = false
        for token in t[..<end] {
            lists |= token.lists
            if Self.interveners.contains(token.lower) { intervener = true }
        }
        let violent = rioting || lists & lexicon.rules.violentProtest != 0
        let lethal = lists & lexicon.rules.lethal != 0
        if lethal && intervener && !violent { return .excessiveForce }
        if violent || lethal { return .violentDemonstration }
        if lists & lexicon.rules.force != 0 { return .protestWithIntervention }
        return .peacefulProtest
    }
}

/// What the weapons named beside shelling or explosions make of it: `fired mortars and small arms
/// at the positions` is an armed clash (the sides were within rifle range), as is shelling told
/// with both sides fighting (`clashed with heavy artillery`); explosions counted
/// with no bomb or mine named (`twenty explosions near the line`) are shelling.
enum WeaponMix {
    static let devices: Set<String> = [
        "bomb", "bombs", "ied", "ieds", "mine", "mines", "landmine", "landmines", "device", "devices", "grenade",
        "grenades", "car", "vehicle", "suicide", "dynamite", "cylinder", "gas", "explosives",
    ]

    static func subType(_ sub: SubEventType, _ hit: TriggerHit, _ sentence: EventSentence) -> SubEventType {
        let explosionWord = sub == .remoteExplosive && hit.trigger.rank <= 3
        guard sub == .shelling || explosionWord else { return sub }
        let t = sentence.tokens
        if hasSmallArms(t) || isTwoSided(t) { return .armedClash }
        if explosionWord, t[hit.last].lower.hasSuffix("s"), isCounted(t, hit.first), !t.contains(where: { devices.contains($0.lower) }) {
            return .shelling
        }
        return sub
    }

    /// `clashed with heavy artillery`, `fire in both directions`, `repelled an attack`: both sides
    /// fought, which makes the shelling part of a clash.
    static func isTwoSided(_ t: [EventToken]) -> Bool {
        for i in t.indices {
            let w = t[i].lower
            if w.hasPrefix("clash") || w.hasPrefix("exchang") || w == "repelled" || w == "responded" || w == "fought"
                || w == "battle" || w == "battles" || w == "gunfight" || w == "firefight"
                || (w == "both" && i + 1 < t.count && (t[i + 1].lower == "directions" || t[i + 1].lower == "sides")) {
                return true
            }
        }
        return false
    }

    /// `small arms`, `machine guns`, `sniper rifles`, `bursts of fire`.
    static func hasSmallArms(_ t: [EventToken]) -> Bool {
        for i in t.indices {
            let w = t[i].lower
            let next = i + 1 < t.count ? t[i + 1].lower : ""
            if (w == "small" && (next == "arms" || next == "arms/heavy" || next.hasPrefix("arms/"))) || w == "small-arms"
                || (w == "machine" && next.hasPrefix("gun")) || w.hasPrefix("machinegun") || w.hasPrefix("machine-gun")
                || w == "sniper" || w == "snipers" || w == "rifles" || w == "gunfire" || (w == "bursts" && next == "of") {
                return true
            }
        }
        return false
    }

    private static let counts: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                                              "multiple", "dozens", "dozen", "numerous", "many", "series", "hundreds"]

    /// A number or count word up to three words before: `a total of 19 explosions`, `several loud explosions`.
    static func isCounted(_ t: [EventToken], _ first: Int) -> Bool {
        for i in stride(from: first - 1, through: max(0, first - 3), by: -1) {
            if t[i].isNumber || counts.contains(t[i].lower) { return true }
        }
        return false
    }
}
