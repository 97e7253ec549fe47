import CLibXML2

/// Parses HTML with libxml2's forgiving parser and copies the result into `HTMLElement`s.
enum HTMLParser {
    /// Below this depth, elements are flattened into their ancestor: the text stays, the nesting
    /// goes, so no later walk over the tree can run out of stack.
    static let maxDepth = 160

    /// Subtrees with nothing to read; JSON-LD scripts are the exception (see `keepsContent`).
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "select", "option", "textarea",
        "iframe", "object", "embed", "canvas", "video", "audio", "map",
    ]

    private static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "property", "name", "content", "rel", "href", "datetime", "lang",
        "type", "http-equiv", "charset", "pubdate", "hidden", "style", "aria-hidden", "role", "itemtype",
    ]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The document's root (`html`), or nil when libxml2 finds no document in the bytes at all.
    /// `encoding` is a name libxml2 knows; the page's own declaration is ignored when it is given.
    static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLElement? {
        guard initialized, !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, Int32(bitPattern: options))
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var builder = TreeBuilder()
        return builder.build(document)
    }

    /// Copies libxml2's nodes, interning the names it has already interned in its dictionary.
    private struct TreeBuilder {
        private var names: [UnsafePointer<xmlChar>: String] = [:]

        mutating func build(_ document: htmlDocPtr) -> HTMLElement? {
            let root = HTMLElement(name: "#document", attributes: [:])
            var stack: [(node: xmlNodePtr, parent: HTMLElement, depth: Int)] = []
            var child = document.pointee.children
            while let node = child {
                stack.append((node, root, 1))
                child = node.pointee.next
            }
            stack.reverse()
            while let (node, parent, depth) = stack.popLast() {
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { parent.children.append(.text(String(cString: content))) }
                    continue
                case XML_ELEMENT_NODE: break
                default: continue
                }
                guard let rawName = node.pointee.name else { continue }
                let name = intern(rawName)
                let attributes = self.attributes(of: node)
                if HTMLParser.skipped.contains(name) && !keepsContent(name, attributes) { continue }
                var target = parent
                if depth < HTMLParser.maxDepth {
                    let element = HTMLElement(name: name, attributes: attributes)
                    element.parent = parent
                    parent.children.append(.element(element))
                    target = element
                }
                var children: [(xmlNodePtr, HTMLElement, Int)] = []
                var next = node.pointee.children
                while let current = next {
                    children.append((current, target, depth + 1))
                    next = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            }
            let html = root.elements.first { $0.name == "html" }
            return html ?? (root.children.isEmpty ? nil : root)
        }

        private func keepsContent(_ name: String, _ attributes: [String: String]) -> Bool {
            name == "script" && attributes["type"]?.lowercased().contains("ld+json") == true
        }

        private mutating func intern(_ pointer: UnsafePointer<xmlChar>) -> String {
            if let known = names[pointer] { return known }
            let name = String(cString: pointer).lowercased()
            names[pointer] = name
            return name
        }

        private mutating func attributes(of node: xmlNodePtr) -> [String: String] {
            var result: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                defer { attribute = current.pointee.next }
                guard let rawName = current.pointee.name else { continue }
                let name = intern(rawName)
                guard HTMLParser.keptAttributes.contains(name), result[name] == nil else { continue }
                result[name] = value(of: current)
            }
            return result
        }

        private func value(of attribute: xmlAttrPtr) -> String {
            guard let first = attribute.pointee.children else { return "" }
            if first.pointee.next == nil, let content = first.pointee.content { return String(cString: content) }
            guard let joined = xmlNodeListGetString(attribute.pointee.doc, first, 1) else { return "" }
            defer { clibxml2_free(joined) }
            return String(cString: joined)
        }
    }
}
