import Archive
import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a whole table out, streamed row by row.",
        discussion: """
            articles: id,title,published,date_precision,source,byline,url,path,words,duplicate_of,tags
            (tags joined with "; "). Every copy of a story is listed unless --originals.
            entities: id,type,name,aliases,code,country,articles,mentions
            mentions: article_id,entity_id,type,name,text,start,end,sentence (offsets into the body)
            """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable { case articles, entities, mentions }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "What to export: articles, entities or mentions.")
    var table: Table

    @Flag(name: .long, help: "Only the original of each story, not its near-duplicates.")
    var originals = false

    func run() throws {
        try reportingFailures {
            let db = try ArchiveDatabase.openForReading(at: database.path)
            let filter = try filters.filter(allCopies: !originals, in: db)
            try output.withWriter { writer, _, _ in
                switch table {
                case .articles: try Exporter.exportArticles(from: db, filter: filter, to: writer)
                case .entities: try EntityQueries.exportEntities(from: db, to: writer)
                case .mentions: try EntityQueries.exportMentions(from: db, to: writer)
                }
            }
        }
    }
}
