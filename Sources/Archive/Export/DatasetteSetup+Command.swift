import Foundation

/// The `datasette` command line that opens the archive with the metadata, and running it.
extension DatasetteSetup {
    /// The arguments after `datasette`: `serve ARCHIVE --metadata FILE --setting … --host … --port …`.
    public var arguments: [String] {
        ["serve", archivePath, "--metadata", metadataPath,
         "--setting", "truncate_cells_html", String(truncateCells),
         "--setting", "facet_time_limit_ms", "1000",
         "--host", host, "--port", String(port)]
    }

    /// The command as a shell takes it, each argument quoted where it needs to be.
    public var commandLine: String {
        (["datasette"] + arguments).map(Self.shellQuoted).joined(separator: " ")
    }

    /// What to install for it: Datasette and the plugin that maps the events.
    public static let installHint = "pip install datasette datasette-cluster-map"

    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./:=@,+".unicodeScalars.contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// Replaces this process with Datasette serving the archive (it runs until interrupted); returns
    /// only by throwing, when `datasette` is not on $PATH or cannot start.
    public func serve() throws -> Never {
        guard let datasette = EventMap.executable(named: "datasette") else {
            throw ArchiveError.missingTool(tool: "datasette", install: Self.installHint, purpose: "serve the archive")
        }
        let argv = ([datasette] + arguments).map { strdup($0) } + [nil]
        execv(datasette, argv)
        throw ArchiveError.outputFailed(path: datasette, reason: "it did not start: \(String(cString: strerror(errno)))")
    }
}
