/// Fills in `TextStats` for every element of a tree, children before parents.
enum TextMeasure {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center",
    ]

    /// Children that make a `div` a container rather than a paragraph (Readability's rule).
    static let paragraphBreakers: Set<String> = ["blockquote", "dl", "div", "ol", "p", "pre", "table", "ul", "section", "article"]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Measures `root` and everything below it; returns the elements in document order.
    @discardableResult
    static func measure(_ root: HTMLElement) -> [HTMLElement] {
        let elements = [root] + root.descendants()
        for element in elements.reversed() {
            var stats = TextStats()
            for child in element.children {
                switch child {
                case let .text(text):
                    let (length, commas) = measure(text)
                    stats.length += length
                    stats.commas += commas
                    stats.inlineLength += length
                    stats.inlineCommas += commas
                case let .element(child):
                    let inner = child.stats
                    stats.length += inner.length
                    stats.linkLength += inner.linkLength
                    stats.commas += inner.commas
                    stats.paragraphs += inner.paragraphs + (child.name == "p" ? 1 : 0)
                    stats.images += inner.images + (child.name == "img" ? 1 : 0)
                    stats.listItems += inner.listItems + (child.name == "li" ? 1 : 0)
                    stats.headingLength += headings.contains(child.name) ? inner.length : inner.headingLength
                    stats.hasBreaker = stats.hasBreaker || inner.hasBreaker || paragraphBreakers.contains(child.name)
                    if !blockTags.contains(child.name) {
                        stats.inlineLength += inner.length
                        stats.inlineCommas += inner.commas
                    }
                }
            }
            if element.name == "a" { stats.linkLength = stats.length }
            element.stats = stats
        }
        return elements
    }

    /// Length with whitespace runs counted as one, and commas in any script.
    static func measure(_ text: String) -> (length: Int, commas: Int) {
        var length = 0, commas = 0
        var inSpace = false
        for scalar in text.unicodeScalars {
            if TextCollector.isSpace(scalar) {
                if !inSpace { length += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            length += 1
            switch scalar.value {
            case 0x2C, 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001: commas += 1
            default: break
            }
        }
        return (length, commas)
    }
}
