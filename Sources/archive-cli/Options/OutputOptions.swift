import Archive
import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// How rows are written: format, destination, byte-order mark.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "table, csv, json, jsonl or geojson (events; default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Start CSV with a byte-order mark, for spreadsheet programs that need one.")
    var bom = false

    func makeSink() throws -> OutputSink {
        try output.map { try OutputSink.file(path: $0) } ?? OutputSink.standardOutput()
    }

    func resolvedFormat(for sink: OutputSink) -> OutputFormat {
        format ?? (sink.isTerminal ? .table : .csv)
    }

    /// The rows a command reads from the archive, written out; a failure becomes its message.
    func writeRows(from database: DatabaseOptions, _ body: (Connection, any RowWriter) throws -> Void) throws {
        try reportingFailures {
            let db = try database.openForReading()
            try withWriter { writer, _, _ in try body(db, writer) }
        }
    }

    /// Opens the destination and runs `body` with a writer for it, closing the file afterwards.
    func withWriter(_ body: (any RowWriter, OutputFormat, OutputSink) throws -> Void) throws {
        let sink = try makeSink()
        let format = resolvedFormat(for: sink)
        let writer = makeRowWriter(format: format, sink: sink, options: RowWriterOptions(byteOrderMark: bom))
        try body(writer, format, sink)
        try sink.close()
        if let omissions = (writer as? GeoJSONWriter)?.omissions { printError("archive: " + omissions) }
    }
}
