/// The whole chain from a file's bytes to an article, with no database: decode, read, clean.
public enum ArticleExtractor {
    /// Decodes `bytes` and reads the article in them; throws `ArchiveError.unreadableFile` with the reason.
    public static func extract(bytes: [UInt8], format: FileFormat, path: String) throws -> Article {
        let decoded = try TextDecoder.decode(bytes, path: path)
        return try format.read(decoded, path: path)
    }
}
