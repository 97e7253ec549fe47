import Archive
import ArgumentParser
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add the articles in folders (searched recursively) or files to the archive.",
        discussion: """
            Reads .txt, .text, .md, .html, .htm, .html.gz, .json, .jsonl and .ndjson files. Run it again later: unchanged files are not read again,
            changed files update their article, and files that are gone are kept unless --prune.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Folders or files to ingest.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Forget files under these folders that no longer exist, and articles only they held.")
    var prune = false

    @Flag(name: .shortAndLong, help: "List every skipped file and why.")
    var verbose = false

    func run() throws {
        try reportingFailures {
            let ingester = Ingester(databasePath: database.path)
            var total = IngestSummary()
            for path in paths {
                let progress = ProgressBar.forStandardError(counting: path)
                let verbose = self.verbose
                let summary = try ingester.ingest(path, options: IngestOptions(prune: prune), onSkip: { file, reason in
                    if verbose { progress?.clearLine(); printError("skipped \(file.path): \(reason.detail)") }
                }, progress: { done in progress?.update(done: done) })
                progress?.finish()
                total.add(summary)
            }
            print(total.report)
        }
    }
}
