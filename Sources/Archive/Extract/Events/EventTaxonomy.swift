/// ACLED's six event types, with ACLED's labels.
public enum EventType: String, Sendable, CaseIterable {
    case battles = "Battles"
    case explosions = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategicDevelopments = "Strategic developments"
}

/// ACLED's sub-event types, with ACLED's exact labels, each under its event type.
public enum SubEventType: String, Sendable, CaseIterable {
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case chemicalWeapon = "Chemical weapon"
    case airDroneStrike = "Air/drone strike"
    case suicideBomb = "Suicide bomb"
    case shelling = "Shelling/artillery/missile attack"
    case remoteExplosive = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    case sexualViolence = "Sexual violence"
    case attack = "Attack"
    case abduction = "Abduction/forced disappearance"
    case peacefulProtest = "Peaceful protest"
    case protestWithIntervention = "Protest with intervention"
    case excessiveForce = "Excessive force against protesters"
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroup = "Change to group/activity"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case headquartersEstablished = "Headquarters or base established"
    case lootingPropertyDestruction = "Looting/property destruction"
    case nonViolentTransfer = "Non-violent transfer of territory"
    case other = "Other"

    public var eventType: EventType {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: return .battles
        case .chemicalWeapon, .airDroneStrike, .suicideBomb, .shelling, .remoteExplosive, .grenade: return .explosions
        case .sexualViolence, .attack, .abduction: return .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention, .excessiveForce: return .protests
        case .violentDemonstration, .mobViolence: return .riots
        default: return .strategicDevelopments
        }
    }

    /// How much the label says: a weapon or a kind of harm beats a bare clash or attack, so that
    /// of two reports of one event the more telling label is kept.
    var specificity: Int {
        switch self {
        case .armedClash, .attack: return 1
        case .other: return 0
        default: return 2
        }
    }

    /// Political violence: reports of one such event may name it with different words
    /// (`attack`, `roadside bomb`, `blast`) and still be one event.
    var isViolent: Bool { [.battles, .explosions, .violenceAgainstCivilians].contains(eventType) }
    /// A crowd's protest, peaceful or not: one gathering may be told as each kind, sentence by sentence.
    var isProtestLike: Bool { eventType == .protests || self == .violentDemonstration }
    /// Whether ACLED counts deaths for it: political violence, riots (`a man was lynched`) and
    /// protests met with force (`three killed as police fired on marchers`), not a peaceful protest.
    var mayKill: Bool { isViolent || eventType == .riots || (eventType == .protests && self != .peacefulProtest) }
}

/// What a Strategic developments/Other event is, in our own words (ACLED leaves it to the notes).
public enum EventKind: String, Sendable, CaseIterable {
    case statement, threat, claim, legislation, withdrawal
}
