import Foundation

/// The field names common scrapers write (news-please, trafilatura, newspaper, Scrapy feeds),
/// mapped onto an article. The first field present in each list wins.
enum ScraperFields {
    static let title = ["title", "headline", "title_page", "name"]
    static let body = ["text", "body", "maintext", "content", "articleBody", "article_body", "raw_text", "article", "fulltext"]
    static let date = ["date", "published", "date_publish", "datePublished", "published_date", "publish_date",
                       "pubDate", "published_at", "date_published", "publication_date", "created_at", "date_created"]
    static let url = ["url", "source_url", "link", "canonical_url", "href"]
    static let source = ["source", "source_domain", "sitename", "site_name", "publisher", "outlet", "hostname", "domain"]
    static let author = ["author", "authors", "byline", "creator"]
    static let language = ["language", "lang", "locale"]
    static let tags = ["tags", "keywords", "categories"]

    /// The article in a scraper's object; a record without any body text is no article.
    static func article(from object: [String: Any], place: String) throws -> Article {
        guard let rawBody = first(body, in: object).flatMap(string), !Words.trimmed(rawBody).isEmpty else {
            throw RecordSkip(reason: "\(place): no article text (none of \(body.prefix(5).joined(separator: ", ")), …)")
        }
        var article = Article(body: looksLikeHTML(rawBody) ? HTMLReader.text(ofFragment: rawBody) : paragraphs(rawBody))
        guard Words.count(in: article.body) > 0 else { throw RecordSkip(reason: "\(place): the text has no words") }
        article.title = first(title, in: object).flatMap(string).map(HTMLMetadata.collapsed)
        if let date = first(date, in: object).flatMap(dateValue) { article.published = date }
        article.url = first(url, in: object).flatMap(string)
        article.source = first(source, in: object).flatMap(name) ?? article.url.flatMap(Outlets.outlet(forURL:))
        article.byline = first(author, in: object).flatMap(names)
        article.language = first(language, in: object).flatMap(string).map { String($0.prefix(2)).lowercased() }
        article.tags = first(tags, in: object).flatMap(list) ?? []
        return article
    }

    private static func first(_ keys: [String], in object: [String: Any]) -> Any? {
        for key in keys { if let value = object[key], !(value is NSNull) { return value } }
        return nil
    }

    private static func string(_ value: Any) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = Words.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A publisher may be a name or an object with one.
    private static func name(_ value: Any) -> String? {
        if let object = value as? [String: Any] { return object["name"].flatMap(string) }
        return string(value)
    }

    /// One author or several, as strings or `{name: …}` objects.
    private static func names(_ value: Any) -> String? {
        if let array = value as? [Any] {
            let all = array.compactMap(name)
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return name(value)
    }

    private static func list(_ value: Any) -> [String]? {
        let items = (value as? [Any])?.compactMap(name)
            ?? (value as? String)?.split(separator: ",").map { Words.trimmed($0) }
        let clean = (items ?? []).filter { !$0.isEmpty }
        return clean.isEmpty ? nil : clean
    }

    /// ISO text, written dates, or seconds since 1970 (as some feeds store them).
    private static func dateValue(_ value: Any) -> PartialDate? {
        if let text = value as? String { return DateValue.parse(text) }
        if let number = value as? NSNumber, number.doubleValue > 0 {
            let seconds = number.doubleValue > 1e11 ? number.doubleValue / 1000 : number.doubleValue
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date(timeIntervalSince1970: seconds))
            return parts.year.flatMap { PartialDate(year: $0, month: parts.month, day: parts.day) }
        }
        return nil
    }

    private static func looksLikeHTML(_ text: String) -> Bool {
        ["<p>", "<p ", "<div", "<br", "</p>", "<article", "<h2", "<li>"].contains { text.range(of: $0, options: .caseInsensitive) != nil }
    }

    /// Scrapers separate paragraphs by one or two line breaks: one paragraph per non-blank line.
    private static func paragraphs(_ text: String) -> String {
        TextDecoder.clean(text).split(separator: "\n").map { HTMLMetadata.collapsed(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
