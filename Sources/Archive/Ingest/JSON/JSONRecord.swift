/// One record of a file that holds many articles (a JSON array, JSON Lines): where it is in the
/// file, and the article it gave or why it was skipped.
public struct JSONRecord: Sendable {
    /// `L12` for line 12 of JSON Lines, `3` for the third object of an array.
    public let key: String
    /// Where a person finds the record: `line 12`, `item 3`.
    public let place: String
    /// SHA-256 of the record's own text, so an unchanged record in a changed file stays unchanged.
    public let sha256: String
    public let result: Result<Article, RecordSkip>
}

/// Why a record is not an article.
public struct RecordSkip: Error, Sendable, Equatable {
    public let reason: String
}
