/// The kinds of file the archive reads, told by the file name's extension.
public enum FileFormat: String, Sendable, CaseIterable {
    case text

    /// The format for a path, or nil when the archive does not read such files.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text", "md": self = .text
        default: return nil
        }
    }

    /// Reads one article from decoded text of this format.
    func read(_ decoded: DecodedText, path: String) throws -> Article {
        switch self {
        case .text: return try TextReader.read(decoded, path: path)
        }
    }
}
