/// An extracted article as one JSON object, the form `archive extract` prints.
public enum ArticleJSON {
    /// `title, published, date_precision, author, source, url, language, tags, body`, in that order.
    public static func encode(_ article: Article) -> String {
        func string(_ value: String?) -> String { value.map(JSONText.quote) ?? "null" }
        let fields: [(String, String)] = [
            ("title", string(article.title)),
            ("published", string(article.published?.description)),
            ("date_precision", JSONText.quote(article.published?.precision.rawValue ?? "unknown")),
            ("author", string(article.byline)),
            ("source", string(article.source)),
            ("url", string(article.url)),
            ("language", string(article.language)),
            ("tags", "[" + article.tags.map(JSONText.quote).joined(separator: ", ") + "]"),
            ("encoding", string(article.encoding)),
            ("body", JSONText.quote(article.body)),
        ]
        return "{\n" + fields.map { "  \(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }
}
