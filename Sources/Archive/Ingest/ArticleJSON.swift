/// An extracted article as one JSON object, the form `archive extract` prints.
public enum ArticleJSON {
    /// `title, published, date_precision, byline, source, url, language, tags, encoding, body`, in that
    /// order: the names and types of `archive show --format json` (`byline` as in the schema and the
    /// CSV export; `tags` a list).
    public static func encode(_ article: Article, entities: [EntityMention]? = nil, events: [ExtractedEvent]? = nil) -> String {
        func string(_ value: String?) -> String { value.map(JSONText.quote) ?? "null" }
        let fields: [(String, String)] = [
            ("title", string(article.title)),
            ("published", string(article.published?.description)),
            ("date_precision", JSONText.quote(article.published?.precision.rawValue ?? "unknown")),
            ("byline", string(article.byline)),
            ("source", string(article.source)),
            ("url", string(article.url)),
            ("language", string(article.language)),
            ("tags", "[" + article.tags.map(JSONText.quote).joined(separator: ", ") + "]"),
            ("encoding", string(article.encoding)),
            ("body", JSONText.quote(article.body)),
        ] + (entities.map { [("entities", encode($0))] } ?? []) + (events.map { [("events", EventJSON.encode($0))] } ?? [])
        return "{\n" + fields.map { "  \(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// Mentions grouped by entity, in order of first mention.
    private static func encode(_ mentions: [EntityMention]) -> String {
        var order: [String] = []
        var groups: [String: [EntityMention]] = [:]
        for mention in mentions {
            if groups[mention.key] == nil { order.append(mention.key) }
            groups[mention.key, default: []].append(mention)
        }
        let objects = order.compactMap { groups[$0] }.map { group -> String in
            let first = group[0]
            let spans = group.map { "{\"text\": \(JSONText.quote($0.text)), \"start\": \($0.start), \"end\": \($0.end)}" }
            return "{\"name\": \(JSONText.quote(first.name)), \"type\": \"\(first.type.rawValue)\", "
                + "\"code\": \(first.code.map(JSONText.quote) ?? "null"), \"mentions\": [\(spans.joined(separator: ", "))]}"
        }
        return "[\n    " + objects.joined(separator: ",\n    ") + "\n  ]"
    }
}
