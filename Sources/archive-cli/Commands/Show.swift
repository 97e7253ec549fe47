import Archive
import ArgumentParser

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article: its metadata, clean body and the events it reports.",
        discussion: "--format json prints one object: the export columns plus body, copies (every file it came from) and events."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The article's id (see `archive search` or `archive export articles`).")
    var id: Int64

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            let article = try ArticleDetail.load(id: id, from: db, withEvents: true)
            print(format == .json ? article.json : article.text, terminator: "")
        }
    }
}
