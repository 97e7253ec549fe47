import Archive
import ArgumentParser

extension Timeline.Period: ExpressibleByArgument {}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Events per month, week or day: a bar chart on a terminal, rows for a spreadsheet.",
        discussion: """
            Takes the filters of `archive events`. With --format table (the default on a terminal) prints a bar
            per period; csv, json and jsonl print period,events and one column per ACLED event type. Every
            period between the first and the last is listed, empty ones as 0. Weeks are named by their Monday.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "month, week or day.")
    var by: Timeline.Period = .month

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            let filter = try filters.filter(in: db)
            let timeline = try Timeline.build(filter, by: by, in: db)
            try output.withWriter { writer, format, sink in
                if format == .table { try sink.write(timeline.chart()) } else { try timeline.write(to: writer) }
            }
            if timeline.rows.isEmpty && timeline.undated == 0 && timeline.coarser == 0 {
                try explainEmpty { try FilterReport.events(filter, in: db) }
            }
        }
    }
}
