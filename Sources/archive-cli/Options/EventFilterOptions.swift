import Archive
import ArgumentParser

/// Which events a listing, export or timeline covers.
struct EventFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("ACLED event type, or part of it (battles, explosions, protests…).", valueName: "text"))
    var type: String?

    @Option(name: .long, help: ArgumentHelp("ACLED sub-event type, or part of it (IED, air/drone, arrests…).", valueName: "text"))
    var subType: String?

    @Option(name: .long, help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only events on or before this date.", valueName: "date"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Country: a name in any common spelling, or its ISO code (IQ).", valueName: "name"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp("First-level region: a name (Dhi Qar, Qadisiyyah) or its ISO 3166-2 code (IQ-DQ).", valueName: "name"))
    var admin1: String?

    @Option(name: .long, help: ArgumentHelp("Only events this entity takes part in, under any spelling (repeatable: all must).", valueName: "name"))
    var actor: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only events reported by an article matching this search (same syntax as `archive search`).", valueName: "query"))
    var query: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only events at least this sure, 0–1: the model's probability that the sentence reports a real event of its type (stored events are all 0.5 or more; 0.8 is a stricter view).",
        valueName: "p"))
    var minConfidence: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Only events near this place: a town, region or country (Nasiriyah; Hilla, Iraq), a place of the archive, or latitude,longitude.",
        valueName: "place"))
    var near: String?

    @Option(name: .long, help: ArgumentHelp("With --near: how far from it, in km or mi (50km, 30mi; default 25km).", valueName: "distance"))
    var within: String?

    @Option(name: .long, help: ArgumentHelp("Only events in this box: minLon,minLat,maxLon,maxLat in degrees (GeoJSON's order).",
                                            valueName: "box"))
    var bbox: String?

    func validate() throws {
        try Self.validate(minConfidence: minConfidence)
        try Self.validate(near: near, within: within, bbox: bbox)
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate(iso: value) == nil {
                throw ValidationError(ArchiveError.invalidDate(argument: name, value: value).description)
            }
        }
    }

    static func validate(minConfidence: Double?) throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError(ArchiveError.invalidConfidence(value: minConfidence).description)
        }
    }

    static func validate(near: String?, within: String?, bbox: String?) throws {
        do {
            if let within { _ = try GeoFilterTerms.kilometres(within) }
            if let bbox { _ = try GeoFilterTerms.box(bbox) }
        } catch let error as ArchiveError {
            throw ValidationError(error.description)
        }
        if within != nil, near == nil { throw ValidationError("--within needs --near, the place to measure from.") }
    }

    func filter(in db: Connection) throws -> EventFilter {
        let actors = try actor.map { name in
            let ids = try EntityQueries.entityIDs(named: name, in: db)
            guard !ids.isEmpty else { throw ArchiveError.entityNotFound(name: name) }
            return ids
        }
        return EventFilter(eventType: type, subType: subType, since: since.flatMap(PartialDate.init(iso:)),
                           until: until.flatMap(PartialDate.init(iso:)), country: country, admin1: admin1, actors: actors,
                           query: try query.map { try FTSQuery.parse($0) }, minConfidence: minConfidence,
                           near: try near.map { try PlaceLookup.point(named: $0, in: db) }, withinKilometres: try within.map(GeoFilterTerms.kilometres),
                           box: try bbox.map(GeoFilterTerms.box))
    }
}
