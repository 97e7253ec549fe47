import Archive
import ArgumentParser
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add the articles in folders (searched recursively) or files to the archive.",
        discussion: """
            Reads .txt, .text, .md, .html, .htm, .html.gz, .json, .jsonl and .ndjson files. Run it again later: unchanged files are not read again, \
            changed files update their article, and files that are gone are kept unless --prune. \
            A file that cannot be read as an article is skipped and the run goes on; skipped files are \
            listed on standard error with the reason (the first \(Ingest.listedSkips) unless --verbose) and \
            stay in the skipped_files view. Files named README, LICENSE, COPYING, CHANGELOG, AUTHORS \
            and the like (any case, any extension) are a folder's notes: skipped as "not an article" \
            unless an --include pattern names them. --include and --exclude take shell patterns \
            (*, ?, [...]) matched against each file's name, each folder on its way, and its path below \
            the folder ingested; quote them so the shell leaves them alone. --prune also forgets \
            files that --exclude leaves out.

            Exit status: 0 when every file went in, \(Ingest.exitWithSkips) when the ingest finished but skipped \
            files, 1 when it failed (nothing of the failed batch is stored; run it again to finish).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Folders or files to ingest.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Forget files under these folders that no longer exist, and articles only they held.")
    var prune = false

    @Option(name: .long, help: ArgumentHelp("Read only the files matching this pattern (repeatable), e.g. '*.html'.", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("Pass over the files matching this pattern (repeatable), e.g. drafts or '*.md'.", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .long, help: ArgumentHelp("""
        The outlet of the articles read that name none (a folder of one outlet's articles); \
        recorded with each file, so a later ingest of a changed file keeps it.
        """, valueName: "name"))
    var source: String?

    @Flag(name: .shortAndLong, help: "List every skipped file and why, not just the first \(Ingest.listedSkips).")
    var verbose = false

    // Small batches commit more often; for the fault tests, which kill ingests between commits.
    @Option(name: .long, help: .hidden)
    var batchSize: Int?

    /// The exit status of an ingest that finished but skipped files: distinct from failure (1).
    static let exitWithSkips: Int32 = 2
    /// Skipped files listed without --verbose; the rest are counted.
    static let listedSkips = 20

    func run() throws {
        try reportingFailures {
            let ingester = Ingester(databasePath: database.path)
            var total = IngestSummary()
            let listed = SkipCounter(limit: verbose ? Int.max : Self.listedSkips)
            for path in paths {
                let progress = ProgressBar.forStandardError(counting: path)
                var options = IngestOptions(prune: prune)
                options.selection = FileSelection(include: include, exclude: exclude)
                options.source = source.flatMap { $0.isEmpty ? nil : $0 }
                if let batchSize { options.batchSize = max(1, batchSize) }
                let summary = try ingester.ingest(path, options: options, onSkip: { file, reason in
                    guard listed.take() else { return }
                    progress?.clearLine()
                    printError("skipped \(FileName.escaped(file.path)): \(reason.detail)")
                }, progress: { done in progress?.update(done: done) })
                progress?.finish()
                total.add(summary)
            }
            if total.skippedTotal > listed.limit {
                printError("… and \(total.skippedTotal - listed.limit) more skipped files: --verbose lists them all, as does archive sql \"SELECT * FROM skipped_files\"")
            }
            print(total.report)
            if total.skippedTotal > 0 { throw ExitCode(Self.exitWithSkips) }
        }
    }
}

/// Counts skip reports from the writer thread, letting the first `limit` through.
private final class SkipCounter: @unchecked Sendable {
    let limit: Int
    private var count = 0
    private let lock = NSLock()
    init(limit: Int) { self.limit = limit }
    func take() -> Bool { lock.withLock { count += 1; return count <= limit } }
}
