import Archive
import ArgumentParser

extension EntityType: ExpressibleByArgument {}

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "People, organisations and places named in the archive, most named first.",
        discussion: "Columns: name,type,code,articles,mentions. Spellings are merged: see `archive entity NAME`."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "Only this type: person, org or place.")
    var type: EntityType?

    @Option(name: .long, help: "How many to list.")
    var top = 50

    @Option(name: .long, help: ArgumentHelp("Only entities with a spelling in which a word starts with this text (case and accents aside).", valueName: "text"))
    var query: String?

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            try output.withWriter { writer, _, _ in
                if try EntityQueries.list(type: type, query: query, top: max(0, top), in: db, to: writer) == 0 && top > 0 {
                    try explainEmpty { try FilterReport.entities(type: type, query: query, in: db) }
                }
            }
        }
    }
}

struct Entity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "One entity, and corrections to it.",
        subcommands: [Show.self, Rename.self, Delete.self, Split.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Its spellings, the articles naming it (newest first), who it is named with, first and last seen."
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The entity's name or any of its spellings.") var name: String
        @Option(name: .long, help: "How many articles to list.") var limit = 50

        func run() throws {
            try reportingFailures {
                let db = try database.openForReading()
                print(try EntityProfile.load(named: name, from: db, articleLimit: max(0, limit)).text, terminator: "")
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give an entity another name (kept across re-ingest and reindex).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The entity's name or any of its spellings.") var name: String
        @Argument(help: "Its new name.") var newName: String

        func run() throws {
            try reportingFailures {
                let entity = try Corrections.rename(name, to: newName, databasePath: database.path)
                print("\(entity.label) is now called \"\(newName)\" (named in \(entity.articles) articles); kept across re-ingest and reindex")
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Say a name is not an entity: its mentions go and stay gone.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The entity's name or any of its spellings.") var name: String

        func run() throws {
            try reportingFailures {
                let entity = try Corrections.delete(name, databasePath: database.path)
                print("\(entity.label) deleted: \(entity.mentions) mentions in \(entity.articles) articles removed; it will not be extracted again")
            }
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "split", abstract: "Make the mentions spelled SPELLING an entity of their own.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The entity's name or any of its spellings.") var name: String
        @Argument(help: "The spelling that names something else.") var spelling: String

        func run() throws {
            try reportingFailures {
                let count = try Corrections.split(spelling, from: name, databasePath: database.path)
                print("\(spelling) split from \(name): \(count) articles updated")
            }
        }
    }
}
