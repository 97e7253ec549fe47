import Foundation

/// Runs the built `archive` binary in a folder and collects what it printed: the one helper every
/// test of the command line uses.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let directory: URL
    /// Run as this unprivileged user (`setpriv`), for tests of permissions, which root ignores.
    var user: UnprivilegedUser? = nil

    /// The `archive` binary next to this test bundle (SwiftPM builds it for the tests).
    static var binary: URL {
        var directory = Bundle.module.bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("archive")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("archive")
    }

    /// Runs `archive ARGUMENTS`; `environment` is added to the test's own, less `ARCHIVE_DB` unless it sets it.
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, environment: environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once: a child that fills one while we wait on the other would hang.
        let stderrData = Slot<Data>()
        let reader = Thread { stderrData.value = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while stderrData.value == nil { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderrData.value ?? Data(), as: UTF8.self))
    }

    /// A process for `archive ARGUMENTS`, not yet started, its output discarded.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        if let user {
            try user.prepare(directory)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", user.binary(in: directory).path] + arguments
        } else {
            process.executableURL = Self.binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "ARCHIVE_DB" }.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }
}

/// `nobody`, for running the binary as a user whom file permissions bind (CI runs as root).
struct UnprivilegedUser {
    let uid: uid_t = 65534
    let gid: gid_t = 65534

    /// Root only can switch users; anyone else is unprivileged already.
    static var needed: Bool { getuid() == 0 }

    /// Where the binary is copied: the build folder may sit in a folder only root can enter.
    func binary(in directory: URL) -> URL { directory.appendingPathComponent(".bin/archive") }

    /// Copies the binary into the test's folder and gives the user the folder and all in it; the
    /// test sets the modes it tests after this, or they are the user's own.
    func prepare(_ directory: URL) throws {
        let copy = binary(in: directory)
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLI.binary, to: copy)
        }
        chmod(directory.path, 0o755)
        let chown = Process()
        chown.executableURL = URL(fileURLWithPath: "/bin/chown")
        chown.arguments = ["-R", "--no-dereference", "\(uid):\(gid)", directory.path]
        try chown.run()
        chown.waitUntilExit()
    }
}

/// A value handed from one thread to another.
final class Slot<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
