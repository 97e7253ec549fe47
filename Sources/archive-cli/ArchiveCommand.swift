import Archive
import ArgumentParser

@main
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "A local news archive: ingest folders of articles, search them, export what you find.",
        discussion: """
            Every command works on one SQLite file: --db PATH, else $ARCHIVE_DB, else ./archive.sqlite.
            Shell completion: archive --generate-completion-script bash|zsh|fish (README: Install).
            """,
        version: ArchiveVersion.report,
        subcommands: [Ingest.self, Search.self, Export.self, Show.self, SQL.self, SchemaCommand.self, Stats.self, Extract.self,
                      Entities.self, Entity.self, Alias.self, Events.self, TimelineCommand.self, MapCommand.self, DatasetteCommand.self, Reindex.self]
    )
}
