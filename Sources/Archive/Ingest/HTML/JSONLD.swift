import Foundation

/// The article as the page's JSON-LD (schema.org) describes it.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateCreated: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var body: String?
    var keywords: [String] = []
    var url: String?
    var language: String?
    /// The name of the page's `WebSite` object: a name of the site, never a headline.
    var siteName: String?

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "report", "scholarlyarticle",
        "techarticle", "liveblogposting", "socialmediaposting", "posting", "satiricalarticle",
    ]

    /// The first article-typed object in any of the scripts (arrays, `@graph` and `mainEntity`
    /// included); failing that, the first object with a publication date (a `WebPage`).
    static func find(in scripts: [String]) -> JSONLDArticle? {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let data = cleaned(script).data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            flatten(value, into: &objects, depth: 0)
        }
        let article = objects.first { types(of: $0).contains(where: articleTypes.contains) }
            ?? objects.first { $0["datePublished"] != nil }
        guard var found = article.map(JSONLDArticle.init) else { return nil }
        found.siteName = objects.lazy.filter { types(of: $0).contains("website") }.compactMap { string($0["name"]) }.first
        // SEO plugins name the publisher by reference to an `Organization` elsewhere in the graph.
        if found.publisher == nil, let reference = (article?["publisher"] as? [String: Any])?["@id"] as? String {
            found.publisher = objects.lazy.filter { $0["@id"] as? String == reference }.compactMap { string($0["name"]) }.first
        }
        return found
    }

    private init(_ object: [String: Any]) {
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        datePublished = Self.string(object["datePublished"])
        dateCreated = Self.string(object["dateCreated"])
        dateModified = Self.string(object["dateModified"])
        authors = Self.names(object["author"] ?? object["creator"])
        publisher = Self.names(object["publisher"] ?? object["sourceOrganization"]).first
        body = Self.string(object["articleBody"]) ?? Self.string(object["text"])
        keywords = Self.keywordList(object["keywords"])
        url = Self.string(object["url"]) ?? Self.string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
            ?? Self.string(object["mainEntityOfPage"])
        language = Self.string(object["inLanguage"])
    }

    /// Sites wrap JSON-LD in HTML comments or CDATA markers for old browsers.
    private static func cleaned(_ script: String) -> String {
        var text = Words.stripped(script)
        for marker in ["<!--", "//<![CDATA[", "<![CDATA["] where text.hasPrefix(marker) { text.removeFirst(marker.count) }
        for marker in ["-->", "//]]>", "]]>"] where text.hasSuffix(marker) { text.removeLast(marker.count) }
        return text
    }

    private static func flatten(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { flatten(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    private static func string(_ value: Any?) -> String? {
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        guard let text = value as? String else { return nil }
        let trimmed = Words.stripped(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `"A"`, `{"name": "A"}` or a list of either.
    private static func names(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        return string(value).map { [$0] } ?? []
    }

    private static func keywordList(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.compactMap { string($0) } }
        return string(value).map { [$0] } ?? []
    }
}
