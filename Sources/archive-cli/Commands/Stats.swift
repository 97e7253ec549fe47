import Archive
import ArgumentParser

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Figures about the archive: articles, files, dates, sources.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            try output.withWriter { writer, _, _ in try ArchiveStats.write(from: db, to: writer) }
        }
    }
}
