import Foundation
import Testing
@testable import Archive

/// One entity per referent across an archive (`EntityMerging`), on entities stored by hand so that
/// each rule is checked whatever the tagger reads; then on articles written for the test.
@Suite("Entities merged across the archive")
struct EntityMergingTests {
    let folder = TemporaryFolder()
    var dbPath: String { folder.file("archive.sqlite").path }

    /// An archive of three articles in `folder` (ids 1, 2, 3), whose mentions the tests then invent.
    func archive(in folder: TemporaryFolder? = nil) throws -> Connection {
        let folder = folder ?? self.folder
        let dbPath = folder.file("archive.sqlite").path
        try folder.write("""
            Nothing much happened in the valley on Tuesday, the council said. The road was open again by noon and \
            the school bus ran on time, to the relief of parents who had waited in the rain.
            """, to: "in/one.txt")
        try folder.write("""
            The bakery on the corner sold out of bread before nine, and the queue reached the post box by eight.
            """, to: "in/two.txt")
        try folder.write("""
            A late frost took the blossom off the pear trees, and the growers expect a thin crop this autumn.
            """, to: "in/three.txt")
        _ = try Ingester(databasePath: dbPath).ingest(folder.file("in").path)
        let db = try ArchiveDatabase.openForWriting(at: dbPath)
        try db.execute("DELETE FROM entities")
        return db
    }

    let next = Box(0)

    /// An entity with `mentions` mentions spelled as its name (and its `aliases`) in article `article`.
    @discardableResult
    func add(_ db: Connection, _ type: EntityType, _ name: String, mentions: Int = 1, aliases: [String] = [],
             key: String? = nil, country: String? = nil, article: Int64 = 1) throws -> Int64 {
        try db.execute("INSERT INTO entities (type, name, key, country, surname) VALUES (?, ?, ?, ?, ?)",
                       [.text(type.rawValue), .text(name), .text(key ?? "\(type.rawValue):\(NameKey.fold(name))"), Value(country),
                        Value(EntityMerging.surname(of: name, type: type))])
        let id = db.lastInsertedRowID
        for spelling in [name] + aliases {
            try db.execute("INSERT INTO aliases (entity_id, alias, folded) VALUES (?, ?, ?)", [.integer(id), .text(spelling), .text(NameKey.fold(spelling))])
        }
        for _ in 0..<mentions { try mention(db, id, article: article) }
        return id
    }

    /// One more mention of the entity `id`, in article `article`.
    func mention(_ db: Connection, _ id: Int64, article: Int64) throws {
        next.value += 1
        try db.execute("INSERT INTO mention_spans (article_id, entity_id, start, \"end\", sentence) VALUES (?, ?, ?, ?, 0)",
                       [.integer(article), .integer(id), .integer(Int64(next.value)), .integer(Int64(next.value))])
    }

    /// Each entity left: `type name mentions`, by name.
    func entities(_ db: Connection) throws -> [String] {
        var out: [String] = []
        try db.prepare("""
            SELECT e.type, e.name, (SELECT count(*) FROM mention_spans m WHERE m.entity_id = e.id) FROM entities e ORDER BY e.name, e.type
            """).forEachRow { row in
            guard case let .integer(n) = row[2] else { return }
            out.append("\(row[0].textValue!) \(row[1].textValue!) \(n)")
        }
        return out
    }

    @Test("a surname and a name without its middle initial join the full name")
    func surnames() throws {
        let db = try archive()
        try add(db, .person, "Marcus T Hallworth", mentions: 3, aliases: ["Hallworth"])
        try add(db, .person, "Marcus Hallworth")
        try add(db, .person, "Hallworth", mentions: 2)
        // A one-word name the tagger made a firm in an article without the full name.
        try add(db, .person, "Edith Pannier", mentions: 4, aliases: ["Pannier"])
        try add(db, .org, "Pannier")
        try EntityMerging.run(db)
        #expect(try entities(db) == ["person Edith Pannier 5", "person Marcus T Hallworth 6"])
        #expect(try EntityQueries.entityIDs(named: "Hallworth", in: db).count == 1)
    }

