import Archive
import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a whole table out, streamed row by row.",
        discussion: """
            articles: id,title,published,date_precision,source,byline,url,path,words,duplicate_of,tags
            (tags joined with "; "). Every copy of a story is listed unless --originals.
            entities: id,type,name,aliases,code,country,latitude,longitude,articles,mentions
            mentions: article_id,entity_id,type,name,text,start,end,sentence (offsets into the body)
            events: event_id,event_date,time_precision,event_type,sub_event_type,kind,confidence,actor1,actor2,
            claimed_by,country,admin1,location,latitude,longitude,geo_precision,fatalities,notes,sources,
            articles (ids joined with "; "); takes the filters of `archive events` (--type, --sub-type,
            --country, --admin1, --actor, --query, --min-confidence, --near/--within, --bbox; with
            events, --since/--until are the event's date). --format geojson writes events as a GeoJSON
            FeatureCollection of points; events without a point are left out, and stderr says how many.
            """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable { case articles, entities, mentions, events }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup(title: "Event filters (export events)") var eventFilters: ExportEventFilters
    @OptionGroup var output: OutputOptions

    @Argument(help: "What to export: articles, entities, mentions or events.")
    var table: Table

    @Flag(name: .long, help: "Only the original of each story, not its near-duplicates.")
    var originals = false

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            if table == .events {
                let filter = try eventFilters.filter(since: filters.since, until: filters.until, in: db)
                try output.withWriter { writer, _, _ in try EventQueries.export(filter, from: db, to: writer) }
                return
            }
            let filter = try filters.filter(allCopies: !originals, in: db)
            try output.withWriter { writer, _, _ in
                switch table {
                case .articles: try Exporter.exportArticles(from: db, filter: filter, to: writer)
                case .entities: try EntityQueries.exportEntities(from: db, to: writer)
                case .mentions: try EntityQueries.exportMentions(from: db, to: writer)
                case .events: break
                }
            }
        }
    }
}

/// The filters of `archive events` that `export` does not already have (`--since`, `--until` it shares).
struct ExportEventFilters: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("ACLED event type, or part of it.", valueName: "text")) var type: String?
    @Option(name: .long, help: ArgumentHelp("ACLED sub-event type, or part of it.", valueName: "text")) var subType: String?
    @Option(name: .long, help: ArgumentHelp("Country name or ISO code.", valueName: "name")) var country: String?
    @Option(name: .long, help: ArgumentHelp("First-level region name or ISO 3166-2 code.", valueName: "name")) var admin1: String?
    @Option(name: .long, help: ArgumentHelp("Only events this entity takes part in (repeatable).", valueName: "name")) var actor: [String] = []
    @Option(name: .long, help: ArgumentHelp("Only events reported by an article matching this search.", valueName: "query")) var query: String?
    @Option(name: .long, help: ArgumentHelp("Only events at least this sure, 0–1 (see `archive events --help`).", valueName: "p"))
    var minConfidence: Double?
    @Option(name: .long, help: ArgumentHelp("Only events near this place (see `archive events --help`).", valueName: "place")) var near: String?
    @Option(name: .long, help: ArgumentHelp("With --near: how far, in km or mi (default 25km).", valueName: "distance")) var within: String?
    @Option(name: .long, help: ArgumentHelp("Only events in this box: minLon,minLat,maxLon,maxLat.", valueName: "box")) var bbox: String?

    func validate() throws {
        try EventFilterOptions.validate(minConfidence: minConfidence)
        try EventFilterOptions.validate(near: near, within: within, bbox: bbox)
    }

    func filter(since: String?, until: String?, in db: Connection) throws -> EventFilter {
        var options = EventFilterOptions()
        (options.type, options.subType, options.since, options.until) = (type, subType, since, until)
        (options.country, options.admin1, options.actor, options.query) = (country, admin1, actor, query)
        (options.minConfidence, options.near, options.within, options.bbox) = (minConfidence, near, within, bbox)
        return try options.filter(in: db)
    }
}
