import Foundation
import Testing
@testable import Archive

/// The merging pass of an ingest weighs only the entities its articles name and those they could
/// join; it must leave the archive as the pass over every entity does.
extension EntityMergingTests {
    /// Entities of an earlier ingest, already merged; then those of a new one, whose ids it returns.
    private func twoIngests(_ db: Connection) throws -> Set<Int64> {
        try add(db, .person, "Helen Varga", mentions: 3, aliases: ["Varga"])
        try add(db, .person, "Peter Bloom", mentions: 2)
        try add(db, .org, "Harbour Trust", mentions: 2, aliases: ["HBT"])
        try add(db, .org, "Greywell Rovers", mentions: 4)
        try add(db, .person, "Laura Ould", mentions: 2)
        try add(db, .person, "Ould", mentions: 1)
        try add(db, .person, "Ould Laura", mentions: 1)
        try add(db, .org, "Coastal Fisheries", mentions: 2)
        try EntityMerging.run(db)
        return [
            try add(db, .person, "Varga", mentions: 2),
            try add(db, .org, "HBT", mentions: 1),
            try add(db, .person, "Greywell Rovers", mentions: 1),
            try add(db, .person, "Peter J Bloom", mentions: 1, aliases: ["Bloom"]),
            try add(db, .org, "Bloom", mentions: 1),
            try add(db, .org, "Coast Fish", mentions: 1),
        ]
    }

    @Test("an ingest's pass over the entities it touched leaves what the pass over all of them leaves")
    func incrementalAgreesWithFull() throws {
        let other = TemporaryFolder()
        let (full, incremental) = (try archive(), try archive(in: other))
        _ = try twoIngests(full)
        let touched = try twoIngests(incremental)
        let merged = try EntityMerging.run(full)
        #expect(try EntityMerging.run(incremental, touching: touched) == merged)
        #expect(try entities(incremental) == entities(full))
        #expect(try entities(full) == ["org Coastal Fisheries 3", "org Greywell Rovers 5", "org Harbour Trust 3", "person Helen Varga 5", "person Laura Ould 2",
                                       "person Ould 1", "person Ould Laura 1", "person Peter J Bloom 4"])
        #expect(try EntityMerging.run(incremental) == 0)
    }

    @Test("the entities a touched one could join are read, and no others")
    func neighbourhood() throws {
        let db = try archive()
        let varga = try add(db, .person, "Helen Varga", mentions: 3, aliases: ["Varga"])
        let bloom = try add(db, .person, "Peter Bloom", mentions: 2)
        let rovers = try add(db, .org, "Greywell Rovers", mentions: 4)
        let party = try add(db, .org, "Moorland Party", mentions: 2)
        let surname = try add(db, .person, "Varga", mentions: 2)
        let moorlanders = try add(db, .org, "Moorlands", mentions: 1)
        let fisheries = try add(db, .org, "Coastal Fisheries", mentions: 2)
        let clipped = try add(db, .org, "Coast Fish", mentions: 1)
        #expect(try EntityMerging.neighbourhood(db, touched: [clipped], kept: []) == [clipped, fisheries])
        #expect(try EntityMerging.neighbourhood(db, touched: [fisheries], kept: []) == [fisheries, clipped])
        #expect(try EntityMerging.neighbourhood(db, touched: [surname], kept: []) == [surname, varga])
        #expect(try EntityMerging.neighbourhood(db, touched: [moorlanders], kept: []) == [moorlanders, party])
        #expect(try !EntityMerging.neighbourhood(db, touched: [varga, moorlanders], kept: []).contains(bloom))
        #expect(try !EntityMerging.neighbourhood(db, touched: [varga, moorlanders], kept: []).contains(rovers))
    }

    @Test("articles of a second ingest: a surname alone joins the full name an earlier ingest stored")
    func secondIngest() throws {
        try folder.write("""
            Harriet Deverill, the harbour minister, opened the new quay on Friday. Deverill said the boats would run \
            three times a day from the spring.
            """, to: "first/a.txt")
        try folder.write("""
            Fares on the crossing will rise in the spring, Deverill told reporters on Monday after the vote.
            """, to: "second/b.txt")
        _ = try Ingester(databasePath: dbPath).ingest(folder.file("first").path)
        _ = try Ingester(databasePath: dbPath).ingest(folder.file("second").path)
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        #expect(try EntityQueries.entityIDs(named: "Deverill", in: db) == EntityQueries.entityIDs(named: "Harriet Deverill", in: db))
        #expect(try EntityProfile.load(named: "Harriet Deverill", from: db).articles.count == 2)
    }
}
