/// The parts of a page that are never the article, told by tag, by hiding, or by the words
/// sites use in `class` and `id` for menus, share bars, comments and teasers of other stories.
enum Boilerplate {
    static let droppedTags: Set<String> = [
        "nav", "header", "footer", "aside", "form", "button", "input", "figure", "figcaption", "dialog", "menu",
        "script", "style", "noscript", "label", "picture",
    ]

    private static let droppedRoles: Set<String> = ["navigation", "complementary", "banner", "contentinfo", "dialog", "menu"]

    /// Tags that hold the article itself: never dropped for their class names.
    static let containers: Set<String> = ["html", "body", "article", "main"]

    /// Names that mean "not the article" wherever they appear.
    private static let strongPatterns = BytePatterns([
        "comment", "share", "sharing", "social", "related", "recommend", "promo", "newsletter", "subscri",
        "advert", "cookie", "popup", "modal", "outbrain", "taboola", "sponsor", "disqus", "signup", "paywall",
        "skip-link", "visually-hidden", "sr-only", "screen-reader", "print-only", "breadcrumb", "byline",
        "author-bio", "caption", "credit", "trending", "most-read", "mostread", "more-stories", "read-more", "readmore",
        // Affiliate and editorial disclaimers, the author's box, star ratings and a post's
        // date-and-tags line under the text.
        "disclaimer", "disclosure", "author-info", "author-desc", "rating", "entry-meta", "entry-utility",
    ])

    /// Names of page regions that layouts also put on the article's wrappers (`with-sidebar`,
    /// `main-menu-offset`): they count only when no content word is there too.
    private static let weakPatterns = BytePatterns([
        "sidebar", "menu", "footer", "masthead", "banner", "pagination", "nav", "teaser", "tags", "toolbar",
        "dateline", "timestamp",
    ])

    /// Readability's "maybe a candidate" words.
    private static let contentWords = BytePatterns(["article", "body", "column", "content", "main", "story", "entry", "text", "post"])

    private static let adMarker = BytePatterns(["ad", "dfp"])
    private static let adTokens: Set<String> = ["ad", "ads", "adv", "advert", "ad-slot", "ad-container", "ad-wrapper", "dfp"]

    /// Words that mark the article's own container: a `post-content share-bar` class is still content.
    private static let keepWords = BytePatterns(["article-body", "articlebody", "article-content", "story-body", "entry-content",
                                    "post-content", "post-body", "body-text", "main-content"])

    /// Removes boilerplate below `root` in place and returns what it removed. `keep` spares an
    /// element that its tag, role or class names would drop (the fallbacks spare one that holds
    /// most of the page's prose).
    @discardableResult
    static func prune(_ root: HTMLElement, keep: ((HTMLElement) -> Bool)? = nil) -> [HTMLElement] {
        var removed: [HTMLElement] = []
        var stack = [root]
        while let element = stack.popLast() {
            element.children.removeAll { node in
                guard case let .element(child) = node, isBoilerplate(child), !(keep?(child) ?? false) else { return false }
                removed.append(child)
                return true
            }
            stack.append(contentsOf: element.elements)
        }
        return removed
    }

    static func isBoilerplate(_ element: HTMLElement) -> Bool {
        if element.traits.contains(.articleHolder) { return false }
        if element["hidden"] != nil || element["aria-hidden"] == "true" { return true }
        if let style = element["style"], hidesElement(style) { return true }
        if element.traits.contains(.dropped) {
            // A page builder's text module may put its paragraphs in a `<header>`; a masthead
            // or an article's header (headline, byline, a short lead) holds no such length of prose.
            if element.name == "header", holdsProse(element, atLeast: headerProse) { return false }
            return !holdsArticle(element)
        }
        if let role = element["role"], droppedRoles.contains(role) {
            return !holdsArticle(element)
        }
        return matchesPattern(element) && !holdsArticle(element)
    }

    /// Hidden, or named as furniture that is never the article (comments, sharing, related
    /// stories): of what pruning removed, what no fallback looks at again.
    static func isHiddenOrFurniture(_ element: HTMLElement) -> Bool {
        if element["hidden"] != nil || element["aria-hidden"] == "true" || element.name == "noscript" { return true }
        if let style = element["style"], hidesElement(style) { return true }
        let bytes = element.classBytes
        return bytes.count > 1 && !keepWords.matches(bytes) && strongPatterns.matches(bytes)
    }

    private static let hiding = BytePatterns(["display:none", "visibility:hidden"])

    private static func hidesElement(_ style: String) -> Bool {
        let bytes = style.utf8.compactMap { $0 == 0x20 ? nil : $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return hiding.matches(bytes)
    }

    /// A class name sites give the article's own container (`entry-content`, `article-body`).
    static func marksArticle(_ element: HTMLElement) -> Bool {
        let bytes = element.classBytes
        return bytes.count > 1 && keepWords.matches(bytes)
    }

    static func matchesPattern(_ element: HTMLElement) -> Bool {
        let bytes = element.classBytes
        guard bytes.count > 1 else { return false }
        if keepWords.matches(bytes) { return false }
        if strongPatterns.matches(bytes) { return true }
        if weakPatterns.matches(bytes) { return !contentWords.matches(bytes) }
        guard adMarker.matches(bytes) else { return false }
        return hasAdToken(bytes)
    }

    private static let adTokenBytes = adTokens.map { Array($0.utf8) }

    /// A class or id word (split at spaces and underscores) that is an ad's: `ads`, `ad-slot`,
    /// `banner-ad`. Read on the bytes: splitting the names into Strings cost more than all the
    /// pattern tests.
    static func hasAdToken(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in 0...all.count where end == all.count || all[end] == 0x20 || all[end] == 0x5F {
                defer { start = end + 1 }
                guard end > start else { continue }
                let token = UnsafeBufferPointer(rebasing: all[start..<end])
                if adTokenBytes.contains(where: { $0.elementsEqual(token) }) { return true }
                if token.count >= 3, token[0] == 0x61, token[1] == 0x64, token[2] == 0x2D { return true }
                let n = token.count
                if n >= 3, token[n - 3] == 0x2D, token[n - 2] == 0x61, token[n - 1] == 0x64 { return true }
            }
            return false
        }
    }

    /// Characters of paragraph text, outside links, that make a `<header>` part of the article.
    static let headerProse = 400

    /// Paragraphs (`p`) below `element` hold at least `minimum` characters of text outside links,
    /// ASCII whitespace not counted.
    static func holdsProse(_ element: HTMLElement, atLeast minimum: Int) -> Bool {
        var count = 0
        var stack: [(HTMLElement, Bool)] = [(element, false)]
        while let (current, inParagraph) = stack.popLast() {
            for child in current.children {
                switch child {
                case let .element(inner):
                    guard inner.name != "a" else { continue }
                    stack.append((inner, inParagraph || inner.name == "p"))
                case let .text(text):
                    guard inParagraph else { continue }
                    // Characters as UTF-8 lead bytes, ASCII spaces and controls left out.
                    count += text.utf8.count { $0 > 0x20 && $0 & 0xC0 != 0x80 }
                    if count >= minimum { return true }
                }
            }
        }
        return false
    }

    /// A header or sidebar wrapping the whole article (some templates do) must stay.
    private static func holdsArticle(_ element: HTMLElement) -> Bool {
        !element.forEachDescendant { $0.name != "article" && $0.name != "main" && $0["itemprop"] != "articleBody" }
    }
}
