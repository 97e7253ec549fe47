import Foundation
import Testing
@testable import Archive

/// Whatever a folder holds, an ingest finishes: good files in, bad ones skipped with a reason, memory bounded.
@Suite("Hostile input")
struct HostileInputTests {
    let folder = TemporaryFolder()

    @Test("a folder of hostile files: every good file is in, every bad one listed with its reason, exit status 2")
    func hostileFolder() throws {
        let hostile = try HostileFolder(in: folder.url)
        let db = folder.file("archive.sqlite").path
        let result = try CLI(directory: folder.url).run(["ingest", "--verbose", "--db", db, hostile.url.path])
        #expect(result.status == 2, "\(result.stderr)")
        let base = hostile.url.path + "/"
        let connection = try ArchiveDatabase.openForReading(at: db)
        var stored: [String: (status: String, reason: String?)] = [:]
        try connection.prepare("SELECT path, status, reason FROM files").forEachRow { row in
            stored[String(row[0].textValue!.dropFirst(base.count))] = (row[1].textValue!, row[2].textValue)
        }
        for name in hostile.good {
            #expect(stored[name]?.status == "article", "\(FileName.escaped(name)): \(String(describing: stored[name]))")
        }
        for (name, reason) in hostile.bad {
            #expect(stored[name]?.status == "skipped", "\(name) should be skipped")
            #expect(stored[name]?.reason?.contains(reason) == true, "\(name): \(stored[name]?.reason ?? "no reason"), wanted \(reason)")
            let listed = result.stderr.split(separator: "\n").contains { $0.hasPrefix("skipped \(FileName.escaped(base + name)): ") }
            #expect(listed, "\(name) is listed on stderr")
        }
        #expect(result.stdout.contains("skipped: \(hostile.bad.count)"))
        #expect(try connection.scalar("SELECT count(*) FROM articles") == .integer(Int64(hostile.good.count)))
        #expect(result.stderr.contains("bad-\\xFF\\xFE-name.txt") == false, "a good file with a strange name is not listed")
        #expect(stored["bad-\\xFF\\xFE-name.txt"]?.status == "article")
        #expect(try connection.scalar("PRAGMA integrity_check") == .text("ok"))
        // The largest any child process of the tests grew: ingest read none of the 50 MB file.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 300 * 1024, "peak RSS \(usage.ru_maxrss / 1024) MB")
    }

    @Test("a file removed between listing and reading is skipped as gone, named in the reason")
    func removedAfterListing() throws {
        try folder.write(HostileFolder.article(1), to: "in/a.txt")
        try folder.write(HostileFolder.article(2), to: "in/b.txt")
        var lister = try FileLister(path: folder.file("in").path)
        let listed = lister.next()
        let first = try #require(listed)
        try FileManager.default.removeItem(atPath: first.path)
        guard case let .skipped(file, reason) = FileOutcome.process(first, known: nil) else {
            Issue.record("a removed file is skipped")
            return
        }
        #expect(file.path.hasSuffix("/a.txt"))
        #expect(reason.category == "unreadable" && reason.detail.contains("removed during the ingest"))
        let next = lister.next()
        let second = try #require(next)
        guard case .article = FileOutcome.process(second, known: nil) else {
            Issue.record("the next file still goes in")
            return
        }
    }

    @Test("names that are not UTF-8 keep their bytes as \\xNN; control characters print escaped")
    func fileNames() {
        #expect(FileName.decode(Array("plain.txt".utf8)) == "plain.txt")
        #expect(FileName.decode([0x61, 0xFF, 0x62, 0xC3]) == "a\\xFFb\\xC3")
        #expect(FileName.decode([0xC3, 0xA9, 0xE2, 0x82]) == "é\\xE2\\x82")
        #expect(FileName.escaped("two\nlines\t\u{7}.txt") == "two\\nlines\\t\\u{7}.txt")
    }

    @Test("UTF-16 without a byte-order mark is read; binaries with zero bytes are not")
    func utf16WithoutBOM() throws {
        let text = "Le convoi a été touché près du pont lundi matin."
        let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoder.decode(little) == DecodedText(text: text, encoding: "utf-16le"))
        let big = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(big) == DecodedText(text: text, encoding: "utf-16be"))
        #expect(throws: ArchiveError.self) { try TextDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]) }
        #expect(throws: ArchiveError.self) { try TextDecoder.decode([0x41, 0, 0x01, 0, 0x42, 0, 0x02, 0]) }
    }
}
