/// One element of a parsed page: lowercased tag name, the attributes the reader looks at, children.
final class HTMLElement {
    let name: String
    /// What the reader's rules ask of `name`, worked out once per distinct name.
    let traits: TagTraits
    /// Name and value pairs in page order; elements carry two or three, so a scan beats hashing.
    let attributes: [(name: String, value: String)]
    var children: [HTMLNode] = []
    /// Not retained, and not `weak`: a weak reference gives every parent a side table, which was
    /// a tenth of the reading time. A tree is only used while its root is held (`HTMLParser`
    /// detaches the root it returns), so a parent never dies before its children are done with.
    unowned(unsafe) var parent: HTMLElement?
    /// Text sizes of the subtree, filled in by `measure()` before scoring.
    var stats = TextStats()

    init(name: String, attributes: [(name: String, value: String)], traits: TagTraits? = nil) {
        self.name = name
        self.traits = traits ?? TagTraits(name: name)
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? {
        for pair in attributes where pair.name == attribute { return pair.value }
        return nil
    }

    /// `class` and `id` together, lowercased: what the boilerplate patterns look at.
    var classAndID: String { String(decoding: classBytes, as: UTF8.self) }

    /// `classAndID` as bytes, lowercased in ASCII only (every pattern is ASCII): pattern tests
    /// run on every element, and byte search is far cheaper than String search.
    lazy var classBytes: [UInt8] = {
        let parts = (self["class"]?.utf8, self["id"]?.utf8)
        // Most elements have neither: they share one array instead of allocating their own.
        if parts.0 == nil && parts.1 == nil { return Self.noClassBytes }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((parts.0?.count ?? 0) + (parts.1?.count ?? 0) + 1)
        for byte in parts.0 ?? "".utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        bytes.append(0x20)
        for byte in parts.1 ?? "".utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return bytes
    }()

    private static let noClassBytes: [UInt8] = [0x20]

    var elements: some Sequence<HTMLElement> {
        children.lazy.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// Every element below this one, in document order. Iterative: pages can nest deeply.
    func descendants() -> [HTMLElement] {
        var result: [HTMLElement] = []
        forEachDescendant { result.append($0); return true }
        return result
    }

    /// Visits the elements below this one in document order until `visit` returns false;
    /// returns false when it was stopped. No array of the subtree is built.
    @discardableResult
    func forEachDescendant(_ visit: (HTMLElement) -> Bool) -> Bool {
        var stack: [HTMLElement] = []
        pushChildren(of: self, onto: &stack)
        while let element = stack.popLast() {
            guard visit(element) else { return false }
            pushChildren(of: element, onto: &stack)
        }
        return true
    }

    private func pushChildren(of element: HTMLElement, onto stack: inout [HTMLElement]) {
        for node in element.children.reversed() {
            if case let .element(child) = node { stack.append(child) }
        }
    }

    /// The text of the subtree with whitespace collapsed, or nil once it passes `limit`
    /// characters: enough to reject a long container without rendering all of it.
    func text(limit: Int) -> String? {
        var out = TextCollector()
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            switch node {
            case let .text(text):
                out.append(text)
                // Far more bytes than characters allowed: stop without counting characters.
                if out.byteCount > limit * 8 { return nil }
            case let .element(element):
                if element.name == "br" { out.append(" ") }
                stack.append(contentsOf: element.children.reversed())
            }
        }
        let result = out.result
        return result.count > limit ? nil : result
    }

    /// The text of the subtree with whitespace collapsed.
    var text: String {
        var out = TextCollector()
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            switch node {
            case let .text(text): out.append(text)
            case let .element(element):
                if element.name == "br" { out.append(" ") }
                stack.append(contentsOf: element.children.reversed())
            }
        }
        return out.result
    }

    func hasAncestor(_ names: Set<String>) -> Bool {
        var node = parent
        while let current = node {
            if names.contains(current.name) { return true }
            node = current.parent
        }
        return false
    }

    func isDescendant(of ancestor: HTMLElement) -> Bool {
        var node = parent
        while let current = node {
            if current === ancestor { return true }
            node = current.parent
        }
        return false
    }

    func remove(_ child: HTMLElement) {
        children.removeAll { if case let .element(element) = $0 { element === child } else { false } }
    }
}

/// A child of an element: another element or a run of text.
enum HTMLNode {
    case element(HTMLElement)
    case text(String)
}

/// Sizes that Readability-style scoring needs, summed over a subtree once.
struct TextStats {
    /// Characters with whitespace runs counted once.
    var length = 0
    /// The part of `length` inside links.
    var linkLength = 0
    var commas = 0
    /// Text of this element's own inline content (text and inline children), not of nested blocks.
    var inlineLength = 0
    var inlineCommas = 0
    var paragraphs = 0
    var images = 0
    var listItems = 0
    var headingLength = 0
    /// A paragraph-like child or descendant: the element is a container, not a paragraph.
    var hasBreaker = false

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}

