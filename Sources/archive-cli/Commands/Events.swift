import Archive
import ArgumentParser

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Events coded from the articles (ACLED-style), newest first.",
        discussion: """
            Columns: event_id,event_date,time_precision,event_type,sub_event_type,kind,actor1,actor2,claimed_by,
            country,admin1,location,fatalities,notes,sources,articles (article ids joined with "; ").
            One row per event, however many articles report it.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "How many to list (0: all).")
    var limit = 0

    func run() throws {
        try reportingFailures {
            let db = try ArchiveDatabase.openForReading(at: database.path)
            let filter = try filters.filter(in: db)
            try output.withWriter { writer, _, _ in
                try EventQueries.list(filter, limit: max(0, limit), in: db, to: writer)
            }
        }
    }
}
