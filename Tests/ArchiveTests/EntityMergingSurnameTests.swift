import Foundation
import Testing
@testable import Archive

/// A surname alone that no text joined to a full name joins the one person the archive names in
/// full with it (`entities.surname`), when their articles name something else in common.
extension EntityMergingTests {
    @Test("a surname alone joins the one full name another article gives, when the articles share a name")
    func surnameAcrossArchive() throws {
        let db = try archive()
        let trust = try add(db, .org, "Saltmarsh Trust", article: 1)
        try mention(db, trust, article: 2)
        try add(db, .person, "Greta Farrant", mentions: 3, article: 1)
        try add(db, .person, "Farrant", mentions: 2, article: 2)
        // No name in common: a namesake in another story stays apart.
        try add(db, .person, "Rhea Tobin", mentions: 2, article: 1)
        try add(db, .person, "Tobin", article: 3)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["person Greta Farrant 5", "person Rhea Tobin 2", "org Saltmarsh Trust 2", "person Tobin 1"])
        #expect(try EntityQueries.entityIDs(named: "Farrant", in: db) == EntityQueries.entityIDs(named: "Greta Farrant", in: db))
        #expect(try EntityMerging.run(db) == 0)
    }

    @Test("two people named in full with the surname, or one bearing it as a given name, leave it alone")
    func surnameAmbiguous() throws {
        let db = try archive()
        let trust = try add(db, .org, "Saltmarsh Trust", article: 1)
        try mention(db, trust, article: 2)
        try add(db, .person, "Greta Farrant", mentions: 3, article: 1)
        try add(db, .person, "Bruno Farrant", article: 1)
        try add(db, .person, "Farrant", mentions: 2, article: 2)
        try add(db, .person, "Vera Lowell", article: 1)
        try add(db, .person, "Lowell Amory", article: 1)
        try add(db, .person, "Lowell", article: 2)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["person Bruno Farrant 1", "person Farrant 2", "person Greta Farrant 3", "person Lowell 1",
                                     "person Lowell Amory 1", "org Saltmarsh Trust 2", "person Vera Lowell 1"])
    }

    @Test("a full name arriving later takes in the surname an earlier ingest left alone, and only an unambiguous one")
    func surnameBeforeFullName() throws {
        let db = try archive()
        let trust = try add(db, .org, "Saltmarsh Trust", article: 2)
        try add(db, .person, "Farrant", mentions: 2, article: 2)
        try add(db, .person, "Greta Farrant", article: 3)
        try EntityMerging.run(db)
        // Nothing in common yet.
        #expect(try entities(db) == ["person Farrant 2", "person Greta Farrant 1", "org Saltmarsh Trust 1"])
        try mention(db, trust, article: 1)
        let full = try add(db, .person, "Greta J Farrant", mentions: 2, article: 1)
        #expect(try EntityMerging.neighbourhood(db, touched: [full], kept: []).count >= 3)
        try EntityMerging.run(db, touching: [full, trust])
        #expect(try entities(db) == ["person Greta J Farrant 5", "org Saltmarsh Trust 2"])
        // A second person with the surname, then: a later lone mention of it joins no one.
        try add(db, .person, "Piet Hallam", article: 1)
        try add(db, .person, "Vera Hallam", article: 1)
        let lone = try add(db, .person, "Hallam", article: 2)
        try EntityMerging.run(db, touching: [lone])
        #expect(try entities(db).contains("person Hallam 1"))
    }

    @Test("the store records a person's folded surname, and a rename changes it")
    func storedSurname() throws {
        #expect(EntityMerging.surname(of: "Robert Kilroy-Silk", type: .person) == "kilroy silk")
        #expect(EntityMerging.surname(of: "Renée Dubois", type: .person) == "dubois")
        #expect(EntityMerging.surname(of: "Dubois", type: .person) == nil)
        #expect(EntityMerging.surname(of: "Harbour Trust", type: .org) == nil)
        try folder.write("""
            Greta Farrant, who chairs the Saltmarsh Trust, said the sea wall would be raised by a metre before the winter.
            """, to: "news/a.txt")
        _ = try Ingester(databasePath: dbPath).ingest(folder.file("news").path)
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        #expect(try db.scalar("SELECT surname FROM entities WHERE name = 'Greta Farrant'") == .text("farrant"))
        #expect(try db.scalar("SELECT count(*) FROM entities WHERE type != 'person' AND surname IS NOT NULL") == .integer(0))
        try Corrections.rename("Greta Farrant", to: "Greta Farrant-Hale", databasePath: dbPath)
        #expect(try ArchiveDatabase.openForReading(at: dbPath).scalar("SELECT surname FROM entities WHERE name = 'Greta Farrant-Hale'")
                == .text("farrant hale"))
    }
}
