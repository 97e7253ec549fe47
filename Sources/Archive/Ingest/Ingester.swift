import Dispatch
import Foundation

/// How an ingest runs.
public struct IngestOptions: Sendable {
    /// Forget files that were ingested from this folder before but are gone now.
    public var prune = false
    /// Files read and extracted together before one writer transaction.
    public var batchSize = 256
    /// Parallel readers; all cores by default.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// A cap on the archive's size in pages, for tests: the writer then meets a full disk.
    var maxPageCount: Int? = nil
    /// Which files under a folder are read (`--include`, `--exclude`, notes such as README).
    public var selection = FileSelection()
    /// The outlet of the articles read that name none (`--source`); recorded with each file, so a
    /// later ingest of a changed file keeps it.
    public var source: String? = nil

    public init(prune: Bool = false) { self.prune = prune }
}

/// Progress as the writer commits batches: files done so far.
public typealias IngestProgress = @Sendable (_ done: Int) -> Void

/// Ingests folders into an archive: files are listed lazily, read and extracted by parallel
/// workers a batch at a time, and one writer commits each batch while the next is being read.
public final class Ingester {
    private let databasePath: String

    public init(databasePath: String) {
        self.databasePath = databasePath
    }

    /// Ingests everything under `root`. `onSkip` hears of each skipped file as it is recorded.
    public func ingest(_ root: String, options: IngestOptions = IngestOptions(),
                       onSkip: @escaping @Sendable (FileStamp, SkipReason) -> Void = { _, _ in },
                       progress: IngestProgress? = nil) throws -> IngestSummary {
        var lister = try FileLister(path: root)
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
        let connection = try ArchiveDatabase.openForWriting(at: databasePath)
        // A bigger page cache for the load keeps the indexes written out of order (mentions by
        // entity, events by date) in memory between batches; it stays well under the RSS budget.
        try connection.execute(script: "PRAGMA cache_size = -65536")
        if let pages = options.maxPageCount { try connection.execute(script: "PRAGMA max_page_count = \(pages)") }
        let writer = try IngestWriter(connection: connection, root: rootPath, source: options.source)
        let lookup = ArticleStore(try ArchiveDatabase.openForReading(at: databasePath))
        // The archive may sit inside the folder it archives; its own files are not articles.
        let database = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        let ownFiles: Set<String> = [database, database + "-wal", database + "-shm", database + "-journal"]
        let channel = WriterChannel(writer: writer, onSkip: onSkip, progress: progress)
        let folderPrefix = lister.isFolder ? (rootPath.hasSuffix("/") ? rootPath : rootPath + "/") : nil
        var excluded = 0
        while true {
            var files: [FileStamp] = []
            var verdicts: [SkipReason?] = []
            while files.count < options.batchSize, let file = lister.next() {
                if ownFiles.contains(file.path) { continue }
                var skip: SkipReason?
                if let folderPrefix, file.path.hasPrefix(folderPrefix) {
                    switch options.selection.verdict(relativePath: String(file.path.dropFirst(folderPrefix.count))) {
                    case .excluded: excluded += 1; continue
                    case let .skipped(reason): skip = reason
                    case .read: break
                    }
                }
                files.append(file)
                verdicts.append(skip)
            }
            if files.isEmpty { break }
            let known = try files.map { try FileLedger(store: lookup).entry(forPath: $0.path) }
            let outcomes = Self.process(files, verdicts: verdicts, known: known, source: options.source, workers: options.workers)
            try channel.send(outcomes)
        }
        try channel.drain()
        if options.prune { try writer.prune(root: rootPath) }
        try writer.finish()
        var summary = writer.summary
        summary.excluded = excluded
        return summary
    }

    private static func process(_ files: [FileStamp], verdicts: [SkipReason?], known: [LedgerEntry?], source: String?,
                                workers: Int) -> [FileOutcome] {
        let slots = Slots<FileOutcome>(count: files.count)
        let chunk = max(1, (files.count + workers * 4 - 1) / (workers * 4))
        DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { part in
            for index in (part * chunk)..<min(files.count, (part + 1) * chunk) {
                if let skip = verdicts[index] {
                    slots[index] = .skipped(files[index], skip)
                } else {
                    // This ingest's --source, else the one an earlier ingest recorded for the file.
                    let outlet = source ?? known[index]?.source
                    slots[index] = FileOutcome.process(files[index], known: known[index], defaultSource: outlet)
                }
            }
        }
        return slots.values
    }
}

/// Hands batches to the writer's own queue, at most two ahead, so reading overlaps writing
/// and memory stays bounded by the batches in flight.
private final class WriterChannel: @unchecked Sendable {
    private let writer: IngestWriter
    private let queue = DispatchQueue(label: "archive.ingest.writer")
    private let inFlight = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: Error?
    private var done = 0
    private let onSkip: @Sendable (FileStamp, SkipReason) -> Void
    private let progress: IngestProgress?

    init(writer: IngestWriter, onSkip: @escaping @Sendable (FileStamp, SkipReason) -> Void, progress: IngestProgress?) {
        self.writer = writer
        self.onSkip = onSkip
        self.progress = progress
    }

    func send(_ batch: [FileOutcome]) throws {
        try rethrowFailure()
        inFlight.wait()
        queue.async { [self] in
            defer { inFlight.signal() }
            guard currentFailure() == nil else { return }
            do {
                try writer.write(batch, onSkip: onSkip)
                done += batch.count
                progress?(done)
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    func drain() throws {
        queue.sync {}
        try rethrowFailure()
    }

    private func currentFailure() -> Error? { lock.withLock { failure } }

    private func rethrowFailure() throws {
        if let failure = currentFailure() { throw failure }
    }
}

/// Result slots filled by parallel workers, each index by exactly one of them.
final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    subscript(index: Int) -> T? {
        get { storage[index] }
        set { storage[index] = newValue }
    }
    var values: [T] { storage.map { $0! } }
}
