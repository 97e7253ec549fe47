import ArgumentParser
import Testing
@testable import archive_cli

@Suite("Command names")
struct CommandNameTests {
    /// A command and every command below it.
    static func tree(_ command: ParsableCommand.Type) -> [ParsableCommand.Type] {
        [command] + command.configuration.subcommands.flatMap { tree($0) }
    }

    @Test("every command names itself: a name derived from the type costs runtime type lookups at every start")
    func explicitNames() {
        let commands = Self.tree(ArchiveCommand.self)
        #expect(commands.count > 15)
        for command in commands { #expect(command.configuration.commandName != nil, "\(command)") }
    }
}
