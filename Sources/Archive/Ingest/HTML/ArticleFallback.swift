/// Where the paragraph scorer finds no article, the article is looked for again, in order, the
/// way trafilatura falls back: a page a reader sees as an article must not be refused because
/// its markup is unusual (a share-bar class on the article's wrapper, text between `<br>`s,
/// prose in bare `<div>`s, a script with few sentence marks the scorer knows).
enum ArticleFallback {
    /// The article of a freshly parsed page (`root` must not have been pruned), or why it has none.
    static func text(in root: HTMLElement, title: String?) -> Result<ArticleText, NoArticle> {
        let body = root.elements.first { $0.name == "body" } ?? root
        TextMeasure.measure(body)
        let page = body.stats
        // Class names and tags drop furniture, but a wrapper that holds most of the page's prose is
        // the article, whatever its class says (`entry share`, `content paywall-container`).
        let prose = Double(page.length - page.linkLength)
        Boilerplate.prune(body) { element in
            element.stats.linkDensity < 0.3 && Double(element.stats.length - element.stats.linkLength) >= 0.4 * prose
        }
        let attempts: [(HTMLElement) -> [TextBlock]] = [scored, markedArticle, inlineText, densestBlock]
        for attempt in attempts {
            // Measured again each time: the scorer's cleaning removes elements in place.
            TextMeasure.measure(body)
            let text = ArticleText(attempt(body), title: title)
            if text.isArticle { return .success(text) }
        }
        return .failure(NoArticle(page: page))
    }

    /// The paragraph scorer again, on the page pruned with its prose kept.
    static func scored(_ body: HTMLElement) -> [TextBlock] {
        ContentExtractor.blocks(in: body, pruned: true)
    }

    /// The element the page marks as its article: `itemprop="articleBody"`, `<article>`, `<main>`,
    /// or a content class (`entry-content`, `article-body`); the one with most text not in links.
    static func markedArticle(_ body: HTMLElement) -> [TextBlock] {
        var best: HTMLElement?
        body.forEachDescendant { element in
            let marked = element["itemprop"]?.lowercased() == "articlebody" || element.name == "article"
                || element.name == "main" || Boilerplate.marksArticle(element)
            if marked, element.stats.linkDensity < 0.5, ownText(element) > best.map(ownText) ?? 0 { best = element }
            return true
        }
        return best.map(render) ?? []
    }

    /// Text written straight into a container between `<br>`s, or held in `<div>`s with no
    /// paragraph: the element with the most text of its own.
    static func inlineText(_ body: HTMLElement) -> [TextBlock] {
        var best: HTMLElement?
        body.forEachDescendant { element in
            if element.stats.inlineLength > best.map(\.stats.inlineLength) ?? 0, element.stats.linkDensity < 0.5 { best = element }
            return true
        }
        return best.map(render) ?? []
    }

    /// The densest block: down from the body while one child holds most of the text not in links.
    static func densestBlock(_ body: HTMLElement) -> [TextBlock] {
        var current = body
        while let child = current.elements.max(by: { ownText($0) < ownText($1) }),
              Double(ownText(child)) >= 0.7 * Double(ownText(current)) {
            current = child
        }
        return render(current)
    }

    /// Characters of text outside links.
    private static func ownText(_ element: HTMLElement) -> Int { element.stats.length - element.stats.linkLength }

    private static func render(_ element: HTMLElement) -> [TextBlock] {
        var renderer = BlockRenderer()
        renderer.render([element])
        return renderer.blocks
    }
}

/// Why a page has no article: what the page is, told by its text (`archive ingest` lists it).
struct NoArticle: Error {
    let page: TextStats

    var reason: String {
        if page.linkDensity >= 0.5, page.length >= 150 {
            let share = Int((page.linkDensity * 100).rounded())
            return "no article text found (a list of links, an index or search results: \(share)% of its text is links)"
        }
        if page.length - page.linkLength < 150 {
            return "no article text found (almost no text: \(page.length - page.linkLength) characters outside links)"
        }
        if page.listItems * 2 > page.paragraphs + 10 {
            return "no article text found (a list of \(page.listItems) items and no running text)"
        }
        return "no article text found (no paragraph of prose in the page)"
    }
}
