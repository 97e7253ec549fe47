import Archive
import ArgumentParser

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement and write its rows.",
        discussion: """
            Any statement that reads: SELECT, WITH, EXPLAIN, VALUES, and PRAGMAs that read \
            (PRAGMA table_info(articles), SELECT * FROM pragma_table_info('events')); a trailing ; \
            or -- comment is fine. The statement runs on a read-only connection, so it cannot change \
            the archive; a refusal names the rule that refused it. An archive written by an older \
            version of archive is first migrated to this version's schema, once and in place, as \
            every command does (a line on standard error says so).

            Tables: articles (one row per story), articles_fts (full text: WHERE articles_fts MATCH), \
            files (the ingest ledger), ingest_runs, search_terms, entities, aliases (every spelling), \
            mention_spans, corrections, events, event_reports (which article reports which event). \
            Views: article_files, skipped_files, mentions and article_entities (mentions with their \
            spelling), event_rows (events as exported), simhash_bands. \
            `archive schema` lists every column.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "One statement that reads: SELECT, WITH, EXPLAIN, VALUES or a PRAGMA that reads.")
    var statement: String

    func run() throws {
        try output.writeRows(from: database) { db, writer in try Exporter.runQuery(statement, in: db, to: writer) }
    }
}
