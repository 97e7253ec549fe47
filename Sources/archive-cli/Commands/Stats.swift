import Archive
import ArgumentParser

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Figures about the archive: articles, files, dates, sources.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.writeRows(from: database) { db, writer in try ArchiveStats.write(from: db, to: writer) }
    }
}
