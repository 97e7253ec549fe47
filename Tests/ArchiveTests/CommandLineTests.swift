import ArgumentParser
import Foundation
import Testing
@testable import archive_cli

/// The `archive` command as a user runs it: the built binary, its output and exit status.
@Suite("archive command")
struct CommandLineTests {
    let folder = TemporaryFolder()

    typealias Result = CLI.Result

    /// `archive ARGUMENTS` in the test's folder (Support/CLI).
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI(directory: folder.url).run(arguments, environment: environment)
    }

    private func ingestSeeds() throws {
        let articles = try folder.copySeeds()
        let result = try run(["ingest", articles.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("ingest prints one summary; ./archive.sqlite is the default archive")
    func ingest() throws {
        let articles = try folder.copySeeds()
        let first = try run(["ingest", articles.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("files seen: 5"))
        #expect(first.stdout.contains("added: 5"))
        #expect(first.stdout.contains("near-duplicates"))
        #expect(first.stderr.isEmpty, "no progress bar in a pipe")
        #expect(FileManager.default.fileExists(atPath: folder.file("archive.sqlite").path))
        let second = try run(["ingest", articles.path])
        #expect(second.stdout.contains("unchanged: 5"))
    }

    @Test("ingest exits 2 when it finished but skipped files, listing each with its reason; 0 again once they go")
    func exitStatusWithSkips() throws {
        let articles = try folder.copySeeds()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]).write(to: articles.appendingPathComponent("tool.txt"))
        try Data("  \n\n".utf8).write(to: articles.appendingPathComponent("new\nline.txt"))
        let result = try run(["ingest", articles.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.contains("added: 5") && result.stdout.contains("skipped: 2"))
        #expect(result.stderr.contains("skipped \(articles.path)/tool.txt: binary content"))
        #expect(result.stderr.contains("skipped \(articles.path)/new\\nline.txt: no article text"), "the name's line break is escaped")
        try FileManager.default.removeItem(at: articles.appendingPathComponent("tool.txt"))
        try FileManager.default.removeItem(at: articles.appendingPathComponent("new\nline.txt"))
        let clean = try run(["ingest", articles.path])
        #expect(clean.status == 0 && clean.stderr.isEmpty)
        #expect(try run(["ingest", folder.file("nowhere").path]).status == 1, "a failure is 1, not 2")
    }

    @Test("--db and ARCHIVE_DB choose the archive")
    func databaseChoice() throws {
        let articles = try folder.copySeeds()
        try run(["ingest", "--db", "one.sqlite", articles.path])
        #expect(FileManager.default.fileExists(atPath: folder.file("one.sqlite").path))
        try run(["ingest", articles.path], environment: ["ARCHIVE_DB": folder.file("two.sqlite").path])
        #expect(FileManager.default.fileExists(atPath: folder.file("two.sqlite").path))
        #expect(try run(["stats", "--db", "one.sqlite", "--format", "csv"]).stdout.contains("articles,5"))
    }

    @Test("search writes csv with the documented columns; hits marked with brackets")
    func searchCSV() throws {
        try ingestSeeds()
        let result = try run(["search", "convoy \"Dhi Qar\"", "--since", "2021-06-01", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,rank,title,published,source,snippet,path")
        #expect(lines.count == 2)
        #expect(lines[1].contains("Iraq: Attack Targets US Convoy in Dhi Qar"))
        #expect(lines[1].contains("[Dhi] [Qar]") || lines[1].contains("[Dhi Qar]"))
    }

    @Test("export articles: the documented columns, and it reads back through Python's csv module")
    func exportCSV() throws {
        try ingestSeeds()
        let result = try run(["export", "articles", "--output", "articles.csv"])
        #expect(result.status == 0)
        let csv = try String(contentsOf: folder.file("articles.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,title,published,date_precision,source,byline,url,path,words,duplicate_of,tags\r\n"))
        #expect(csv.contains("Iraq; Dhi Qar; US convoy; southern Iraq; Iraqi Resistance"))
        #expect(csv.contains("\"Staff, Agencies\""))
    }

    @Test("a title with quotes, commas and a newline survives a round trip through a real CSV parser",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func csvRoundTrip() throws {
        let title = "He said \"no, never\", then\nleft; Aṣḥab"
        try folder.write("date 2022-03-04 \(title.replacingOccurrences(of: "\n", with: " "))\n\nBy Jane Roe, \"Desk\"\n\nThe convoy was hit, officials said, near the bridge \"at dawn\" on Monday.\n\nA second paragraph, with a comma.\n", to: "in/a.txt")
        try run(["ingest", folder.file("in").path])
        let exported = try run(["sql", "SELECT title, byline, body FROM articles", "--format", "csv", "--output", "x.csv"])
        #expect(exported.status == 0)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))", folder.file("x.csv").path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        let rows = try JSONSerialization.jsonObject(with: data) as! [[String]]
        #expect(rows == [["title", "byline", "body"],
                         ["He said \"no, never\", then left; Aṣḥab", "Jane Roe, \"Desk\"",
                          "The convoy was hit, officials said, near the bridge \"at dawn\" on Monday.\n\nA second paragraph, with a comma."]])
    }

    @Test("show prints one article; --format json adds body and copies")
    func show() throws {
        try ingestSeeds()
        let text = try run(["show", "2"])
        #expect(text.stdout.contains("title: Iraq: Attack Targets US Convoy in Dhi Qar"))
        let json = try run(["show", "2", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["title"] as? String == "Iraq: Attack Targets US Convoy in Dhi Qar")
        #expect((object["copies"] as? [String])?.count == 1)
        #expect((object["body"] as? String)?.hasSuffix("by the end of last year.") == true)
        let missing = try run(["show", "999"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No article with id 999"))
    }

    @Test("sql is read-only and writes any format")
    func sql() throws {
        try ingestSeeds()
        let grouped = try run(["sql", "SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(grouped.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count == 3)
        let write = try run(["sql", "DELETE FROM articles"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("would change the archive, and archive sql only reads"))
        #expect(try run(["sql", "SELECT count(*) FROM articles", "--format", "csv"]).stdout == "count(*)\r\n5\r\n")
    }

    @Test("bad arguments get a message and a failing exit status, never a crash")
    func badArguments() throws {
        try ingestSeeds()
        let date = try run(["search", "convoy", "--since", "yesterday"])
        #expect(date.status != 0 && date.stderr.contains("YYYY"))
        let missing = try run(["ingest", folder.file("nowhere").path])
        #expect(missing.status == 1 && missing.stderr.contains("no such file or folder"))
        let noArchive = try run(["search", "x", "--db", "absent.sqlite"])
        #expect(noArchive.status == 1 && noArchive.stderr.contains("archive ingest"))
        let raw = try run(["search", "al-Kahf (", "--raw"])
        #expect(raw.status == 1 && raw.stderr.contains("Cannot search"))
    }

    @Test("extract prints the article and its entities, with offsets into the file as decoded")
    func extract() throws {
        let path = Fixtures.seedURL("001_63a414f3e5fe9d8b.txt").path
        let result = try run(["extract", path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(object["title"] as? String == "Iraq: Attack Targets US Convoy in Dhi Qar")
        let source = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["name"] as? String == "Dhi Qar" && $0["code"] as? String == "IQ-DQ" })
        var checked = 0
        for entity in entities {
            for mention in entity["mentions"] as? [[String: Any]] ?? [] {
                let start = mention["start"] as! Int, end = mention["end"] as! Int
                var text = String.UnicodeScalarView()
                text.append(contentsOf: source[start..<end])
                #expect(String(text) == mention["text"] as? String)
                checked += 1
            }
        }
        #expect(checked > 20)
        #expect(!result.stdout.contains("Hamas"), "names in the ticker are furniture, not entities")
    }

    /// Every command and subcommand as typed (`entity rename`), read from the command tree so a new one is covered.
    static let commandPaths: [String] = {
        func paths(_ command: ParsableCommand.Type, _ prefix: [String]) -> [[String]] {
            command.configuration.subcommands.flatMap { sub in
                let path = prefix + [sub.configuration.commandName ?? "\(sub)"]
                return [path] + paths(sub, path)
            }
        }
        return paths(ArchiveCommand.self, []).map { $0.joined(separator: " ") }
    }()

    @Test("every command has help text, and every command that reads an archive takes --db", arguments: commandPaths)
    func help(command: String) throws {
        let path = command.split(separator: " ").map(String.init)
        let result = try run(path + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:"), "\(command)")
        let groups: Set<String> = ["entity", "alias"]
        if command != "extract" && !groups.contains(command) { #expect(result.stdout.contains("--db"), "\(command)") }
        if command == "ingest" { #expect(result.stdout.contains("Exit status: 0 when every file went in, 2 when")) }
    }

    @Test("the help covers every command, events and timeline included")
    func helpCoversEveryCommand() {
        for command in ["events", "timeline", "sql", "schema", "entity rename", "alias add", "reindex"] {
            #expect(Self.commandPaths.contains(command), "\(command)")
        }
    }
}
