/// One element of a parsed page: lowercased tag name, the attributes the reader looks at, children.
final class HTMLElement {
    let name: String
    let attributes: [String: String]
    var children: [HTMLNode] = []
    weak var parent: HTMLElement?
    /// Text sizes of the subtree, filled in by `measure()` before scoring.
    var stats = TextStats()

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// `class` and `id` together, lowercased: what the boilerplate patterns look at.
    lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    /// `classAndID` as bytes: pattern tests run on every element, and byte search is far cheaper.
    lazy var classBytes: [UInt8] = Array(classAndID.utf8)

    var elements: some Sequence<HTMLElement> {
        children.lazy.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// Every element below this one, in document order. Iterative: pages can nest deeply.
    func descendants() -> [HTMLElement] {
        var result: [HTMLElement] = []
        var stack = Array(elements.reversed())
        while let element = stack.popLast() {
            result.append(element)
            stack.append(contentsOf: element.elements.reversed())
        }
        return result
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

/// Joins text runs, collapsing every run of whitespace to one space.
struct TextCollector {
    private(set) var scalars = String.UnicodeScalarView()
    private var pendingSpace = false

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
    }

    var isEmpty: Bool { scalars.isEmpty }

    /// ASCII first: the Unicode property lookup is the slow path, and nearly all markup is ASCII.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
    var result: String { String(scalars) }

    mutating func reset() {
        scalars = String.UnicodeScalarView()
        pendingSpace = false
    }
}

/// Substring tests on UTF-8 bytes, for the class-name patterns run on every element.
struct BytePatterns {
    private let patterns: [[UInt8]]

    init(_ patterns: [String]) { self.patterns = patterns.map { Array($0.utf8) } }

    func matches(_ haystack: [UInt8]) -> Bool { patterns.contains { Self.find($0, in: haystack) } }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
