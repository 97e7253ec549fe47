/// When two reports are of one event: the same kind of event (any two words for political
/// violence), dates within a day, the same place or one inside the other, no actors that
/// contradict. Used within an article here and across articles by the store.
enum EventMerging {
    struct Facts: Equatable {
        var subType: SubEventType
        var kind: EventKind?
        var date: PartialDate?
        var countryCode: String?
        var admin1Code: String?
        var locationKey: String?
        var actor1Key: String?
        var actor2Key: String?
    }

    /// `undatedMatch`: whether two undated reports may be one event (same article, or copies of one story).
    static func compatible(_ a: Facts, _ b: Facts, undatedMatch: Bool) -> Bool {
        if a.subType.isViolent != b.subType.isViolent { return false }
        if !a.subType.isViolent, a.subType != b.subType || a.kind != b.kind { return false }
        switch (a.date, b.date) {
        case let (x?, y?):
            if let dx = x.dayNumber, let dy = y.dayNumber { if abs(dx - dy) > 1 { return false } }
            else if x.description != y.description { return false }
        default:
            // Undated reports are one event only where they share a place or an actor.
            guard undatedMatch else { return false }
            let samePlace = (a.admin1Code != nil && a.admin1Code == b.admin1Code) || (a.locationKey != nil && a.locationKey == b.locationKey)
            let sameActor = a.actor1Key != nil && (a.actor1Key == b.actor1Key || a.actor1Key == b.actor2Key)
            if !samePlace && !sameActor { return false }
        }
        if let x = a.countryCode, let y = b.countryCode, x != y { return false }
        if let x = a.admin1Code, let y = b.admin1Code, x != y { return false }
        if let x = a.locationKey, let y = b.locationKey, x != y, a.admin1Code == nil || b.admin1Code == nil { return false }
        if let x = a.actor1Key, let y = b.actor1Key, x != y, x != b.actor2Key { return false }
        return true
    }

    static func mergedWithinArticle(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var out: [ExtractedEvent] = []
        for event in events {
            if let index = out.firstIndex(where: { compatible(facts($0), facts(event), undatedMatch: true) }) {
                out[index] = merged(out[index], event)
            } else if let index = out.firstIndex(where: { sameProtest(facts($0), facts(event)) }) {
                out[index] = merged(out[index], event)
            } else if event.pointsBack, let index = out.lastIndex(where: { toldBefore(facts($0), facts(event)) }) {
                out[index] = merged(out[index], event)
            } else {
                out.append(event)
            }
        }
        return out
    }

    /// `Thousands marched in Frankfurt on Saturday. Protesters chanted slogans. Police were deployed
    /// at the rally.`: in one article, a later report of a protest that names no place of its own
    /// tells the protest the article has told, whatever kind of protest the rules made of each
    /// sentence (the first report's kind stays: ACLED codes a march that police `obstructed` as
    /// peaceful) and whatever country the placeless one guessed.
    static func sameProtest(_ a: Facts, _ b: Facts) -> Bool {
        guard a.kind == nil, b.kind == nil, a.subType.isProtestLike, b.subType.isProtestLike else { return false }
        if let x = a.date, let y = b.date {
            if let dx = x.dayNumber, let dy = y.dayNumber { if abs(dx - dy) > 1 { return false } }
            else if x.description != y.description { return false }
        }
        return b.admin1Code == nil && b.locationKey == nil
    }

    /// `At least 70 people died in the attack`, `Tuesday's attack`: a later report that names its
    /// event as one told (`ExtractedEvent.pointsBack`) is the last earlier report of its class
    /// (violence, protest, or the same sub-event type) whose date and region do not contradict it,
    /// whatever parties or type the rules and the model gave each sentence. A country differs only
    /// where the later report names a place of its own; otherwise it is the paragraph's or the text's.
    static func toldBefore(_ a: Facts, _ b: Facts) -> Bool {
        guard a.kind == nil, b.kind == nil else { return false }
        if a.subType.isViolent != b.subType.isViolent || a.subType.isProtestLike != b.subType.isProtestLike { return false }
        if !a.subType.isViolent, !a.subType.isProtestLike, a.subType != b.subType { return false }
        if let x = a.date?.dayNumber, let y = b.date?.dayNumber, abs(x - y) > 1 { return false }
        if let x = a.admin1Code, let y = b.admin1Code, x != y { return false }
        if let x = a.countryCode, let y = b.countryCode, x != y, b.admin1Code != nil || b.locationKey != nil { return false }
        return true
    }

    static func facts(_ e: ExtractedEvent) -> Facts {
        Facts(subType: e.subType, kind: e.kind, date: e.date, countryCode: e.countryCode, admin1Code: e.admin1Code,
              locationKey: e.location?.key, actor1Key: e.actor1?.key, actor2Key: e.actor2?.key)
    }

    /// The first report stays the evidence; the other fills what it lacks, and a named weapon
    /// replaces a bare `attack`.
    static func merged(_ a: ExtractedEvent, _ b: ExtractedEvent) -> ExtractedEvent {
        var out = a
        if a.generic && !b.generic || (b.subType.specificity > a.subType.specificity && a.subType.isViolent && b.subType.isViolent) {
            out.subType = b.subType
            out.generic = b.generic
            out.rank = b.rank
        }
        // Shelling told beside an exchange of fire is the arms of a battle both sides fought, which
        // the codebook codes as an armed clash; shelling alone is one side's remote attack.
        let pair = (a.subType, b.subType)
        if !a.generic, !b.generic, pair == (.armedClash, .shelling) || pair == (.shelling, .armedClash) { out.subType = .armedClash }
        if out.date == nil { out.date = b.date }
        out.actor1 = out.actor1 ?? b.actor1
        out.actor2 = out.actor2 ?? (b.actor2?.key == out.actor1?.key ? nil : b.actor2)
        out.claimedBy = out.claimedBy ?? b.claimedBy
        if out.admin1Code == nil, b.admin1Code != nil || out.countryCode == nil {
            out.admin1Code = b.admin1Code
            out.countryCode = b.countryCode ?? out.countryCode
        }
        if out.location == nil, out.admin1Code == b.admin1Code || b.admin1Code == nil { out.location = b.location }
        out.fatalities = [a.fatalities, b.fatalities].compactMap { $0 }.max()
        out.confidence = max(a.confidence, b.confidence)
        return out
    }
}
