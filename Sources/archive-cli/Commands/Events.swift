import Archive
import ArgumentParser

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Events coded from the articles (ACLED-style), newest first.",
        discussion: """
            Columns: event_id,event_date,time_precision,event_type,sub_event_type,kind,confidence,actor1,actor2,
            claimed_by,country,admin1,location,latitude,longitude,geo_precision,fatalities,notes,sources,
            articles (article ids joined with "; ").
            One row per event, however many articles report it.

            confidence (0–1, two decimals): the event model's probability that a
            sentence reports a real ACLED-style event of that type; an event has
            its surest report's. Events below 0.5 are not stored, so every event
            listed is more likely real than not; --min-confidence 0.8 gives a
            stricter view. Empty for events an older version stored, until
            `archive reindex`.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "How many to list (0: all).")
    var limit = 0

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            let filter = try filters.filter(in: db)
            try output.withWriter { writer, _, _ in
                if try EventQueries.list(filter, limit: max(0, limit), in: db, to: writer) == 0 {
                    try explainEmpty { try FilterReport.events(filter, in: db) }
                }
            }
        }
    }
}
