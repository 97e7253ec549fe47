import Archive
import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a whole table out, streamed row by row.",
        discussion: """
            articles: id,title,published,date_precision,source,byline,url,path,words,duplicate_of,tags
            (tags joined with "; "). Every copy of a story is listed unless --originals.
            """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable { case articles }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "What to export: articles.")
    var table: Table

    @Flag(name: .long, help: "Only the original of each story, not its near-duplicates.")
    var originals = false

    func run() throws {
        try reportingFailures {
            let db = try ArchiveDatabase.openForReading(at: database.path)
            let filter = try filters.filter(allCopies: !originals)
            try output.withWriter { writer, _, _ in
                switch table {
                case .articles: try Exporter.exportArticles(from: db, filter: filter, to: writer)
                }
            }
        }
    }
}
