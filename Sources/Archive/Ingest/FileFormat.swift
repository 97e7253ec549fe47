/// The kinds of file the archive reads, told by the file name's extension.
public enum FileFormat: String, Sendable, CaseIterable {
    case text
    case html
    /// One JSON object, an array of them, or JSON Lines: a file of many articles.
    case json

    /// The format for a path, or nil when the archive does not read such files.
    public init?(path: String) {
        var name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        // `page.html.gz` is a compressed web page: the format is the extension before `.gz`.
        let compressed = name.hasSuffix(".gz")
        if compressed { name.removeLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch (name[name.index(after: dot)...], compressed) {
        case ("txt", false), ("text", false), ("md", false): self = .text
        case ("html", _), ("htm", _), ("xhtml", _): self = .html
        case ("json", false), ("jsonl", false), ("ndjson", false): self = .json
        default: return nil
        }
    }

    /// Reads one article from a file's raw bytes in this format.
    func read(_ bytes: [UInt8], path: String) throws -> Article {
        switch self {
        case .text: return try TextReader.read(TextDecoder.decode(bytes, path: path), path: path)
        // Web pages are decoded by the HTML reader itself: it needs the charset the page declares.
        case .html: return try HTMLReader.read(bytes, path: path)
        case .json:
            let records = try JSONReader.read(bytes, path: path)
            guard records.count == 1, let only = records.first else {
                throw ArchiveError.unreadableFile(path: path, reason: "holds \(records.count) records; read them with JSONReader")
            }
            switch only.result {
            case let .success(article): return article
            case let .failure(skip): throw ArchiveError.unreadableFile(path: path, reason: skip.reason)
            }
        }
    }
}
