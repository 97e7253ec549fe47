import Archive
import Foundation

// Measures the archive at several sizes against a floor: a corpus of N articles recombined from
// real text is ingested by the archive (cleaning, dedup, entities, events) and, for the floor,
// loaded by the sqlite3 command-line tool into a bare table plus an FTS5 index with the same
// tokenizer. Then the same queries are timed in process and through the `archive` command.
//
//   swift build -c release --static-swift-stdlib && .build/release/archive-bench [--sizes 10000,100000] [--source DIR[,DIR…]]
//       [--work DIR] [--searches-only] [--block N]

let arguments = CommandLine.arguments
func option(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } }
let sizes = (option("--sizes") ?? "10000,100000").split(separator: ",").compactMap { Int($0) }
// Comma-separated folders: the seeds alone make a corpus with a tiny vocabulary, dense with
// entities and events (the worst case for extraction and for search); adding a general news
// corpus (e.g. ../shared/eval/corpus/bbc) makes one closer to a real archive.
let sources = (option("--source") ?? "examples/articles").split(separator: ",").map(String.init)
let work = option("--work") ?? NSTemporaryDirectory() + "archive-bench"
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("archive").path
let tokenizer = "porter unicode61 remove_diacritics 2"
// `--searches-only` times the searches again on the archives a run left in --work.
let searchesOnly = arguments.contains("--searches-only")
// `--block N` ranks matches in blocks of N instead of Searcher's default, to see what a block costs.
let block = option("--block").flatMap { Int($0) } ?? Searcher.block

func bench(size: Int) throws {
    let folder = work + "/corpus-\(size)", db = work + "/archive-\(size).sqlite", floorDB = work + "/floor-\(size).sqlite"
    if searchesOnly {
        print("N = \(size), searches only, on \(db)\n" + (try searches(db)))
        return
    }
    try? FileManager.default.removeItem(atPath: folder)
    for path in [db, floorDB] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    let input = try Corpus(sources: sources).write(count: size, to: folder)
    let files = Measure.files(under: folder)

    var summary = IngestSummary()
    let ingest = try Measure.seconds { summary = try Ingester(databasePath: db).ingest(folder) }
    let rss = Measure.peakRSS()

    var script = "PRAGMA journal_mode = WAL;\nCREATE TABLE docs (path TEXT, body TEXT);\n"
    script += "CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', tokenize='\(tokenizer)');\nBEGIN;\n"
    for path in files { script += "INSERT INTO docs VALUES ('\(path)', readfile('\(path)'));\n" }
    script += "INSERT INTO docs_fts(rowid, body) SELECT rowid, body FROM docs;\nCOMMIT;\n"
    let floor = try Measure.run("/usr/bin/sqlite3", [floorDB], stdin: script)
    guard floor.status == 0 else { throw ArchiveError.badPath(path: floorDB, reason: "sqlite3 failed loading the floor") }

    let bytes = Measure.fileSize(db)
    print("""
        N = \(size) articles (\(files.count) files, \(String(format: "%.1f", Double(input) / 1e6)) MB of text)
          ingest         \(String(format: "%.2f", ingest)) s, \(String(format: "%.2f", Double(input) / 1e6 / ingest)) MB/s \
        (added \(summary.added), duplicates \(summary.copies + summary.nearDuplicates), skipped \(summary.skippedTotal))
          floor (sqlite3 CLI, table + FTS5) \(String(format: "%.2f", floor.seconds)) s → archive/floor \(String(format: "%.2f", ingest / floor.seconds))×
          peak RSS       \(String(format: "%.0f", rss)) MB
          archive size   \(String(format: "%.1f", Double(bytes) / 1e6)) MB = \(String(format: "%.2f", Double(bytes) / Double(input)))× the input
        \(try searches(db))
        """)
}

/// The search lines of the report: the queries timed in process and through `archive search`.
func searches(_ db: String) throws -> String {
    let connection = try ArchiveDatabase.openForReading(at: db)
    var inProcess: [Double] = [], endToEnd: [Double] = [], inProcessCPU: [Double] = [], endToEndCPU: [Double] = []
    var slowest: [String: Double] = [:]  // per query, its slower timed round
    for round in 0..<3 {
        for q in BenchQueries.all {
            var request = SearchRequest(query: q.query)
            request.block = block
            request.filter.since = q.since.flatMap { PartialDate(iso: $0) }
            if let entity = q.entity { request.filter.entities = [try EntityQueries.entityIDs(named: entity, in: connection)] }
            let writer = NullWriter()
            var t = 0.0
            let cpu = try Measure.cpuSeconds { t = try Measure.seconds { try Searcher.search(request, in: connection, to: writer) } }
            if round > 0 {
                inProcess.append(t)
                inProcessCPU.append(cpu)
                let name = q.query + (q.since.map { " --since " + $0 } ?? "") + (q.entity.map { " --entity " + $0 } ?? "")
                slowest[name] = max(t, slowest[name] ?? 0)
            }
        }
    }
    for q in BenchQueries.all {
        var args = ["search", "--db", db, q.query, "--format", "csv"]
        if let since = q.since { args += ["--since", since] }
        if let entity = q.entity { args += ["--entity", entity] }
        let run = try Measure.spawn(binary, args)
        endToEnd.append(run.seconds)
        endToEndCPU.append(run.cpu)
    }
    return """
          search in process  p50 \(ms(Measure.percentile(inProcess, 0.5)))  p95 \(ms(Measure.percentile(inProcess, 0.95)))  (\(BenchQueries.all.count) queries)\
          ; CPU p50 \(ms(Measure.percentile(inProcessCPU, 0.5)))  p95 \(ms(Measure.percentile(inProcessCPU, 0.95)))
          archive search     p50 \(ms(Measure.percentile(endToEnd, 0.5)))  p95 \(ms(Measure.percentile(endToEnd, 0.95)))\
          ; CPU p50 \(ms(Measure.percentile(endToEndCPU, 0.5)))  p95 \(ms(Measure.percentile(endToEndCPU, 0.95)))
          slowest in process \(slowest.sorted { $0.value > $1.value }.prefix(4).map { "\($0.key) \(ms($0.value))" }.joined(separator: ", "))
        """
}

func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }

/// Discards rows: search latency without the cost of printing.
final class NullWriter: RowWriter {
    func begin(columns: [String]) throws {}
    func write(_ row: [Value]) throws {}
    func finish() throws {}
}

do {
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    for size in sizes { try bench(size: size) }
} catch {
    FileHandle.standardError.write(Data("archive-bench: \(error)\n".utf8))
    exit(1)
}
