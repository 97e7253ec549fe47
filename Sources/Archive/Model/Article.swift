/// One article as a format reader found it: metadata and cleaned body, before it is stored.
public struct Article: Sendable, Equatable {
    public var title: String?
    public var published: PartialDate?
    public var source: String?
    public var byline: String?
    public var url: String?
    public var language: String?
    public var tags: [String]
    /// Paragraphs separated by one blank line.
    public var body: String
    /// How the file's bytes were decoded (`utf-8`, `utf-16le`, `windows-1252`, …).
    public var encoding: String?

    public init(title: String? = nil, published: PartialDate? = nil, source: String? = nil, byline: String? = nil,
                url: String? = nil, language: String? = nil, tags: [String] = [], body: String, encoding: String? = nil) {
        self.title = title
        self.published = published
        self.source = source
        self.byline = byline
        self.url = url
        self.language = language
        self.tags = tags
        self.body = body
        self.encoding = encoding
    }

    /// Words in the body, counted as runs of letters and digits.
    public var wordCount: Int { Words.count(in: body) }
}
