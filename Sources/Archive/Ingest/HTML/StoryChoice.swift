/// A page that appends the next stories as the reader scrolls holds several `<article>`s, each
/// with its own `h1`: the article is the one whose `h1` is the page's title, not the longest.
struct StoryChoice {
    /// The `<article>` around the page's own headline.
    let story: HTMLElement
    /// The other `<article>`s with an `h1` of their own, found before pruning drops their headers.
    private let others: Set<ObjectIdentifier>

    /// Nil unless the headline is an `h1` inside an `<article>` and another `<article>` has an `h1`.
    init?(headline: HTMLElement, body: HTMLElement) {
        guard headline.name == "h1", let story = Self.article(around: headline) else { return nil }
        var others: Set<ObjectIdentifier> = []
        body.forEachDescendant { element in
            if element.name == "h1", element !== headline, let article = Self.article(around: element), article !== story {
                others.insert(ObjectIdentifier(article))
            }
            return true
        }
        guard !others.isEmpty else { return nil }
        self.story = story
        self.others = others
    }

    /// The scorer's best block is another story: inside another headed `<article>`, or around
    /// one while not around the story itself.
    func isOtherStory(_ top: HTMLElement) -> Bool {
        if top === story || top.isDescendant(of: story) { return false }
        if story.isDescendant(of: top) {
            return !top.forEachDescendant { !others.contains(ObjectIdentifier($0)) }
        }
        var node: HTMLElement? = top
        while let current = node {
            if others.contains(ObjectIdentifier(current)) { return true }
            node = current.parent
        }
        return false
    }

    private static func article(around element: HTMLElement) -> HTMLElement? {
        var node = element.parent
        while let current = node {
            if current.name == "article" { return current }
            node = current.parent
        }
        return nil
    }
}
