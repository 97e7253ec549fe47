import Archive
import ArgumentParser

struct DatasetteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasette",
        abstract: "Set Datasette up for reading the archive: write its metadata file and print (or run) the command.",
        discussion: """
            Writes a Datasette metadata file (next to the archive, ARCHIVE.datasette.json, or --output):
            long bodies cut in tables, titles and names as the labels of rows, newest first, facets on
            source, event type and country, internal tables hidden, and canned queries: latest_articles, search (full-text,
            with snippets), articles_naming (an entity under any spelling), events_per_month. The
            event_rows view has latitude and longitude, so with the datasette-cluster-map plugin it shows
            the events on a map. Prints the datasette command line; --serve runs it.

            Needs Datasette 0.65 and the plugin: pip install datasette datasette-cluster-map
            The archive file is not changed; Datasette opens it as it is.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Write the metadata here (default: next to the archive).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Run datasette now instead of printing its command line.")
    var serve = false

    @Option(name: .long, help: ArgumentHelp("The address Datasette listens on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port Datasette listens on.")
    var port = 8001

    @Option(name: .long, help: ArgumentHelp("Characters of a cell shown in tables before it is cut.", valueName: "n"))
    var truncate = 200

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port \(port) is not a port; give 1 to 65535.") }
        guard truncate > 0 else { throw ValidationError("--truncate \(truncate): give a number of characters above 0.") }
    }

    func run() throws {
        try reportingFailures {
            _ = try database.openForReading()  // an archive, and of this version, before Datasette is pointed at it
            var setup = DatasetteSetup(archivePath: database.path, metadataPath: output)
            (setup.host, setup.port, setup.truncateCells) = (host, port, truncate)
            try setup.writeMetadata()
            printError("archive: wrote \(setup.metadataPath)")
            if serve {
                printError("archive: \(setup.commandLine)")
                try setup.serve()
            }
            print(setup.commandLine)
        }
    }
}
