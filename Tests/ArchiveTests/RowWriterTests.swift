import Foundation
import Testing
@testable import Archive

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether `python3` with its csv module can be run, for the cross-check against a real CSV reader.
let python3Available: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import csv, json"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    } catch {
        return false
    }
}()

private func temporaryPath(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory
        .appendingPathComponent("rowwriter-\(UUID().uuidString).\(suffix)").path
}

/// Writes `rows` through a file sink and returns the bytes the file ends up holding.
private func render(
    _ format: OutputFormat, columns: [String], rows: [[Value]],
    options: RowWriterOptions = RowWriterOptions()
) throws -> [UInt8] {
    let path = temporaryPath(format.rawValue)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let sink = try OutputSink.file(path: path)
    #expect(!sink.isTerminal)
    let writer = makeRowWriter(format: format, sink: sink, options: options)
    try writer.begin(columns: columns)
    for row in rows { try writer.write(row) }
    try writer.finish()
    try sink.close()
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

private func renderText(
    _ format: OutputFormat, columns: [String], rows: [[Value]],
    options: RowWriterOptions = RowWriterOptions()
) throws -> String {
    String(decoding: try render(format, columns: columns, rows: rows, options: options), as: UTF8.self)
}

private let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

// Every field a CSV writer can get wrong, with the text a CSV reader must give back.
private let trickyColumns = ["id", "title, subtitle", "note \"quoted\""]
private let trickyRows: [[Value]] = [
    [1, "plain", "a,b"],
    [2, "say \"hi\"", "line1\nline2"],
    [3, "cr\rhere", "crlf\r\nhere"],
    [4, "  leading", "trailing  "],
    [5, "Aṣḥab", "ذي قار"],
    [6, "", nil],
    [7, .real(0.1), .blob([0xDE, 0xAD, 0xBE, 0xEF])],
    [8, "\"", ","],
    [9, "\"\u{301}", "e\u{301},\r\n"],
]
private let trickyExpected: [[String]] = [
    trickyColumns,
    ["1", "plain", "a,b"],
    ["2", "say \"hi\"", "line1\nline2"],
    ["3", "cr\rhere", "crlf\r\nhere"],
    ["4", "  leading", "trailing  "],
    ["5", "Aṣḥab", "ذي قار"],
    ["6", "", ""],
    ["7", "0.1", "deadbeef"],
    ["8", "\"", ","],
    ["9", "\"\u{301}", "e\u{301},\r\n"],
]

@Suite struct RowWriterTests {
    @Test func csvQuotesOnlyWhatNeedsIt() throws {
        let text = try renderText(.csv, columns: ["a", "b"], rows: [
            ["x,y", "q\"q"], ["", nil], [" s", "t"], [.integer(-3), .real(1e-05)], ["a\r\nb", "ok"],
        ])
        #expect(text == "a,b\r\n\"x,y\",\"q\"\"q\"\r\n\"\",\r\n\" s\",t\r\n-3,1e-05\r\n\"a\r\nb\",ok\r\n")
    }

    @Test(.enabled(if: python3Available, "python3 is not installed"))
    func csvReadsBackThroughPythonCSVModule() throws {
        let path = temporaryPath("csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try OutputSink.file(path: path)
        let writer = makeRowWriter(format: .csv, sink: sink, options: RowWriterOptions())
        try writer.begin(columns: trickyColumns)
        for row in trickyRows { try writer.write(row) }
        try writer.finish()
        try sink.close()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try JSONSerialization.jsonObject(with: data) as? [[String]]
        #expect(rows == trickyExpected)
    }

    @Test func byteOrderMarkOnlyWhenAskedAndOnlyForCSV() throws {
        let withMark = try render(.csv, columns: ["a"], rows: [["x"]], options: RowWriterOptions(byteOrderMark: true))
        #expect(Array(withMark.prefix(3)) == bom)
        #expect(Array(withMark.dropFirst(3)) == Array("a\r\nx\r\n".utf8))
        let without = try render(.csv, columns: ["a"], rows: [["x"]])
        #expect(Array(without.prefix(3)) != bom)
        let json = try render(.json, columns: ["a"], rows: [["x"]], options: RowWriterOptions(byteOrderMark: true))
        #expect(json.first == UInt8(ascii: "["))
    }

    @Test func jsonArrayParsesBackWithValuesAndKeyOrder() throws {
        let columns = ["id", "title", "score", "missing", "data", "big"]
        let rows: [[Value]] = [
            [1, "Aṣḥab \"x\"\n\u{2028}", .real(2.5), nil, .blob([0x00, 0xFF]), .integer(Int64.max)],
            [2, "ذي قار", .real(-1e-07), nil, .blob([]), .integer(Int64.min)],
        ]
        let bytes = try render(.json, columns: columns, rows: rows)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("[{\"id\":1,\"title\":\"Aṣḥab \\\"x\\\"\\n\\u2028\",\"score\":2.5,\"missing\":null,"))
        #expect(text.hasSuffix("}]\n"))
        #expect(text.split(separator: "\n").count == 2)

        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["id"] as? Int == 1)
        #expect(parsed[0]["title"] as? String == "Aṣḥab \"x\"\n\u{2028}")
        #expect(parsed[0]["score"] as? Double == 2.5)
        #expect(parsed[0]["missing"] is NSNull)
        #expect(parsed[0]["data"] as? String == "00ff")
        #expect((parsed[0]["big"] as? NSNumber)?.int64Value == Int64.max)
        #expect(parsed[1]["title"] as? String == "ذي قار")
        #expect(parsed[1]["score"] as? Double == -1e-07)
        #expect(parsed[1]["data"] as? String == "")
        #expect((parsed[1]["big"] as? NSNumber)?.int64Value == Int64.min)
        #expect(parsed.allSatisfy { Set($0.keys) == Set(columns) })
        // JSONSerialization forgets key order, so check it on the text of each object.
        for line in text.split(separator: "\n") {
            let offsets = columns.map { line.range(of: "\"\($0)\":")!.lowerBound }
            #expect(offsets == offsets.sorted())
        }
    }

    @Test func emptyResults() throws {
        #expect(try renderText(.json, columns: ["a"], rows: []) == "[]\n")
        #expect(try JSONSerialization.jsonObject(with: Data("[]\n".utf8)) as? [Any] != nil)
        #expect(try renderText(.jsonl, columns: ["a"], rows: []) == "")
        #expect(try renderText(.csv, columns: ["a", "b"], rows: []) == "a,b\r\n")
        #expect(try renderText(.table, columns: ["a", "bb"], rows: []) == "a  bb\n─  ──\n(no rows)\n")
    }

    @Test func jsonLinesHoldOneObjectPerLine() throws {
        let text = try renderText(.jsonl, columns: ["id", "text"], rows: [
            [1, "one\ntwo"], [2, "\u{2029}tab\t"], [3, .real(.nan)],
        ])
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        for (index, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["id"] as? Int == index + 1)
        }
        #expect(lines.last == "{\"id\":3,\"text\":null}")
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("\n\r\t\u{08}\u{0C}", "\"\\n\\r\\t\\b\\f\""),
        ("\u{00}\u{01}\u{1F}", "\"\\u0000\\u0001\\u001f\""),
        ("\u{2028}x\u{2029}", "\"\\u2028x\\u2029\""),
        ("Aṣḥab ذي قار 📰", "\"Aṣḥab ذي قار 📰\""),
        ("‐€\u{2027}\u{202A}", "\"‐€\u{2027}\u{202A}\""),
        ("", "\"\""),
    ])
    func jsonQuote(input: String, expected: String) throws {
        let quoted = JSONText.quote(input)
        #expect(quoted == expected)
        let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed)
        #expect(back as? String == input)
    }

    @Test func tableAlignsColumns() throws {
        let text = try renderText(.table, columns: ["id", "title", "score"], rows: [
            [1, "short", .real(2.5)],
            [10, "a longer title", nil],
        ])
        #expect(text == """
            id  title           score
            ──  ──────────────  ─────
             1  short             2.5
            10  a longer title

            """)
    }

    @Test func tableCutsLongCellsAndFlattensLineBreaks() throws {
        let text = try renderText(.table, columns: ["name"], rows: [["abcdefgh"], ["a\nb\tc"], ["x\r\ny"]],
                                  options: RowWriterOptions(maxCellWidth: 5))
        #expect(text == "name\n─────\nabcd…\na b c\nx y\n")
    }

    @Test func tableStreamsRowsAfterTheSampleWithTheSampleWidths() throws {
        var rows: [[Value]] = (0..<TableWriter.sampleSize).map { [.integer(Int64($0)), "x"] }
        rows.append([12345, "abcdefghij"])
        let lines = try renderText(.table, columns: ["id", "value"], rows: rows).split(separator: "\n")
        #expect(lines.count == 2 + TableWriter.sampleSize + 1)
        #expect(lines[0] == "id  value")
        #expect(lines[1] == "──  ─────")
        #expect(lines[2] == " 0  x")
        // Text is cut to the sampled width; a number is never cut, even if the row sticks out.
        #expect(lines.last == "12345  abcd…")
    }

    @Test func tableNeverCutsNumbers() throws {
        let text = try renderText(.table, columns: ["n", "r"], rows: [[123456, .real(0.125)]],
                                  options: RowWriterOptions(maxCellWidth: 3))
        #expect(text == "n       r\n──────  ─────\n123456  0.125\n")
    }

    @Test func sinkPassesLargeWritesThrough() throws {
        let path = temporaryPath("txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let big = String(repeating: "0123456789ṣ", count: 20_000)
        let sink = try OutputSink.file(path: path)
        try sink.write("head ")
        try sink.write(big)
        for _ in 0..<10_000 { try sink.write("small ") }
        try sink.close()
        try sink.close()
        let expected = "head " + big + String(repeating: "small ", count: 10_000)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(throws: ArchiveError.self) { try sink.write("after close") }
    }

    @Test func fileInMissingDirectoryThrowsOutputFailed() throws {
        let path = "/nonexistent-\(UUID().uuidString)/out.csv"
        let error = #expect(throws: ArchiveError.self) { try OutputSink.file(path: path) }
        #expect(error == .outputFailed(path: path, reason: String(cString: strerror(ENOENT))))
    }

    @Test func closedPipeThrowsOutputFailed() throws {
        // Without this the kernel would end the test process with SIGPIPE instead of failing the write.
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])
        let sink = OutputSink(descriptor: fds[1], path: "pipe", ownsDescriptor: true)
        try sink.write("lost")
        let error = #expect(throws: ArchiveError.self) { try sink.flush() }
        #expect(error == .outputFailed(path: "pipe", reason: String(cString: strerror(EPIPE))))
        #expect(throws: ArchiveError.self) { try sink.write("more") }
        try sink.close()
    }
}
