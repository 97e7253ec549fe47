import Foundation

/// Datasette set up for reading the archive (`archive datasette`): a metadata file — labels,
/// facets, sort orders, hidden internals, canned queries, the cluster map on events — and the
/// `datasette` command line that opens the archive with it. Written for Datasette 0.65, whose
/// metadata file carries all of this; nothing in the archive file changes.
public struct DatasetteSetup: Sendable {
    /// The archive file Datasette opens.
    public let archivePath: String
    /// Where the metadata is written.
    public let metadataPath: String
    /// Characters of a cell shown in tables before it is cut (`truncate_cells_html`).
    public var truncateCells = 200
    public var host = "127.0.0.1"
    public var port = 8001

    /// The metadata goes next to the archive (`news.sqlite` → `news.datasette.json`) unless given a path.
    public init(archivePath: String, metadataPath: String? = nil) {
        self.archivePath = archivePath
        // As the archive's path was given (relative stays relative), so the printed command reads as typed.
        self.metadataPath = metadataPath ?? (archivePath as NSString).deletingPathExtension + ".datasette.json"
    }

    /// Datasette's name for the database: the file name without its extension.
    public var databaseName: String {
        URL(fileURLWithPath: archivePath).deletingPathExtension().lastPathComponent
    }

    /// The metadata as a JSON document, keys sorted, so the same archive path gives the same bytes.
    public func metadataJSON() throws -> Data {
        try JSONSerialization.data(withJSONObject: metadata(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// Writes the metadata file.
    public func writeMetadata() throws {
        do {
            try (try metadataJSON() + Data("\n".utf8)).write(to: URL(fileURLWithPath: metadataPath))
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.outputFailed(path: metadataPath, reason: (error as NSError).localizedDescription)
        }
    }

    func metadata() -> [String: Any] {
        [
            "title": "News archive",
            "description_html": Self.descriptionHTML,
            "databases": [
                databaseName: [
                    "tables": Self.tables,
                    "queries": Self.queries,
                ] as [String: Any],
            ],
        ]
    }

    static let descriptionHTML = """
        Articles, the people, organisations and places they name, and the events coded from them, \
        as <code>archive</code> stores them. Start with the <b>latest_articles</b> or <b>search</b> query (full-text with snippets), \
        <b>articles_naming</b> (an entity under any spelling), <b>events_per_month</b>, or the \
        <b>event_rows</b> view (events with their place, on a map with datasette-cluster-map).
        """
}
