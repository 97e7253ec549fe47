import Foundation
import Testing
@testable import Archive

/// `archive entities --query`: a spelling matches when a word of it starts with the query,
/// case and accents aside, never when the query sits inside a word.
@Suite("Entity lookup by a word of the name")
struct EntityLookupTests {
    let folder = TemporaryFolder()
    var dbPath: String { folder.file("archive.sqlite").path }

    /// Texts written for these tests: names that hold a query inside a word (Timothy, Simone,
    /// Maxim) beside names that start a word with it.
    static let texts = [
        "Timothy Arden, the finance minister, met Simone Vasquez in Lisbon on Monday. Arden said the talks went well.",
        "The novelist Maxim Orlov signed copies in Porto. Orlov said his next book is set in Lisbon.",
        "Gregory Bushell opened the bridge on Friday. Bushell thanked the engineers.",
        "Imogen Lefèvre took the chair of the board. Lefèvre said she would stay a year.",
    ]

    init() throws {
        for (k, text) in Self.texts.enumerated() { try folder.write(text, to: "articles/\(k).txt") }
        _ = try Ingester(databasePath: dbPath).ingest(folder.file("articles").path)
    }

    /// The names `--query` lists, in the order it lists them.
    private func names(_ query: String) throws -> [String] {
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        let path = folder.file("out-\(UUID().uuidString).csv").path
        let sink = try OutputSink.file(path: path)
        try EntityQueries.list(type: nil, query: query, top: 50, in: db, to: makeRowWriter(format: .csv, sink: sink))
        try sink.close()
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").dropFirst()
        return lines.filter { !$0.isEmpty }.map { String($0.split(separator: ",")[0]) }
    }

    @Test("the start of any word of a name finds it; the inside of a word does not")
    func wordStarts() throws {
        #expect(try names("tim").contains("Timothy Arden"))
        #expect(try names("arden").contains("Timothy Arden"), "a later word of the name")
        #expect(try names("imothy").isEmpty)
        #expect(try names("bush").contains("Gregory Bushell"), "a word's start, not only a whole word")
        #expect(try names("shell").isEmpty)
    }

    @Test("an apostrophe folds away, and what is left still only starts words")
    func apostrophes() throws {
        let found = try names("I'm")
        #expect(found.map(NameKey.fold).contains("imogen lefevre"))
        for inside in ["Timothy Arden", "Simone Vasquez", "Maxim Orlov"] { #expect(!found.contains(inside), "\(inside)") }
    }

    @Test("case and diacritics do not matter; several words match in order")
    func folding() throws {
        // The entity's name may be written with or without the accent; the lookup folds both.
        #expect(try names("LEFEVRE").map(NameKey.fold).contains("imogen lefevre"))
        #expect(try names("imogen lefè").map(NameKey.fold).contains("imogen lefevre"))
        #expect(try names("lefevre imogen").isEmpty)
    }

    @Test("through the command: a word's start lists the entity, a word's inside lists none and says so")
    func command() throws {
        let cli = CLI(directory: folder.url)
        let found = try cli.run(["entities", "--query", "ard", "--db", dbPath, "--format", "csv"])
        #expect(found.status == 0 && found.stdout.contains("Timothy Arden,person"), "\(found.stdout)")
        let inside = try cli.run(["entities", "--query", "rden", "--db", dbPath, "--format", "csv"])
        #expect(!inside.stdout.contains("Arden"), "\(inside.stdout)")
        #expect(inside.stderr.contains("--query rden keeps 0"), "\(inside.stderr)")
    }
}
