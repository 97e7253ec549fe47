extension ArticleFallback {
    /// Texts shorter than this (in characters) are weighed against the page's prose.
    static let shortText = 800

    /// A short text that holds a fifth or less of the page's prose is a box beside the article (a
    /// consent notice, a teaser, the lead alone), left when pruning took the article's wrapper (a
    /// `sidebar-wrapper` inside `<article>`): the page `parse` reads afresh is read again with
    /// that wrapper kept, and a text three times as long is the article.
    static func longer(than text: ArticleText, parse: () -> HTMLElement?, title: String?) -> ArticleText? {
        guard let root = parse() else { return nil }
        let body = root.elements.first { $0.name == "body" } ?? root
        TextMeasure.measure(body)
        let length = text.length
        guard prose(in: body) >= 5 * length else { return nil }
        pruneKeepingProse(body)
        for attempt in [scored, markedArticle] {
            // Measured again each time: the scorer's cleaning removes elements in place.
            TextMeasure.measure(body)
            let found = ArticleText(attempt(body), title: title)
            if found.isArticle, found.length >= 3 * length { return found }
        }
        return nil
    }

    /// Characters outside links in the page's paragraphs of some length that are not lists of links.
    static func prose(in body: HTMLElement) -> Int {
        var total = 0
        body.forEachDescendant { element in
            let stats = element.stats
            if element.name == "p", stats.length >= 80, stats.linkDensity < 0.3 { total += stats.length - stats.linkLength }
            return true
        }
        return total
    }
}
