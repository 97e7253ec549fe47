#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered UTF-8 writer to a file descriptor that turns every failed write
/// (full disk, closed pipe) into `ArchiveError.outputFailed`.
///
/// A closed pipe reports `EPIPE` only if the process ignores `SIGPIPE`;
/// otherwise the kernel ends the process first, which suits `archive … | head`.
public final class OutputSink {
    /// What error messages call the destination: the file's path, or "standard output".
    public let path: String
    /// Whether the destination is a terminal, so callers can pick the table format.
    public let isTerminal: Bool

    private static let capacity = 64 * 1024
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var closed = false
    // Kept so that later writes fail the same way instead of retrying a dead pipe.
    private var failure: ArchiveError?

    init(descriptor: Int32, path: String, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.path = path
        self.ownsDescriptor = ownsDescriptor
        self.isTerminal = isatty(descriptor) != 0
        buffer.reserveCapacity(Self.capacity)
    }

    deinit {
        try? close()
    }

    /// Standard output; `close()` flushes it but leaves descriptor 1 open.
    public static func standardOutput() -> OutputSink {
        OutputSink(descriptor: STDOUT_FILENO, path: "standard output", ownsDescriptor: false)
    }

    /// Creates or truncates the file at `path`.
    public static func file(path: String) throws -> OutputSink {
        while true {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd >= 0 { return OutputSink(descriptor: fd, path: path, ownsDescriptor: true) }
            if errno == EINTR { continue }
            throw ArchiveError.outputFailed(path: path, reason: Self.describe(errno))
        }
    }

    public func write(_ s: String) throws {
        try checkUsable()
        let count = s.utf8.count
        if buffer.count + count > Self.capacity {
            try drain()
            if count >= Self.capacity {
                // Copying a huge string through the buffer would only add a memcpy.
                var s = s
                try s.withUTF8 { try writeAll(UnsafeRawBufferPointer($0)) }
                return
            }
        }
        buffer.append(contentsOf: s.utf8)
    }

    public func flush() throws {
        try checkUsable()
        try drain()
    }

    /// Flushes, then closes the descriptor if this sink opened it. Closing twice does nothing.
    public func close() throws {
        if closed { return }
        var firstError: Error?
        if failure == nil {
            do { try drain() } catch { firstError = error }
        }
        closed = true
        buffer = []
        // close(2) can report a deferred write error (NFS, full disk); EINTR still frees the descriptor.
        if ownsDescriptor, systemClose(descriptor) != 0, errno != EINTR, firstError == nil {
            firstError = ArchiveError.outputFailed(path: path, reason: Self.describe(errno))
        }
        // A failure already thrown by write or flush is not reported a second time.
        if let firstError { throw firstError }
    }

    private func checkUsable() throws {
        if let failure { throw failure }
        if closed { throw ArchiveError.outputFailed(path: path, reason: "the output was already closed") }
    }

    private func drain() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBufferPointer { try writeAll(UnsafeRawBufferPointer($0)) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                let error = ArchiveError.outputFailed(path: path, reason: Self.describe(errno))
                failure = error
                throw error
            }
            // A short write (pipe, signal) is not an error: continue with the rest.
            next += written
            remaining -= written
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

// The methods named write/close hide the C functions inside the class.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}

private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
