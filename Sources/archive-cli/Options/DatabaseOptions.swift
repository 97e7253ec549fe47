import Archive
import ArgumentParser

/// Where the archive file is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive file (default: $ARCHIVE_DB, else ./archive.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? ArchiveDatabase.defaultPath() }
}
