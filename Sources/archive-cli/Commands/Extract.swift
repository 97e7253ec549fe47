import Archive
import ArgumentParser
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run the ingest pipeline on one file without an archive and print the article as JSON.",
        discussion: """
            Prints title, published, date_precision, byline, source, url, language, tags, encoding, body and
            entities (name, type, code, and mentions with offsets in Unicode scalars into the text as
            decoded; for web pages and JSON, into the body) and events (ACLED-style records with the
            evidence sentence's offsets into the body).
            A JSON file of several articles prints one object per article. Reads standard input when
            FILE is -, with --type saying what it is.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case txt, html, json }

    @Argument(help: ArgumentHelp("The file, or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "What the input is (default: from the file name; txt for standard input).")
    var type: Kind?

    func run() throws {
        try reportingFailures {
            let bytes: [UInt8]
            if file == "-" {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ArchiveError.badPath(path: file, reason: "no such file, or it cannot be read")
                }
                bytes = Array(data)
            }
            let format: FileFormat
            switch type {
            case .txt?: format = .text
            case .html?: format = .html
            case .json?: format = .json
            case nil:
                guard let known = file == "-" ? .text : FileFormat(path: file) else {
                    throw ArchiveError.unreadableFile(path: file, reason: "unknown file type; say which with --type txt|html|json")
                }
                format = known
            }
            guard format == .json else {
                let article = try ArticleExtractor.extract(bytes: bytes, format: format, path: file)
                let entities = ArticleExtractor.entities(of: article, bytes: bytes, format: format)
                let events = ArticleExtractor.events(of: article, bodyMentions: EntityExtractor.mentions(in: article.body))
                print(ArticleJSON.encode(article, entities: entities, events: events), terminator: "")
                return
            }
            for record in try JSONReader.read(bytes, path: file) {
                switch record.result {
                case let .success(article):
                    let mentions = EntityExtractor.mentions(in: article.body)
                    print(ArticleJSON.encode(article, entities: mentions, events: ArticleExtractor.events(of: article, bodyMentions: mentions)),
                          terminator: "")
                case let .failure(skip): printError("skipped \(skip.reason)")
                }
            }
        }
    }
}
