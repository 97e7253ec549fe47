import Foundation
import Testing
@testable import Archive

/// Killed ingests, readers beside a writer, read-only archives and full disks: the archive stays
/// whole, nothing stored is lost, and an ingest run again finishes the job exactly.
@Suite("Faults", .serialized)
struct FaultTests {
    let folder = TemporaryFolder()
    var cli: CLI { CLI(directory: folder.url) }

    private func corpus(_ count: Int) throws -> URL {
        let articles = folder.file("corpus")
        try GeneratedCorpus.write(count: count, into: articles)
        return articles
    }

    /// Starts `archive ingest`, waits `seconds`, kills it; true when it was killed rather than done.
    private func ingestKilled(after seconds: Double, into db: String, from articles: URL) throws -> Bool {
        let process = try cli.start(["ingest", "--batch-size", "8", "--db", db, articles.path])
        try process.run()
        let deadline = Date(timeIntervalSinceNow: seconds)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running && process.terminationReason == .uncaughtSignal
    }

    @Test("SIGKILL at random moments, 20 times and more: the archive passes both integrity checks, and ingest run again gives the uninterrupted archive")
    func killedIngests() throws {
        let articles = try corpus(200)
        let whole = folder.file("whole.sqlite").path
        let started = Date()
        let clean = try cli.run(["ingest", "--batch-size", "8", "--db", whole, articles.path])
        let duration = Date().timeIntervalSince(started)
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try ArchiveDump.dump(whole)
        #expect(expected.count > 1_000)

        var random = SeededGenerator(seed: 6)
        var kills = 0, trials = 0
        // A loaded machine makes one run's duration a poor guide to the next: moments are drawn from
        // the first 60% of the clean run, and trials go on until twenty ingests were killed mid-way.
        while kills < 20, trials < 80 {
            trials += 1
            let db = folder.file("killed-\(trials).sqlite").path
            let moment = Double.random(in: 0.02...0.6, using: &random) * duration
            guard try ingestKilled(after: moment, into: db, from: articles) else { continue }
            kills += 1
            if FileManager.default.fileExists(atPath: db) {  // else killed before it made the file
                let problem = try ArchiveDump.integrityProblem(db)
                #expect(problem == nil, "after kill \(kills) at \(moment) s: \(problem ?? "")")
            }
            let again = try cli.run(["ingest", "--db", db, articles.path])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try ArchiveDump.integrityProblem(db) == nil)
            let dump = try ArchiveDump.dump(db)
            #expect(dump == expected, "trial \(trials): \(dump.count) lines, first difference \(zip(dump, expected).first { $0 != $1 }.map { "\($0)" } ?? "in length")")
            try? FileManager.default.removeItem(atPath: db)
        }
        #expect(kills >= 20, "only \(kills) ingests were killed before they finished")
    }

    @Test("searches and exports while an ingest writes: no 'database is locked', every reader sees a whole archive")
    func readersBesideWriter() throws {
        let articles = try corpus(400)
        let db = folder.file("archive.sqlite").path
        let writer = try cli.start(["ingest", "--batch-size", "8", "--db", db, articles.path])
        try writer.run()
        // Wait for the first batch, so there is an archive to read.
        while writer.isRunning, (try? ArchiveDatabase.openForReading(at: db).scalar("SELECT count(*) FROM articles")) == nil { usleep(5_000) }
        var reads = 0
        let consistency = """
            SELECT (SELECT count(*) FROM articles) = (SELECT count(*) FROM articles_fts_docsize)
               AND (SELECT count(*) FROM articles) = (SELECT count(DISTINCT article_id) FROM files WHERE article_id IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)) AS whole
            """
        repeat {
            for arguments in [["search", "convoy", "--limit", "5"], ["export", "articles", "--output", "out.csv"],
                              ["sql", consistency], ["search", "attack", "--facets"]] {
                let result = try cli.run(arguments + ["--db", db, "--format", "csv"])
                #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
                #expect(!result.stderr.contains("locked") && !result.stderr.contains("busy"), "\(result.stderr)")
                if arguments[0] == "sql" { #expect(result.stdout == "whole\r\n1\r\n", "a reader saw half a batch") }
                reads += 1
            }
        } while writer.isRunning
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(reads >= 4)
    }

    @Test("a full disk stops the ingest with a clear message; what was stored stays, and a later run finishes")
    func diskFull() throws {
        let seeds = try folder.copySeeds()
        let db = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: db).ingest(seeds.path)
        let before = try ArchiveDump.dump(db)
        let more = try corpus(300)
        let reader = try ArchiveDatabase.openForReading(at: db)
        var options = IngestOptions()
        options.batchSize = 16
        // About 160 KB of room whatever the page size: a batch or two fits, the rest meets a full disk.
        if case let .integer(count)? = try reader.scalar("PRAGMA page_count"), case let .integer(size)? = try reader.scalar("PRAGMA page_size") {
            options.maxPageCount = Int(count) + max(1, 163_840 / Int(size))
        }
        #expect {
            try Ingester(databasePath: db).ingest(more.path, options: options)
        } throws: { error in
            "\(error)".contains("the disk is full") && "\(error)".contains("nothing stored was lost")
        }
        #expect(try ArchiveDump.integrityProblem(db) == nil)
        let after = try ArchiveDump.dump(db)
        #expect(Set(before).isSubset(of: Set(after)), "every row stored before the disk filled is still there")
        #expect(try Ingester(databasePath: db).ingest(more.path).seen > 0)
        #expect(try ArchiveDump.integrityProblem(db) == nil)
    }

    @Test("export to a full device: a clear message and a failing status")
    func exportToFullDevice() throws {
        _ = try Ingester(databasePath: folder.file("archive.sqlite").path).ingest(try folder.copySeeds().path)
        for arguments in [["export", "articles", "--output", "/dev/full"], ["search", "convoy", "--output", "/dev/full"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains("Cannot write /dev/full") && result.stderr.contains("No space left"), "\(result.stderr)")
        }
    }

    @Test("a read-only archive file or folder: ingest fails with a clear message and the archive is unchanged (as nobody when run as root)")
    func readOnly() throws {
        // Root writes whatever the permissions, so as root (CI) the binary runs as nobody.
        var cli = self.cli
        if UnprivilegedUser.needed { cli.user = UnprivilegedUser() }
        let seeds = try folder.copySeeds()
        let home = folder.file("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let db = home.appendingPathComponent("archive.sqlite").path
        _ = try Ingester(databasePath: db).ingest(seeds.path)
        let before = try ArchiveDump.dump(db)
        try folder.write(HostileFolder.article(1), to: "more/new.txt")
        for (path, mode) in [(db, 0o444), (home.path, 0o555)] {
            chmod(path, mode_t(mode))
            defer { chmod(path, mode == 0o444 ? 0o644 : 0o755) }
            let result = try cli.run(["ingest", "--db", db, folder.file("more").path])
            #expect(result.status == 1, "\(result.stdout)")
            #expect(result.stderr.contains("archive: ") && (result.stderr.contains("permissions") || result.stderr.contains("read-only")), "\(result.stderr)")
            #expect(try ArchiveDump.dump(db) == before)
            // Reading still works.
            let search = try cli.run(["search", "convoy", "--db", db, "--format", "csv"])
            #expect(search.status == 0 && search.stdout.contains("Convoy"), "\(search.stderr)")
        }
    }
}
