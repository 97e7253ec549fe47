import Foundation

/// Reads a listed file's bytes with POSIX calls on its raw path, refusing files too big to be
/// an article so that memory stays bounded whatever a folder holds.
enum FileBytes {
    /// The largest file of each kind that is read. A news article is tens of kilobytes; a saved
    /// page with inlined pictures a few megabytes; scraper dumps hold many articles.
    static func sizeLimit(for format: FileFormat) -> Int {
        switch format {
        case .text: 8 << 20
        case .html: 32 << 20
        case .json: 256 << 20
        }
    }

    /// The file's bytes, or why they cannot be had.
    static func contents(of file: FileStamp, limit: Int) -> Result<[UInt8], SkipReason> {
        let descriptor = withCPath(file.systemPath) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(unreadable(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(unreadable(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(SkipReason(category: "unreadable", detail: "not a regular file (a device, pipe or socket)"))
        }
        if info.st_size > limit { return .failure(tooLarge(Int(info.st_size), limit: limit)) }
        // Read to the end, not to the size seen: the file may grow while it is read.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 4096))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(unreadable(errno))
            }
            if got == 0 { break }
            count += got
            if count > limit { return .failure(tooLarge(count, limit: limit)) }
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private static func tooLarge(_ size: Int, limit: Int) -> SkipReason {
        SkipReason(category: "too large", detail: "too large to be one article file (\(megabytes(size)), the limit is \(megabytes(limit)))")
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private static func unreadable(_ code: Int32) -> SkipReason {
        let detail = switch code {
        case ENOENT: "cannot read: no such file (a broken link, or removed during the ingest)"
        case EACCES, EPERM: "cannot read: permission denied"
        case ELOOP: "cannot read: a loop of symbolic links"
        default: "cannot read: " + String(cString: strerror(code))
        }
        return SkipReason(category: "unreadable", detail: detail)
    }
}
