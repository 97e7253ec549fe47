/// The whole chain from a file's bytes to an article, with no database: decode, read, clean.
public enum ArticleExtractor {
    /// Decodes `bytes` and reads the article in them; throws `ArchiveError.unreadableFile` with the reason.
    /// Text is decoded by `TextDecoder`; HTML by its reader, which honours the page's declared charset.
    public static func extract(bytes: [UInt8], format: FileFormat, path: String) throws -> Article {
        try format.read(bytes, path: path)
    }

    /// The article's entity mentions with offsets into the file's text as decoded, before the
    /// headline was split off or anything cleaned; for web pages and JSON, into the body.
    public static func entities(of article: Article, bytes: [UInt8], format: FileFormat) -> [EntityMention] {
        let mentions = EntityExtractor.mentions(in: article.body)
        guard format == .text, let source = try? TextDecoder.decode(bytes) else { return mentions }
        return SourceOffsets.map(mentions, body: article.body, source: source.text)
    }

    /// The events the article reports, coded from its body and its entity mentions (offsets into the body).
    public static func events(of article: Article, bodyMentions: [EntityMention]) -> [ExtractedEvent] {
        EventExtractor.events(in: article.body, published: article.published, mentions: bodyMentions)
    }
}
