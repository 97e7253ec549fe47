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
        source = (page.meta("og:site_name") ?? jsonLD?.publisher ?? jsonLD?.siteName ?? page.meta("application-name")).map(Self.collapsed)
            ?? url.flatMap(Outlets.outlet(forURL:)) ?? page.mastheadName.map(Self.collapsed)
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
        // The site's name as the metadata or address give it, and as its masthead prints it.
        let sites = [site, jsonLD?.siteName.map(collapsed), page.mastheadName.map(collapsed)].compactMap { $0 }
        let siteKeys = sites.map(SiteSuffix.key).filter { !$0.isEmpty }
        // A headline much longer than every name of the site is none of them: no need to fold it.
        let longestSite = sites.map(\.utf8.count).max() ?? 0
        func isSiteName(_ text: String) -> Bool {
            text.utf8.count <= 2 * longestSite + 8 && siteKeys.contains(SiteSuffix.key(text))
        }
        // The first name that leaves the title cuts it; only a title naming none is guessed at.
        func stripped(_ text: String, guess: Bool) -> String {
            for site in sites {
                let cut = SiteSuffix.strip(text, site: site, guess: false)
                if cut != text { return cut }
            }
            return guess ? SiteSuffix.strip(text, site: nil, guess: true) : text
        }
        // Some sites give every page's `og:title` the site's own name.
        let metaTitles = [page.meta("og:title"), jsonLD?.headline, page.meta("twitter:title")].lazy.compactMap { $0 }.map(collapsed)
        let chosen: String?
        if let title = metaTitles.first(where: { !$0.isEmpty && !isSiteName($0) }) {
            chosen = stripped(title, guess: false)
        } else if let heading = headingAsTitle(page, isSiteName: isSiteName) {
            chosen = heading
        } else {
            chosen = page.titleText.map { stripped(collapsed($0), guess: true) }
        }
        guard let chosen else { return nil }
        return agreedHeading(page.headings, title: chosen, site: site) ?? chosen
    }

    /// The `h1` to take as the headline of a page without a title in its metadata: one that the
    /// `<title>` repeats, else the article's own or the only one. Of several `h1`s outside an
    /// article that the `<title>` does not repeat, none is trusted over the `<title>`.
    private static func headingAsTitle(_ page: PageMetadata, isSiteName: (String) -> Bool) -> String? {
        guard let titleText = page.titleText.map(collapsed), !titleText.isEmpty else { return page.firstHeading.map(collapsed) }
        let titleWords = Words.tokens(titleText)
        for heading in page.headings.map(collapsed) where !isSiteName(heading) {
            let words = Words.tokens(heading)
            if words.count >= 2, contains(titleWords, run: words) { return heading }
        }
        if page.hasArticleHeading || page.headings.count == 1 { return page.firstHeading.map(collapsed) }
        return nil
    }

    private static func contains(_ words: [String], run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { words[$0..<($0 + run.count)].elementsEqual(run) }
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
