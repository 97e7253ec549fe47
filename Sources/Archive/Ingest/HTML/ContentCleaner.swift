/// Removes what sits inside the article's container but is not the article: link lists, image
/// galleries, tool bars, empty boxes (Readability's "clean conditionally").
enum ContentCleaner {
    static let conditional: Set<String> = ["div", "section", "table", "ul", "ol", "dl", "fieldset", "aside", "center"]

    static func clean(_ root: HTMLElement, scorer: ContentScorer) {
        var stack = [root]
        while let element = stack.popLast() {
            element.children.removeAll { node in
                guard case let .element(child) = node else { return false }
                return shouldRemove(child, scorer: scorer)
            }
            stack.append(contentsOf: element.elements)
        }
    }

    private static func shouldRemove(_ element: HTMLElement, scorer: ContentScorer) -> Bool {
        let stats = element.stats
        let weight = ContentScorer.classWeight(element)
        if element.traits.contains(.heading) { return weight < 0 }
        if element.name == "p" {
            // A paragraph that is all link (`Read more: …`, `Subscribe`) points away from the article.
            return stats.length < 300 && stats.linkDensity > 0.6
        }
        guard element.traits.contains(.conditional) else { return false }
        // The best block, read from a wider container, is the article whatever its links.
        if scorer.bestChain.contains(ObjectIdentifier(element)) { return false }
        // A list in the article is judged by its links alone: its short items score below zero.
        if element.name == "ul" || element.name == "ol" || element.name == "dl" { return weight < 0 || stats.linkDensity > 0.5 }
        if weight + (scorer.score(of: element) ?? 0) < 0 { return true }
        guard stats.commas < 10 else { return false }
        let paragraphs = Double(stats.paragraphs), images = Double(stats.images)
        let headingDensity = stats.length == 0 ? 0 : Double(stats.headingLength) / Double(stats.length)
        // Images with little text are a gallery; a block (a table, its wrapper) with a line of
        // text beside each of its icons (check marks, flags) is the article's.
        let isTextWithIcons = Double(stats.length - stats.linkLength) >= 30 * images
        if images > 1 && paragraphs / images < 0.5 && !isTextWithIcons { return true }
        if stats.listItems - 100 > stats.paragraphs { return true }
        if headingDensity < 0.9 && stats.length < 25 && (images == 0 || images > 2) && stats.linkDensity > 0 { return true }
        if weight < 25 && stats.linkDensity > 0.2 { return true }
        if weight >= 25 && stats.linkDensity > 0.5 { return true }
        return false
    }
}
