import Foundation

/// A file as listed: where it is, how big, when it last changed.
public struct FileStamp: Sendable, Equatable {
    public let path: String
    public let size: Int64
    public let mtime: Double
}

/// Lists the files under a folder lazily, in path order, one folder's listing in memory at a
/// time. The order makes ingests repeatable: an interrupted run finished later stores the same
/// articles under the same ids as one uninterrupted run. Hidden files and folders (`.git`,
/// `.DS_Store`) are not articles and are passed over; symbolic links to folders are not followed,
/// so a link loop cannot trap the walk.
public struct FileLister: Sequence, IteratorProtocol {
    /// Folders still to open, and the entries of the ones opened, deepest last.
    private var pending: [[URL]]

    /// Lists `path`, a folder (recursively) or one file; throws when it does not exist.
    public init(path: String) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ArchiveError.badPath(path: path, reason: "no such file or folder")
        }
        if isDirectory.boolValue, (try? FileManager.default.contentsOfDirectory(atPath: url.path)) == nil {
            throw ArchiveError.badPath(path: path, reason: "the folder cannot be read (permission denied)")
        }
        pending = [[url]]
    }

    public mutating func next() -> FileStamp? {
        while var level = pending.popLast() {
            guard let url = level.first else { continue }
            level.removeFirst()
            pending.append(level)
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey, .fileSizeKey, .contentModificationDateKey])
            if values?.isSymbolicLink == true, (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                continue
            }
            if values?.isDirectory == true {
                pending.append(Self.children(of: url))
                continue
            }
            return FileStamp(path: url.path, size: Int64(values?.fileSize ?? 0),
                             mtime: values?.contentModificationDate?.timeIntervalSince1970 ?? 0)
        }
        return nil
    }

    private static func children(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
