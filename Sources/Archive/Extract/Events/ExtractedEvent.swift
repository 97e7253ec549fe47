/// An entity taking part in an event (actor, target, claimant, place), as the article's mention of it.
public struct EventParty: Sendable, Equatable {
    public let name: String
    /// The entity's resolution key: the same key is the same entity across articles.
    public let key: String
    public let type: EntityType
    /// Unicode scalar offset of the mention in the body; the store maps it to the corrected entity.
    public let start: Int
}

/// One event an article reports, coded the ACLED way, with the sentence that reports it.
public struct ExtractedEvent: Sendable, Equatable {
    public var subType: SubEventType
    public var eventType: EventType { subType.eventType }
    /// For Strategic developments/Other: statement, threat, claim, legislation, withdrawal.
    public var kind: EventKind?
    /// Nil when the text gives no date it can be resolved to.
    public var date: PartialDate?
    public var actor1: EventParty?
    public var actor2: EventParty?
    public var claimedBy: EventParty?
    /// ISO 3166-1 alpha-2 and ISO 3166-2 codes.
    public var countryCode: String?
    public var admin1Code: String?
    /// The region's name as the text wrote it (`Urozgan`, `Ar-Raqqa`), for the code it was read as:
    /// the reader's spelling, and ACLED's, is the source's; the gazetteer's is a transliteration.
    var admin1Written: WrittenRegion?
    /// Told by who acts, not by a place the text names (`ActorCountries`): no region, no point.
    var countryInferred = false
    /// The most precise place named.
    public var location: EventParty?
    /// Where it is drawn on a map, and how exactly (ACLED's geo_precision: 1 the town itself, 2
    /// near it or a part of a region, 3 a region's or country's centre); nil when no place is known.
    public var point: GeoPoint?
    public var geoPrecision: Int?
    public var fatalities: Int?
    /// How sure the coder is that this is a real event of this type (0–1): the event model's
    /// probability that the sentence reports an ACLED event, or a rule's fixed figure.
    public var confidence: Double = 1
    /// The evidence sentence: its text and Unicode scalar offsets into the body.
    public var notes: String
    public var start: Int
    public var end: Int
    /// Rank of the words that named it; a report that names the weapon beats one that says `attack`.
    var rank: Int
    var generic: Bool
    /// Named as an event the story has told (`died in the attack`, `Tuesday's blast`): merged into
    /// that event within the article, not a new one (`EventMerging.toldBefore`).
    var pointsBack = false

    public var timePrecision: String { date.map { $0.precision.rawValue } ?? "unknown" }
    public var country: String? { countryCode.flatMap { EventGazetteer.shared.name(ofCode: $0) } }
    public var admin1: String? {
        guard let code = admin1Code else { return nil }
        if let written = admin1Written, written.code == code { return written.name }
        return EventGazetteer.shared.name(ofCode: code)
    }
}

/// A region's code and its name as a text wrote it.
struct WrittenRegion: Sendable, Equatable {
    let code: String
    let name: String
}
