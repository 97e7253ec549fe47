import Foundation

/// A file as listed: where it is, how big, when it last changed.
public struct FileStamp: Sendable, Equatable {
    /// The path as stored and shown; a name that is not valid UTF-8 has its stray bytes as `\xNN` (`FileName`).
    public let path: String
    public let size: Int64
    public let mtime: Double
    /// The path's bytes as the file system has them, when `path` is not exactly them.
    var rawPath: [UInt8]? = nil

    /// The bytes to hand to `open`.
    var systemPath: [UInt8] { rawPath ?? Array(path.utf8) }
}

/// Lists the files under a folder lazily, in path order, one folder's listing in memory at a
/// time. The order makes ingests repeatable: an interrupted run finished later stores the same
/// articles under the same ids as one uninterrupted run. Hidden files and folders (`.git`,
/// `.DS_Store`) are not articles and are passed over; symbolic links to folders are not followed,
/// so a link loop cannot trap the walk. Folders are read with `opendir`/`readdir` on raw bytes,
/// so a name that is not UTF-8 is listed as it is rather than lost.
public struct FileLister: Sequence, IteratorProtocol {
    /// Folders still to open, and the entries of the ones opened, deepest last.
    private var pending: [[[UInt8]]]
    /// Whether the path listed is a folder (rather than one file named on the command line).
    public let isFolder: Bool

    /// Lists `path`, a folder (recursively) or one file; throws when it does not exist.
    public init(path: String) throws {
        let root = Array(URL(fileURLWithPath: path).standardizedFileURL.path.utf8)
        guard let info = Self.status(root, following: true) else {
            throw ArchiveError.badPath(path: path, reason: "no such file or folder")
        }
        if info.isDirectory, Self.openFolder(root).map({ closedir($0) }) == nil {
            throw ArchiveError.badPath(path: path, reason: "the folder cannot be read (permission denied)")
        }
        // The root is walked even when it is a link to a folder; links below it are not followed.
        isFolder = info.isDirectory
        pending = info.isDirectory ? [Self.children(of: root)] : [[root]]
    }

    public mutating func next() -> FileStamp? {
        while var level = pending.popLast() {
            guard let path = level.first else { continue }
            level.removeFirst()
            pending.append(level)
            guard let own = Self.status(path, following: false) else { continue }  // gone since the listing
            let target = own.isLink ? Self.status(path, following: true) : own
            if target?.isDirectory == true {
                if !own.isLink { pending.append(Self.children(of: path)) }
                continue
            }
            // A dangling link or a loop of links is listed: reading it says what is wrong.
            let stamp = target ?? own
            let text = FileName.decode(path)
            return FileStamp(path: text, size: stamp.size, mtime: stamp.mtime, rawPath: Array(text.utf8) == path ? nil : path)
        }
        return nil
    }

    private struct Status {
        var isDirectory: Bool
        var isLink: Bool
        var size: Int64
        var mtime: Double
    }

    private static func status(_ path: [UInt8], following: Bool) -> Status? {
        var info = stat()
        let rc = withCPath(path) { following ? stat($0, &info) : lstat($0, &info) }
        guard rc == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return Status(isDirectory: type == S_IFDIR, isLink: type == S_IFLNK, size: Int64(info.st_size),
                      mtime: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000)
    }

    private static func openFolder(_ path: [UInt8]) -> OpaquePointer? {
        withCPath(path) { opendir($0) }
    }

    /// The folder's visible entries, sorted by their bytes; an unreadable folder has none.
    private static func children(of folder: [UInt8]) -> [[UInt8]] {
        guard let dir = openFolder(folder) else { return [] }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { buffer in
                Array(buffer.prefix { $0 != 0 })
            }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        let prefix = folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]
        return names.sorted { $0.lexicographicallyPrecedes($1) }.map { prefix + $0 }
    }
}

/// Runs `body` with `path` as a NUL-terminated C string.
func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
    }
}
