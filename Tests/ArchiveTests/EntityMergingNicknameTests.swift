import Foundation
import Testing
@testable import Archive

/// A party under its nickname and under its name is one entity (`[nicknames]` of the word lists,
/// `EntityMerging.orgForm`), named by its name.
extension EntityMergingTests {
    @Test("a party's nickname, alone, in the plural or with Party, joins its name, which the entity keeps")
    func partyNicknames() throws {
        let db = try archive()
        try add(db, .org, "Tory Party", mentions: 6)
        try add(db, .org, "Tories", mentions: 3)
        try add(db, .org, "Tory", mentions: 1)
        try add(db, .org, "Conservative Party", mentions: 2)
        try add(db, .org, "Conservatives", mentions: 1)
        try add(db, .org, "GOP", mentions: 2)
        try add(db, .org, "Republicans", mentions: 1)
        try add(db, .org, "Labour Party", mentions: 4)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["org Conservative Party 13", "org Labour Party 4", "org Republicans 3"])
        #expect(try EntityQueries.entityIDs(named: "Tories", in: db) == EntityQueries.entityIDs(named: "Conservative Party", in: db))
        #expect(try EntityMerging.run(db) == 0)
    }

    @Test("an ingest's pass joins a party's name to the nickname an earlier ingest stored, and the other way round")
    func partyNicknamesIncremental() throws {
        let db = try archive()
        try add(db, .org, "Tory Party", mentions: 3, article: 1)
        let name = try add(db, .org, "Conservatives", mentions: 2, article: 2)
        try EntityMerging.run(db, touching: [name])
        #expect(try entities(db) == ["org Conservatives 5"])
        let nickname = try add(db, .org, "Tories", mentions: 1, article: 3)
        try EntityMerging.run(db, touching: [nickname])
        #expect(try entities(db) == ["org Conservatives 6"])
    }
}