    @Test("a hyphenated surname a text gave as a spelling of the full name joins it")
    func hyphenatedSurname() throws {
        let db = try archive()
        try add(db, .person, "Rowena Clarke-Hobbs", mentions: 3, aliases: ["Clarke-Hobbs"])
        try add(db, .person, "Clarke-Hobbs", mentions: 2)
        try add(db, .person, "Hobbs", mentions: 1)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["person Hobbs 1", "person Rowena Clarke-Hobbs 5"])
    }

    @Test("a name of clipped words joins the one organisation whose words it begins")
    func clippedWords() throws {
        let db = try archive()
        try add(db, .org, "Progressive Unionists", mentions: 5)
        try add(db, .org, "Prog Unions", mentions: 2)
        // Two full forms: the text does not say which.
        try add(db, .org, "Coastal Growers", mentions: 2)
        try add(db, .org, "Coastline Growers", mentions: 2)
        try add(db, .org, "Coast Grow", mentions: 1)
        // A word written in full in both: two names.
        try add(db, .org, "Delta News", mentions: 3)
        try add(db, .org, "Delta Newsroom", mentions: 1)
        try EntityMerging.run(db)
        let left = try entities(db)
        #expect(left == ["org Coast Grow 1", "org Coastal Growers 2", "org Coastline Growers 2", "org Delta News 3",
                         "org Delta Newsroom 1", "org Progressive Unionists 7"], "\(left)")
    }

    @Test("a surname two people share, one no text joined to the full name, or a firm named more often than the person, stays apart")
    func ambiguous() throws {
        let db = try archive()
        try add(db, .person, "Lena Morgan", aliases: ["Morgan"])
        try add(db, .person, "Morgan Finch")
        try add(db, .person, "Morgan", mentions: 2)
        try add(db, .person, "Silas Brandt", mentions: 2, aliases: ["Brandt"])
        // A surname no text gave as a spelling of the full name, in an article that shares nothing with hers.
        try add(db, .person, "Ada Quennell", mentions: 2)
        try add(db, .person, "Quennell", article: 3)
        try add(db, .org, "Brandt", mentions: 9)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["person Ada Quennell 2", "org Brandt 9", "person Lena Morgan 1", "person Morgan 2", "person Morgan Finch 1",
                                     "person Quennell 1", "person Silas Brandt 2"])
    }

    @Test("one name, one type: the type most mentions have; a place of the gazetteer stays apart")
    func types() throws {
        let db = try archive()
        try add(db, .org, "Wexford Rovers", mentions: 5)
        try add(db, .person, "Wexford Rovers", mentions: 1)
        try add(db, .place, "Oldcastle", mentions: 3, key: "place:GB:oldcastle", country: "GB")
        try add(db, .org, "Oldcastle", mentions: 4)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["org Oldcastle 4", "place Oldcastle 3", "org Wexford Rovers 6"])
    }

    @Test("an organisation in the singular and plural, with and without Party, is one; a given name stays apart")
    func singularPluralAndParty() throws {
        let db = try archive()
        try add(db, .org, "Lib Dems", mentions: 4)
        try add(db, .person, "Lib Dem", mentions: 2)
        try add(db, .org, "Greens", mentions: 3)
        try add(db, .org, "Green Party", mentions: 1)
        try add(db, .org, "Congress", mentions: 2)
        try add(db, .org, "Congress Party", mentions: 2)
        try add(db, .org, "Austins", mentions: 2)
        try add(db, .person, "Austin", mentions: 1)
        try EntityMerging.run(db)
        #expect(try entities(db) == ["person Austin 1", "org Austins 2", "org Congress 2", "org Congress Party 2", "org Green Party 4",
                                     "org Lib Dems 6"])
    }

    @Test("an acronym another text defined joins its expansion; corrected entities are left alone")
    func acronyms() throws {
        let db = try archive()
        try add(db, .org, "Coastal Water Board", mentions: 2, aliases: ["CWB"])
        try add(db, .org, "CWB", mentions: 3)
        try add(db, .person, "Ines Marrow", mentions: 2)
        try add(db, .person, "Marrow", key: "person:split:marrow")
        try EntityMerging.run(db)
        #expect(try entities(db) == ["org Coastal Water Board 5", "person Ines Marrow 2", "person Marrow 1"])
        #expect(try EntityQueries.entityIDs(named: "CWB", in: db).count == 1)
        // A second pass changes nothing.
        #expect(try EntityMerging.run(db) == 0)
    }

    @Test("articles: a surname alone and an acronym alone join the names other articles give in full")
    func acrossArticles() throws {
        try folder.write("""
            Harriet Deverill, the harbour minister, opened the new quay on Friday. Deverill said the Lowland Ferry Company \
            (LFC) would run three boats a day from the spring.
            """, to: "news/a.txt")
        try folder.write("""
            Fares on the crossing will rise, Deverill told reporters on Monday. The LFC has not said when its boats will sail.
            """, to: "news/b.txt")
        _ = try Ingester(databasePath: dbPath).ingest(folder.file("news").path)
        let db = try ArchiveDatabase.openForReading(at: dbPath)
        #expect(try EntityQueries.entityIDs(named: "Deverill", in: db) == EntityQueries.entityIDs(named: "Harriet Deverill", in: db))
        #expect(try EntityQueries.entityIDs(named: "LFC", in: db) == EntityQueries.entityIDs(named: "Lowland Ferry Company", in: db))
        #expect(try EntityProfile.load(named: "Deverill", from: db).articles.count == 2)
    }
}

/// A mutable counter a non-mutating test helper can bump.
final class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
}
