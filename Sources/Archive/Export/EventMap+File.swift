import Foundation

/// Writing the picture out: SVG as it is, PNG through librsvg's `rsvg-convert`, which draws SVG
/// faithfully and is one Debian package away (no renderer of our own, no library to link).
extension EventMap {
    /// Writes the SVG to `path`, or a PNG of it when `path` ends in `.png`.
    public func write(to path: String) throws {
        guard path.lowercased().hasSuffix(".png") else {
            return try Self.write(Data(svg().utf8), to: path)
        }
        guard let converter = Self.executable(named: "rsvg-convert") else {
            throw ArchiveError.missingTool(tool: "rsvg-convert", install: "Debian: apt-get install librsvg2-bin", purpose: "write a PNG (an .svg needs nothing)")
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("archive-map-\(ProcessInfo.processInfo.processIdentifier).svg").path
        try Self.write(Data(svg().utf8), to: temporary)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        try Self.run(converter, ["--format", "png", "--background-color", "white", "--output", path, temporary], output: path)
    }

    private static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw ArchiveError.outputFailed(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    private static func run(_ executable: String, _ arguments: [String], output: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            throw ArchiveError.outputFailed(path: output, reason: "\(executable) did not start: \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw ArchiveError.outputFailed(path: output, reason: "rsvg-convert failed (exit \(process.terminationStatus))" + (reason.isEmpty ? "" : ": \(reason)"))
        }
    }

    /// The first executable of that name on $PATH.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
