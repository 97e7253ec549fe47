/// The article's lead (standfirst) as the page prints it: the block whose text is the page's own
/// description (`og:description`, `description`). Templates put it in the article's header, next
/// to the headline (`p.lead`, `div.intro`, `h2.subtitle`), where the boilerplate rules drop it
/// with the header or the scorer leaves it outside the body; being the page's summary of itself,
/// it belongs to the article wherever it sits.
enum LeadParagraph {
    /// Shorter descriptions are slogans or labels, not a lead.
    private static let minLength = 60
    /// How much of the description the block must begin with (descriptions are often cut short).
    private static let probeLength = 80

    /// The printed text of the block that holds the description, read before the page is pruned.
    static func find(in root: HTMLElement, description: String?) -> String? {
        guard let description else { return nil }
        var summary = HTMLMetadata.collapsed(description)
        // A description cut short ends in an ellipsis.
        while let last = summary.last, last == "…" || last == "." || last == " " { summary.removeLast() }
        guard summary.count >= minLength, let firstWord = summary.split(separator: " ").first, firstWord.utf8.count >= 2 else { return nil }
        let probe = String(summary.prefix(probeLength))
        let needle = Array(firstWord.utf8)
        var stack: [HTMLElement] = [root]
        while let element = stack.popLast() {
            guard !skipped.contains(element.name) else { continue }
            for child in element.children.reversed() {
                switch child {
                case let .element(inner): stack.append(inner)
                case let .text(raw):
                    // The block's first run begins with the description's first word.
                    guard begins(with: needle, raw), let block = block(around: element),
                          let text = block.text(limit: summary.count * 2 + 200).map(HTMLMetadata.collapsed) else { continue }
                    // The block begins with the description and is not much more (not the whole article).
                    if text.hasPrefix(probe) { return text }
                }
            }
        }
        return nil
    }

    private static let skipped: Set<String> = ["head", "script", "style", "noscript", "title", "template", "textarea", "select", "option"]

    /// `text` after its leading whitespace starts with `needle`.
    private static func begins(with needle: [UInt8], _ text: String) -> Bool {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex, utf8[index] == 0x20 || (0x09...0x0D).contains(utf8[index]) { index = utf8.index(after: index) }
        return utf8[index...].starts(with: needle)
    }

    /// The nearest block element at or above `element`.
    private static func block(around element: HTMLElement) -> HTMLElement? {
        var node: HTMLElement? = element
        while let current = node {
            if current.traits.contains(.block) || current.name == "p" { return current }
            node = current.parent
        }
        return nil
    }
}
