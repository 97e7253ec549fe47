import Archive
import ArgumentParser

struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Correct which entity a spelling belongs to.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "From now on, mentions spelled SPELLING belong to ENTITY (kept across re-ingest and reindex).",
            discussion: "Example: archive alias add \"Hashd al-Shaabi\" \"Popular Mobilization Units\""
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The spelling, as the articles write it.") var spelling: String
        @Argument(help: "The entity it names (its name or any spelling).") var entity: String

        func run() throws {
            try reportingFailures {
                let count = try Corrections.addAlias(spelling, to: entity, databasePath: database.path)
                print("\(spelling) → \(entity): \(count) articles updated")
            }
        }
    }
}

struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Re-run entity extraction over every stored article (after an upgrade), keeping corrections."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            print("\(try Reindexer.reindex(databasePath: database.path)) articles reindexed")
        }
    }
}
