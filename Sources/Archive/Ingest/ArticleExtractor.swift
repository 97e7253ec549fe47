/// The whole chain from a file's bytes to an article, with no database: decode, read, clean.
public enum ArticleExtractor {
    /// Decodes `bytes` and reads the article in them; throws `ArchiveError.unreadableFile` with the reason.
    /// Text is decoded by `TextDecoder`; HTML by its reader, which honours the page's declared charset.
    public static func extract(bytes: [UInt8], format: FileFormat, path: String) throws -> Article {
        try format.read(bytes, path: path)
    }
}
