/// A paragraph of the rendered article and what kind of element it came from.
struct TextBlock: Equatable {
    enum Kind { case paragraph, heading, list }
    var text: String
    var kind: Kind
}

/// Turns the article's elements into paragraphs: one per block element, headings on their own,
/// list items as `• item` lines, whitespace collapsed.
struct BlockRenderer {
    private(set) var blocks: [TextBlock] = []
    private var current = TextCollector()
    private var listLines: [String] = []
    private var listDepth = 0
    private var headingDepth = 0

    private enum Step {
        case enter(HTMLNode)
        case exit(HTMLElement)
    }

    mutating func render(_ elements: [HTMLElement]) {
        var stack: [Step] = elements.reversed().map { .enter(.element($0)) }
        while let step = stack.popLast() {
            switch step {
            case let .enter(.text(text)):
                current.append(text)
            case let .enter(.element(element)):
                open(element)
                stack.append(.exit(element))
                stack.append(contentsOf: element.children.reversed().map { .enter($0) })
            case let .exit(element):
                close(element)
            }
        }
        flush()
    }

    private mutating func open(_ element: HTMLElement) {
        switch element.name {
        case "br", "hr": flush()
        case "ul", "ol", "dl":
            flush()
            listDepth += 1
        case "li", "dt", "dd": flush()
        case _ where element.traits.contains(.heading):
            flush()
            headingDepth += 1
        case _ where element.traits.contains(.block): flush()
        // Inline elements run into their neighbours with no space; cells and labels need one.
        case "td", "th", "img": current.append(" ")
        default: break
        }
    }

    private mutating func close(_ element: HTMLElement) {
        switch element.name {
        case "ul", "ol", "dl":
            flush()
            listDepth -= 1
            if listDepth == 0, !listLines.isEmpty {
                blocks.append(TextBlock(text: listLines.joined(separator: "\n"), kind: .list))
                listLines = []
            }
        case _ where element.traits.contains(.heading):
            flush()
            headingDepth -= 1
        case _ where element.traits.contains(.block): flush()
        default: break
        }
    }

    private mutating func flush() {
        guard !current.isEmpty else { return }
        let text = current.result
        current.reset()
        if listDepth > 0 {
            listLines.append("• " + text)
        } else {
            blocks.append(TextBlock(text: text, kind: headingDepth > 0 ? .heading : .paragraph))
        }
    }
}
