extension ArticleFallback {
    /// Texts shorter than this (in characters) are weighed against the page's prose.
    static let shortText = 800

    /// Shorter than `shortText` characters. Counting characters walks the whole text, and this
    /// runs on every page: a text of four times as many UTF-8 bytes (no script takes more than
    /// four a character) is long without counting.
    static func isShort(_ text: ArticleText) -> Bool {
        text.paragraphs.reduce(0) { $0 + $1.utf8.count } < 4 * shortText && text.length < shortText
    }

    /// A short text beside an element pruning removed that holds three times its prose (a
    /// `sidebar-wrapper`, a `<header>` or an `<aside>` around the article) is a box beside the
    /// article (a consent notice, a teaser, the lead alone): that element, read as the article.
    /// Hidden elements and strong furniture (comments, related stories) are not looked at; the
    /// removed elements are whole, so the page is not parsed again.
    static func fromRemoved(_ text: ArticleText, removed: [HTMLElement], title: String?) -> ArticleText? {
        let length = text.length
        var best: (element: HTMLElement, prose: Int)?
        for element in removed where !Boilerplate.isHiddenOrFurniture(element) {
            TextMeasure.measure(element)
            let prose = prose(in: element)
            if prose >= 3 * length, element.stats.linkDensity < 0.6, prose > best?.prose ?? 0 { best = (element, prose) }
        }
        guard let best else { return nil }
        let found = ArticleText(ContentExtractor.blocks(in: best.element), title: title)
        return found.isArticle && found.length >= 3 * length ? found : nil
    }

    /// Characters outside links in the paragraphs of some length at or below `root` that are not
    /// lists of links.
    static func prose(in root: HTMLElement) -> Int {
        func counted(_ element: HTMLElement) -> Int {
            let stats = element.stats
            return element.name == "p" && stats.length >= 80 && stats.linkDensity < 0.3 ? stats.length - stats.linkLength : 0
        }
        var total = counted(root)
        root.forEachDescendant { element in
            total += counted(element)
            return true
        }
        return total
    }
}
