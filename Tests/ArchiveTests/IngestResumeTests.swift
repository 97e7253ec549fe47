import Foundation
import Testing
@testable import Archive

/// An ingest stopped between its last batch and its merging pass, then run again; the same
/// articles read in other batches or in another order: the archive, and each article's events,
/// come out the same. Cheap, deterministic forms of what `FaultTests` checks with random kills.
@Suite("Ingest resumed", .serialized)
struct IngestResumeTests {
    let folder = TemporaryFolder()

    private func corpus() throws -> URL {
        let articles = folder.file("corpus")
        try GeneratedCorpus.write(count: 60, into: articles)
        return articles
    }

    /// Every file read and written in batches of eight as an ingest writes them, but the run
    /// never finishes: what a kill after the last commit leaves.
    private func ingestStoppedBeforeMerging(_ root: URL, into db: String) throws {
        let writer = try IngestWriter(connection: try ArchiveDatabase.openForWriting(at: db), root: root.path)
        var lister = try FileLister(path: root.path)
        var batch: [FileOutcome] = []
        while let file = lister.next() {
            batch.append(FileOutcome.process(file, known: nil))
            if batch.count == 8 { try writer.write(batch, onSkip: { _, _ in }); batch = [] }
        }
        if !batch.isEmpty { try writer.write(batch, onSkip: { _, _ in }) }
    }

    private func ingest(_ root: URL, into name: String, batchSize: Int = 256) throws -> String {
        let db = folder.file(name).path
        var options = IngestOptions()
        options.batchSize = batchSize
        _ = try Ingester(databasePath: db).ingest(root.path, options: options)
        return db
    }

    /// The first line two dumps differ on, both ways, for a short message.
    private func firstDifference(_ a: [String], _ b: [String]) -> String? {
        zip(a, b).first { $0 != $1 }.map { "\($0.0)\n  against \($0.1)" }
    }

    @Test("an ingest stopped after its last batch, before it merged entities, run again with nothing new gives the uninterrupted archive")
    func stoppedBeforeMerging() throws {
        let articles = try corpus()
        let whole = try ArchiveDump.dump(try ingest(articles, into: "whole.sqlite"))
        let stopped = folder.file("stopped.sqlite").path
        try ingestStoppedBeforeMerging(articles, into: stopped)
        #expect(try ArchiveDump.dump(stopped) != whole, "the corpus names entities that merging joins")
        let again = try Ingester(databasePath: stopped).ingest(articles.path)
        #expect(again.added == 0 && again.updated == 0)
        let resumed = try ArchiveDump.dump(stopped)
        #expect(resumed.count == whole.count)
        #expect(firstDifference(resumed, whole) == nil)
    }

    @Test("batches of one, of seven and of 256 give one archive: no article's coding depends on the others read with it")
    func batchSizes() throws {
        let articles = try corpus()
        let whole = try ArchiveDump.dump(try ingest(articles, into: "256.sqlite"))
        for size in [1, 7] {
            let dump = try ArchiveDump.dump(try ingest(articles, into: "\(size).sqlite", batchSize: size))
            #expect(dump.count == whole.count, "batches of \(size)")
            #expect(firstDifference(dump, whole) == nil, "batches of \(size)")
        }
    }

    @Test("each article's mentions and events are the same whether read first, last or after the others in reverse order")
    func orderOfReading() throws {
        var lister = try FileLister(path: try corpus().path)
        var articles: [Article] = []
        func collect(_ outcome: FileOutcome) {
            switch outcome {
            case let .article(_, _, article, _, _): articles.append(article)
            case let .container(_, _, records): records.forEach(collect)
            default: break
            }
        }
        while let file = lister.next() { collect(FileOutcome.process(file, known: nil)) }
        #expect(articles.count >= 50)
        let forward = articles.map { Extraction($0) }
        let backward = articles.reversed().map { Extraction($0) }.reversed()
        var eventsSeen = 0
        for (index, (a, b)) in zip(forward, backward).enumerated() {
            #expect(a.events == b.events, "article \(index): events differ with the order of reading")
            #expect(a.mentions == b.mentions, "article \(index): mentions differ with the order of reading")
            eventsSeen += a.events.count
        }
        #expect(eventsSeen > 20)
    }
}
