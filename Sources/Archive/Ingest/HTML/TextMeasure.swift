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
                    stats.headingLength += child.traits.contains(.heading) ? inner.length : inner.headingLength
                    stats.hasBreaker = stats.hasBreaker || inner.hasBreaker || child.traits.contains(.paragraphBreaker)
                    if !child.traits.contains(.block) {
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

    /// Length with whitespace runs counted as one, and commas in any script. Walks the UTF-8
    /// bytes and decodes only non-ASCII scalars: this runs over every text node of the page.
    static func measure(_ text: String) -> (length: Int, commas: Int) {
        var length = 0, commas = 0
        var inSpace = false
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var value = UInt32(byte)
                let isSpace: Bool
                if byte < 0x80 {
                    isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                    index += 1
                } else {
                    let size = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let end = min(index + size, utf8.count)
                    value &= size == 2 ? 0x1F : size == 3 ? 0x0F : 0x07
                    for next in utf8[(index + 1)..<end] { value = value << 6 | UInt32(next & 0x3F) }
                    isSpace = Unicode.Scalar(value).map(TextCollector.isSpace) ?? false
                    index = end
                }
                if isSpace {
                    if !inSpace { length += 1 }
                    inSpace = true
                    continue
                }
                inSpace = false
                length += 1
                switch value {
                case 0x2C, 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001: commas += 1
                default: break
                }
            }
        }
        return (length, commas)
    }
}
