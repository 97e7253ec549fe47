import Foundation

/// Article metadata from a page, each field taken from the most reliable place that has it.
struct HTMLMetadata {
    var title: String?
    var published: PartialDate?
    var author: String?
    var source: String?
    var url: String?
    var language: String?
    var tags: [String] = []

    /// `printedDates`: the dates printed by the headline, nearest first (`HeadlineDate.dates`).
    init(page: PageMetadata, jsonLD: JSONLDArticle?, text: ArticleText?, printedDates: [PartialDate] = []) {
        url = Self.absolute(page.links["canonical"]) ?? Self.absolute(page.meta("og:url")) ?? Self.absolute(jsonLD?.url)
        source = (page.meta("og:site_name") ?? jsonLD?.publisher ?? page.meta("application-name")).map(Self.collapsed)
            ?? url.flatMap(Outlets.outlet(forURL:))
        title = Self.title(page: page, jsonLD: jsonLD, site: source)
        published = PublishedDate.choose(page: page, jsonLD: jsonLD, urls: [url, page.meta("og:url"), jsonLD?.url].compactMap { $0 },
                                         header: text?.date, printed: printedDates)
        let authors = jsonLD?.authors.filter { !Self.isURL($0) } ?? []
        author = (authors.isEmpty ? nil : Self.unique(authors).joined(separator: ", "))
            ?? [page.meta("author"), page.meta("article:author"), page.meta("sailthru.author"), page.meta("parsely-author"),
                page.authorLinkText, page.itempropAuthor, page.bylineText, text?.byline]
            .lazy.compactMap { $0 }.map(Self.byline).first { !$0.isEmpty && !Self.isURL($0) && $0.count <= 120 }
        let locale = page.language ?? page.meta("content-language") ?? page.meta("language") ?? page.meta("og:locale") ?? jsonLD?.language
        language = locale.flatMap(Self.languageCode)
        let tagSources = [page.meta("keywords"), page.meta("news_keywords")].compactMap { $0 } + (page.metas["article:tag"] ?? [])
            + (jsonLD?.keywords ?? [])
        tags = Self.unique(tagSources.flatMap { $0.split(separator: ",") }
            .map { Self.collapsed(String($0)) }.filter { !$0.isEmpty && $0.count <= 80 })
    }

    private static func title(page: PageMetadata, jsonLD: JSONLDArticle?, site: String?) -> String? {
        let candidates = [page.meta("og:title"), jsonLD?.headline, page.meta("twitter:title"), page.firstHeading]
        let chosen: String?
        if let title = candidates.lazy.compactMap({ $0 }).map(collapsed).first(where: { !$0.isEmpty }) {
            chosen = SiteSuffix.strip(title, site: site, guess: false)
        } else {
            chosen = page.titleText.map { SiteSuffix.strip(collapsed($0), site: site, guess: true) }
        }
        guard let chosen else { return nil }
        return agreedHeading(page.headings, title: chosen, site: site) ?? chosen
    }

    /// The page's own `h1` where the title agrees with it: `og:title` and `<title>` add a kicker
    /// (`Topic: Headline`), a tail (`Headline - Topic`) or the site's name that the heading does
    /// not, and keep quotes and capitals the heading writes otherwise. The heading must begin or
    /// end the title, word for word, and not be the site's name.
    static func agreedHeading(_ headings: [String], title: String, site: String?) -> String? {
        let titleWords = Words.tokens(title)
        guard !titleWords.isEmpty else { return nil }
        let siteKey = site.map { Words.tokens($0).joined() }
        for raw in headings {
            let heading = collapsed(raw)
            let words = Words.tokens(heading)
            guard words.count >= 2, words.count <= titleWords.count, heading.count <= 300 else { continue }
            if let siteKey, words.joined() == siteKey { continue }
            if words == titleWords { return heading == title ? nil : heading }
            if titleWords.starts(with: words) || titleWords.reversed().starts(with: words.reversed()) { return heading }
        }
        return nil
    }

    static func collapsed(_ text: String) -> String {
        var collector = TextCollector()
        collector.append(text)
        return TextDecoder.clean(collector.result)
    }

    private static func byline(_ text: String) -> String {
        var name = collapsed(text)
        for prefix in ["by ", "By ", "BY "] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        return name.trimmingCharacters(in: .whitespaces)
    }

    private static func absolute(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespaces), url.hasPrefix("http://") || url.hasPrefix("https://") else { return nil }
        return url
    }

    private static func isURL(_ text: String) -> Bool { text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") }

    /// `en-US`, `en_GB`, `EN` → `en`; anything that is not a two-letter code is left out.
    private static func languageCode(_ text: String) -> String? {
        let code = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," }).first ?? ""
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code.lowercased()
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}
