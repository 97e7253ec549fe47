import Archive
import ArgumentParser
import Foundation

/// Runs a command's work; an archive error becomes its message on stderr and exit status 1.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ArchiveError {
        printError("archive: \(error)")
        throw ExitCode.failure
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Says on stderr why a listing came back empty (`FilterReport`), leaving stdout to the rows.
func explainEmpty(_ report: () throws -> String?) throws {
    if let text = try report() { FileHandle.standardError.write(Data(text.utf8)) }
}
