import Archive
import ArgumentParser

/// Where the archive file is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive file (default: $ARCHIVE_DB, else ./archive.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? ArchiveDatabase.defaultPath() }

    /// The archive, read-only; one an older version wrote is migrated first, and the user is told,
    /// since older versions of the program cannot open it afterwards.
    func openForReading() throws -> Connection {
        let path = self.path
        return try ArchiveDatabase.openForReading(at: path) { from, to in
            printError("archive: \(path) was written with archive schema version \(from); it is now migrated to version \(to) (once, in place; older versions of archive cannot open it any more)")
        }
    }
}
