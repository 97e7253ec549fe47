/// Where the paragraph scorer finds no article, the article is looked for again, in order, the
/// way trafilatura falls back: a page a reader sees as an article must not be refused because
/// its markup is unusual (a share-bar class on the article's wrapper, text between `<br>`s,
/// prose in bare `<div>`s, a script with few sentence marks the scorer knows).
enum ArticleFallback {
    /// The article of the page `parse` reads afresh each time it is called (the fallbacks prune
    /// the tree in place), or why the page has none; nil when the page cannot be parsed.
    static func text(parse: () -> HTMLElement?, title: String?) -> Result<ArticleText, NoArticle>? {
        var page: TextStats?
        // First with the article's wrapper kept whatever its class says, then pruned as usual: keeping
        // a wrapper can also keep a sidebar that outweighs the article in the densest-block search.
        for keepProse in [true, false] {
            guard let root = parse() else { break }
            let body = root.elements.first { $0.name == "body" } ?? root
            TextMeasure.measure(body)
            page = page ?? body.stats
            if keepProse {
                pruneKeepingProse(body)
            } else {
                Boilerplate.prune(body)
            }
            // The scorer already ran on the page pruned as usual.
            let attempts: [(HTMLElement) -> [TextBlock]] = keepProse ? [scored, markedArticle, inlineText, densestBlock]
                : [markedArticle, inlineText, densestBlock]
            for attempt in attempts {
                // Measured again each time: the scorer's cleaning removes elements in place.
                TextMeasure.measure(body)
                let text = ArticleText(attempt(body), title: title)
                if text.isArticle { return .success(text) }
            }
            guard !keepProse else { continue }
            // Last, a page that is one short post (the attempts above want an article's length).
            TextMeasure.measure(body)
            if let post = singlePost(body) {
                var text = ArticleText(render(post), title: title)
                text.isWholePost = true
                if text.isArticle { return .success(text) }
            }
        }
        return page.map { .failure(NoArticle(page: $0)) }
    }

    /// Class names and tags drop furniture, but a wrapper that holds most of the prose of the page
    /// or of its `<article>` is the article, whatever its class or tag says (`entry share`,
    /// `content paywall-container`, a `<header>` around the whole page). `body` is measured.
    static func pruneKeepingProse(_ body: HTMLElement) {
        Boilerplate.prune(body) { element in
            element.stats.linkDensity < 0.6
                && Double(ownText(element)) >= 0.4 * Double(ownText(enclosingArticle(of: element, body: body)))
        }
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

    /// The page's one post, when it holds a single element marked as a post (the microformat
    /// `hentry`/`h-entry`, `<article>`, `itemprop="articleBody"` or `"blogPost"`, nested ones
    /// counted once) with a paragraph of its own text: a blog post of two lines is still the
    /// article of its page, however short. An index marks many posts.
    static func singlePost(_ body: HTMLElement) -> HTMLElement? {
        var post: HTMLElement?
        var count = 0
        body.forEachDescendant { element in
            guard isMarkedPost(element), !(post.map { element.isDescendant(of: $0) } ?? false) else { return true }
            count += 1
            post = element
            return count < 2
        }
        guard count == 1, let post else { return nil }
        let hasParagraph = !post.forEachDescendant { element in
            !(element.name == "p" && element.stats.length - element.stats.linkLength >= 20)
        }
        return hasParagraph ? post : nil
    }

    private static func isMarkedPost(_ element: HTMLElement) -> Bool {
        if element.name == "article" { return true }
        if let itemprop = element["itemprop"]?.lowercased(), itemprop == "articlebody" || itemprop == "blogpost" { return true }
        guard let classes = element["class"] else { return false }
        return classes.split(separator: " ").contains { $0 == "hentry" || $0 == "h-entry" }
    }

    /// The nearest `<article>`, `<main>` or `articleBody` around `element`, or the body.
    private static func enclosingArticle(of element: HTMLElement, body: HTMLElement) -> HTMLElement {
        var node = element.parent
        while let current = node, current !== body {
            if current.name == "article" || current.name == "main" || current["itemprop"]?.lowercased() == "articlebody" { return current }
            node = current.parent
        }
        return body
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
