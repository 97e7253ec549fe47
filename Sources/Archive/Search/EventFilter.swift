/// Which events a listing, an export or a timeline covers. Every field narrows; nil means any.
public struct EventFilter: Sendable {
    /// Part of the ACLED event type or sub-event type, any case (`explosions`, `IED`).
    public var eventType: String?
    public var subType: String?
    public var since: PartialDate?
    public var until: PartialDate?
    /// Country or region as a name (any spelling the gazetteer knows) or an ISO code.
    public var country: String?
    public var admin1: String?
    /// Entity ids of each `--actor`: the event must involve one of each group.
    public var actors: [[Int64]] = []
    /// Only events reported by an article matching this full-text query.
    public var query: FTSQuery?
    /// Only events at least this sure (0–1), as shown (rounded to two decimals); events without a
    /// confidence (stored before it existed, not yet reindexed) are left out.
    public var minConfidence: Double?
    /// Only events whose point lies within `withinKilometres` of this point (great-circle).
    public var near: GeoPoint?
    public var withinKilometres: Double?
    /// Only events whose point lies in this box.
    public var box: BoundingBox?

    public init(eventType: String? = nil, subType: String? = nil, since: PartialDate? = nil, until: PartialDate? = nil,
                country: String? = nil, admin1: String? = nil, actors: [[Int64]] = [], query: FTSQuery? = nil,
                minConfidence: Double? = nil, near: GeoPoint? = nil, withinKilometres: Double? = nil, box: BoundingBox? = nil) {
        (self.eventType, self.subType, self.since, self.until) = (eventType, subType, since, until)
        (self.country, self.admin1, self.actors, self.query, self.minConfidence) = (country, admin1, actors, query, minConfidence)
        (self.near, self.withinKilometres, self.box) = (near, withinKilometres, box)
    }

    /// The condition on `events AS e`, numbered parameters ?1…?9 and ?11…?17 bound by
    /// `bindings(limit:)`, ?10 being the query's LIMIT. The distance is measured only for events
    /// in the band of latitudes it can reach (111.19 km a degree), so most are passed over by a
    /// comparison.
    static let sqlCondition = """
        (?1 IS NULL OR instr(lower(e.event_type), lower(?1)) > 0)
        AND (?2 IS NULL OR instr(lower(e.sub_event_type), lower(?2)) > 0)
        AND (?3 IS NULL OR e.event_date >= ?3)
        AND (?4 IS NULL OR substr(e.event_date, 1, length(?4)) <= ?4)
        AND (?5 IS NULL OR e.country_code IN (SELECT value FROM json_each(?5)))
        AND (?6 IS NULL OR e.admin1_code IN (SELECT value FROM json_each(?6)))
        AND NOT EXISTS (SELECT 1 FROM json_each(?7) AS g WHERE NOT EXISTS (
            SELECT 1 FROM json_each(g.value) AS x WHERE x.value IN (e.actor1_id, e.actor2_id, e.claimed_by_id)))
        AND (?8 IS NULL OR EXISTS (SELECT 1 FROM event_reports AS r
            WHERE r.event_id = e.id AND r.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?8)))
        AND (?9 IS NULL OR round(e.confidence, 2) >= ?9)
        AND (?11 IS NULL OR (e.latitude BETWEEN ?11 AND ?12 AND CASE WHEN ?13 <= ?14 THEN e.longitude BETWEEN ?13 AND ?14
                                                                    ELSE e.longitude >= ?13 OR e.longitude <= ?14 END))
        AND (?15 IS NULL OR (e.latitude BETWEEN ?15 - ?17 / 111.19 AND ?15 + ?17 / 111.19
                             AND archive_km(e.latitude, e.longitude, ?15, ?16) <= ?17))
        """

    /// The values of the condition's parameters, `limit` (-1: none) the tenth.
    func bindings(limit: Int64 = -1) -> [Value] {
        let real = { (value: Double?) in value.map(Value.real) ?? .null }
        let radius = near == nil ? nil : withinKilometres ?? Self.defaultKilometres
        return parameters + [.integer(limit), real(box?.south), real(box?.north), real(box?.west), real(box?.east),
                             real(near?.latitude), real(near?.longitude), real(radius)]
    }

    /// `--near` without `--within`: the 25 km the evaluation counts as placed right.
    public static let defaultKilometres = 25.0

    private var parameters: [Value] {
        [Value(eventType), Value(subType), Value(since?.description), Value(until?.description),
         country.map { Value.text(Self.jsonArray(EventGazetteer.shared.codes(matching: $0, regions: false))) } ?? .null,
         admin1.map { Value.text(Self.jsonArray(EventGazetteer.shared.codes(matching: $0, regions: true))) } ?? .null,
         .text("[" + actors.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]"),
         Value(query?.expression), minConfidence.map(Value.real) ?? .null]
    }

    private static func jsonArray(_ codes: [String]) -> String {
        "[" + codes.map(JSONText.quote).joined(separator: ",") + "]"
    }
}

extension EventGazetteer {
    /// ISO codes a person may mean by `text`: a code as typed, or a name however spelled
    /// (`Qadisiyyah`, `al-Qadisiyah` and `Al Qādisīyah` are one).
    func codes(matching text: String, regions: Bool) -> [String] {
        let upper = text.uppercased()
        if names[upper] != nil { return [upper] }
        let wanted = Self.looseKey(text)
        return names.keys.filter { code in
            (code.contains("-") == regions) && (variants[code] ?? []).contains { Self.looseKey($0) == wanted }
        }.sorted()
    }

    /// Folded, without `al`, spaces or doubled letters.
    static func looseKey(_ name: String) -> String {
        var words = NameKey.fold(name).split(separator: " ").map(String.init)
        if words.count > 1, ["al", "el", "ad", "an", "as", "ash", "ar", "az"].contains(words[0]) { words.removeFirst() }
        var out = ""
        for c in words.joined() where out.last != c { out.append(c) }
        return out
    }
}
