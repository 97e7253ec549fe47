import Foundation
import Testing
@testable import Archive

/// What a new user meets in the first hour: --version, `sql` and `schema`, messages that say what
/// happened, one shape for JSON fields, and an archive left tidy.
extension CommandLineTests {
    private func ingestSeedsHere(_ extra: [String] = []) throws -> URL {
        let articles = try folder.copySeeds()
        let result = try run(["ingest", articles.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return articles
    }

    @Test("--version names the program's version, the schema version it writes, and the SQLite with FTS5")
    func version() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("archive \(ArchiveVersion.program)"))
        #expect(result.stdout.contains("archive schema version \(Schema.version)"))
        #expect(result.stdout.contains("SQLite \(Connection.libraryVersion) with FTS5"), "\(result.stdout)")
    }

    @Test("stats where there is no archive says so and how to make one")
    func statsWithoutArchive() throws {
        let result = try run(["stats", "--db", "nothing.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("There is no archive at nothing.sqlite") && result.stderr.contains("archive ingest FOLDER"), "\(result.stderr)")
        #expect(!result.stderr.contains("remove it"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("nothing.sqlite").path), "looking made no file")
    }

    @Test("sql runs read-only PRAGMAs with arguments, pragma functions and trailing comments")
    func sqlReadsPragmas() throws {
        _ = try ingestSeedsHere()
        let info = try run(["sql", "PRAGMA table_info(articles)", "--format", "csv"])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.hasPrefix("cid,name,type,notnull,dflt_value,pk\r\n0,id,INTEGER,"))
        let function = try run(["sql", "SELECT name FROM pragma_table_info('files') WHERE name = 'source'", "--format", "csv"])
        #expect(function.status == 0 && function.stdout == "name\r\nsource\r\n", "\(function.stderr)")
        let commented = try run(["sql", "SELECT count(*) AS n FROM articles; -- how many", "--format", "csv"])
        #expect(commented.status == 0 && commented.stdout == "n\r\n5\r\n", "\(commented.stderr)")
        #expect(try run(["sql", "PRAGMA integrity_check", "--format", "csv"]).stdout == "integrity_check\r\nok\r\n")
    }

    @Test("sql names the rule that refuses a statement", arguments: [
        ("PRAGMA user_version = 9", "PRAGMA user_version with a value sets it"),
        ("PRAGMA journal_mode(DELETE)", "PRAGMA journal_mode with a value sets it"),
        ("ATTACH DATABASE 'other.sqlite' AS other", "ATTACH and DETACH are refused"),
        ("SELECT 1; DROP TABLE articles", "more than one statement"),
        ("DELETE FROM articles", "would change the archive"),
    ])
    func sqlRefusals(statement: String, rule: String) throws {
        _ = try ingestSeedsHere()
        let result = try run(["sql", statement])
        #expect(result.status == 1)
        #expect(result.stderr.contains("archive sql refused") && result.stderr.contains(rule), "\(result.stderr)")
    }

    @Test("sql --help names every table and view of schema.sql that a user queries")
    func sqlHelpListsTables() throws {
        let help = try run(["sql", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        let hidden: Set<String> = ["ingest_batch", "search_terms_stale", "search_forms_stale"]
        let pattern = try NSRegularExpression(pattern: #"CREATE (?:VIRTUAL )?(?:TABLE|VIEW) IF NOT EXISTS (\w+)"#)
        let names = pattern.matches(in: Schema.sql, range: NSRange(Schema.sql.startIndex..., in: Schema.sql)).compactMap {
            Range($0.range(at: 1), in: Schema.sql).map { String(Schema.sql[$0]) }
        }
        #expect(names.count > 15)
        for name in names where !hidden.contains(name) {
            #expect(help.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil, "sql --help does not name \(name)")
        }
        #expect(!help.contains("nothing can change it"))
        #expect(help.contains("migrated"))
    }

    @Test("schema lists tables and views with their columns, from the archive, without FTS5's own tables")
    func schemaCommand() throws {
        _ = try ingestSeedsHere()
        let result = try run(["schema", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = Set(result.stdout.components(separatedBy: "\r\n"))
        #expect(rows.contains("name,kind,column,type"))
        #expect(rows.contains("articles,table,title,TEXT"))
        #expect(rows.contains("files,table,source,TEXT"))
        #expect(rows.contains { $0.hasPrefix("articles_fts,virtual table,body,") })
        #expect(rows.contains { $0.hasPrefix("event_rows,view,confidence,") })
        #expect(!result.stdout.contains("articles_fts_data"))
    }

    @Test("a reading command migrates an older archive once and says so on standard error")
    func readingMigratesAndSaysSo() throws {
        _ = try ingestSeedsHere()
        let path = folder.file("archive.sqlite").path
        try LegacySchema.downgradeToVersion5(try Connection(path: path))
        let first = try run(["sql", "SELECT count(*) FROM articles", "--format", "csv"])
        #expect(first.status == 0 && first.stdout == "count(*)\r\n5\r\n", "\(first.stderr)")
        #expect(first.stderr.contains("schema version 5") && first.stderr.contains("migrated to version \(Schema.version)"), "\(first.stderr)")
        #expect(try Connection(path: path, mode: .readOnly).scalar("PRAGMA user_version") == .integer(Int64(Schema.version)))
        let second = try run(["sql", "SELECT 1", "--format", "csv"])
        #expect(second.status == 0 && second.stderr.isEmpty)
    }

    @Test("entity rename and delete say what they changed")
    func correctionsSaySo() throws {
        _ = try ingestSeedsHere()
        let renamed = try run(["entity", "rename", "Dhi Qar", "Dhi Qar Province"])
        #expect(renamed.status == 0)
        #expect(renamed.stdout.hasPrefix("place \"Dhi Qar\" is now called \"Dhi Qar Province\" (named in "), "\(renamed.stdout)")
        let deleted = try run(["entity", "delete", "Dhi Qar Province"])
        #expect(deleted.status == 0)
        #expect(deleted.stdout.range(of: #"^place "Dhi Qar Province" deleted: [1-9]\d* mentions in [1-9]\d* articles removed"#,
                                     options: .regularExpression) != nil, "\(deleted.stdout)")
        #expect(try run(["entity", "show", "Dhi Qar"]).status == 1)
    }

    @Test("every JSON output names the byline `byline` and gives tags as a list; CSV joins them")
    func jsonFields() throws {
        _ = try ingestSeedsHere()
        let id = try run(["sql", "SELECT id FROM articles WHERE tags != '[]' LIMIT 1", "--format", "csv"]).stdout
            .components(separatedBy: "\r\n")[1]
        let shown = try JSONSerialization.jsonObject(with: Data(try run(["show", id, "--format", "json"]).stdout.utf8)) as! [String: Any]
        let path = try #require(shown["path"] as? String)
        let extracted = try JSONSerialization.jsonObject(with: Data(try run(["extract", path]).stdout.utf8)) as! [String: Any]
        let exported = try JSONSerialization.jsonObject(with: Data(try run(["export", "articles", "--format", "json"]).stdout.utf8)) as! [[String: Any]]
        let row = try #require(exported.first { "\($0["id"] ?? "")" == id })
        for object in [shown, extracted, row] {
            #expect(object["author"] == nil)
            #expect(object.keys.contains("byline"))
            #expect((object["tags"] as? [String])?.isEmpty == false, "\(object["tags"] ?? "none")")
        }
        #expect(shown["tags"] as? [String] == extracted["tags"] as? [String])
        #expect(row["tags"] as? [String] == shown["tags"] as? [String])
        let csv = try run(["export", "articles", "--format", "csv"]).stdout
        #expect(csv.contains((shown["tags"] as! [String]).joined(separator: "; ")))
    }

    @Test("reading commands leave no -wal or -shm file beside the archive")
    func readersLeaveNoLog() throws {
        _ = try ingestSeedsHere()
        for arguments in [["search", "convoy"], ["sql", "SELECT 1"], ["stats"], ["events"], ["show", "1"], ["schema"]] {
            #expect(try run(arguments + ["--format", arguments[0] == "show" ? "text" : "csv"]).status == 0)
            for suffix in ["-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: folder.file("archive.sqlite" + suffix).path), "\(arguments[0]) left \(suffix)")
            }
        }
    }

    @Test("ingest skips a folder's README, LICENSE and CHANGELOG as not articles, and lists them")
    func notesAreNotArticles() throws {
        let articles = try folder.copySeeds()
        try folder.write("This corpus was gathered for research. Contact someone@ucd.ie about Natural Classes.\n", to: "articles/README.TXT")
        try folder.write("Permission is hereby granted, free of charge, to any person obtaining a copy.\n", to: "articles/LICENSE")
        try folder.write("Version 2 fixed the reader for long files and added many more words.\n", to: "articles/docs/changelog.md")
        let result = try run(["ingest", articles.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("added: 5") && result.stdout.contains("skipped: 3") && result.stdout.contains("not an article: 3"), "\(result.stdout)")
        #expect(result.stderr.contains("skipped \(articles.path)/README.TXT: not an article"), "\(result.stderr)")
        #expect(result.stderr.contains("\(articles.path)/docs/changelog.md: not an article"))
        #expect(try run(["sql", "SELECT count(*) FROM articles WHERE source = 'ucd.ie'", "--format", "csv"]).stdout == "count(*)\r\n0\r\n")
        #expect(try run(["sql", "SELECT count(*) FROM skipped_files WHERE reason LIKE 'not an article%'", "--format", "csv"]).stdout == "count(*)\r\n3\r\n")
    }

    @Test("--exclude passes files over, --include reads only what it names, a README among them")
    func includeExclude() throws {
        let articles = try folder.copySeeds()
        try folder.write("The readme of this folder, which a user wants kept as an article after all, for a good reason.\n", to: "articles/README.txt")
        let excluded = try run(["ingest", "--db", "a.sqlite", "--exclude", "000_*", "--exclude", "README*", articles.path])
        #expect(excluded.status == 0, "\(excluded.stderr)")
        #expect(excluded.stdout.contains("files seen: 4") && excluded.stdout.contains("excluded by --include/--exclude: 2"), "\(excluded.stdout)")
        let included = try run(["ingest", "--db", "b.sqlite", "--include", "README.txt", "--include", "001_*", articles.path])
        #expect(included.status == 0, "\(included.stderr)")
        #expect(included.stdout.contains("added: 2") && included.stdout.contains("excluded by --include/--exclude: 4"), "\(included.stdout)")
    }

    @Test("--source names the outlet of articles that name none, and a later ingest of a changed file keeps it")
    func sourceOption() throws {
        let articles = try ingestSeedsHere(["--source", "Seed Wire"])
        func scalar(_ sql: String) throws -> String {
            try run(["sql", sql, "--format", "csv"]).stdout.components(separatedBy: "\r\n")[1]
        }
        #expect(try scalar("SELECT count(*) FROM articles WHERE source = 'Seed Wire'") != "0")
        #expect(try scalar("SELECT count(*) FROM articles WHERE source = 'Al Mayadeen'") != "0", "an outlet the text names stays")
        let path = try scalar("SELECT path FROM article_files WHERE source = 'Seed Wire' ORDER BY path LIMIT 1")
        #expect(path.hasPrefix(articles.path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nA later paragraph, added to the story after it was first published online.\n".utf8))
        try handle.close()
        let again = try run(["ingest", articles.path])
        #expect(again.stdout.contains("updated: 1"), "\(again.stdout)")
        #expect(try scalar("SELECT source FROM article_files WHERE path = '\(path)'") == "Seed Wire")
        #expect(try scalar("SELECT source FROM files WHERE path = '\(path)'") == "Seed Wire")
    }
}
