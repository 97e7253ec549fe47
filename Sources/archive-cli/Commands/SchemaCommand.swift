import Archive
import ArgumentParser

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "List the archive's tables and views with their columns, as the file holds them.",
        discussion: "Columns: name,kind,column,type; one row per column. Query them with `archive sql`."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.writeRows(from: database) { db, writer in try SchemaListing.write(from: db, to: writer) }
    }
}
