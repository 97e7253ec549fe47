import Archive
import ArgumentParser

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement and write its rows.",
        discussion: """
            The archive is opened read-only, so nothing can change it. Tables: articles, files,
            ingest_runs, articles_fts (full text); views: article_files, skipped_files.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "One SELECT (or WITH, EXPLAIN, read-only PRAGMA) statement.")
    var statement: String

    func run() throws {
        try reportingFailures {
            let db = try ArchiveDatabase.openForReading(at: database.path)
            try output.withWriter { writer, _, _ in try Exporter.runQuery(statement, in: db, to: writer) }
        }
    }
}
