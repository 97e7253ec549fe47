import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        parsePage(bytes, encoding: encoding)?.root
    }

    /// Like `parse`, with the text of the page's other scripts that may hold its date: short
    /// inline ones and those that mention publishing (see `ScriptDate`). The tree leaves them out.
    static func parsePage(_ bytes: [UInt8], encoding: String?) -> (root: HTMLElement, scripts: [String])? {
        guard initialized, !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        // HUGE lifts libxml2's nesting limit (256), past which it stops parsing and the text
        // further down is lost; the tree copy below flattens deep nesting, and files are size-capped.
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, Int32(bitPattern: options))
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var builder = TreeBuilder()
        guard let root = builder.build(document) else { return nil }
        return (root, builder.scripts)
    }

    /// Copies libxml2's nodes, interning the names it has already interned in its dictionary.
    private struct TreeBuilder {
        /// Lowercased name and what the reader does with it, by libxml2's interned pointer: each
        /// distinct name is converted and looked up once per page, not once per node.
        /// Sized for a page's distinct tag and attribute names, so that it never grows.
        private var names = [UnsafePointer<xmlChar>: Name](minimumCapacity: 512)
        private var byText = [String: Name](minimumCapacity: 512)
        private(set) var scripts: [String] = []

        private struct Name {
            let name: String
            /// An attribute the reader looks at.
            let kept: Bool
            /// An element whose subtree has nothing to read.
            let skipped: Bool
            let traits: TagTraits
        }

        mutating func build(_ document: htmlDocPtr) -> HTMLElement? {
            let root = HTMLElement(name: "#document", attributes: [])
            var stack: [(node: xmlNodePtr, parent: HTMLElement, depth: Int)] = []
            pushChildren(document.pointee.last, parent: root, depth: 1, onto: &stack)
            while let (node, parent, depth) = stack.popLast() {
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { parent.children.append(.text(text(content))) }
                    continue
                case XML_ELEMENT_NODE: break
                default: continue
                }
                guard let rawName = node.pointee.name else { continue }
                let interned = intern(rawName)
                let name = interned.name
                let attributes = self.attributes(of: node)
                if interned.skipped && !keepsContent(name, attributes) {
                    if name == "script" { keepScriptText(node) }
                    continue
                }
                var target = parent
                if depth < HTMLParser.maxDepth {
                    let element = HTMLElement(name: name, attributes: attributes, traits: interned.traits)
                    // Sized once: growing by appends reallocates and copies a page's arrays several times.
                    element.children.reserveCapacity(childCount(node))
                    element.parent = parent
                    parent.children.append(.element(element))
                    target = element
                }
                pushChildren(node.pointee.last, parent: target, depth: depth + 1, onto: &stack)
            }
            guard let html = root.elements.first(where: { $0.name == "html" }) else { return root.children.isEmpty ? nil : root }
            // The document node dies with this builder; nothing may point up to it.
            html.parent = nil
            return html
        }

        private func childCount(_ node: xmlNodePtr) -> Int {
            var count = 0
            var child = node.pointee.children
            while let current = child {
                count += 1
                child = current.pointee.next
            }
            return count
        }

        /// Pushes from the last child back, so that the first child is popped first.
        private func pushChildren(_ last: xmlNodePtr?, parent: HTMLElement, depth: Int,
                                  onto stack: inout [(node: xmlNodePtr, parent: HTMLElement, depth: Int)]) {
            var child = last
            while let node = child {
                stack.append((node, parent, depth))
                child = node.pointee.prev
            }
        }

        /// Most text nodes of a page are the indentation between tags: every reader collapses
        /// whitespace, so those share one constant instead of each becoming a new String.
        private func text(_ content: UnsafePointer<xmlChar>) -> String {
            var byte = content
            while byte.pointee == 0x20 || (0x09...0x0D).contains(byte.pointee) { byte += 1 }
            return byte.pointee == 0 && byte != content ? " " : String(cString: content)
        }

        /// Scripts are most of many pages' bytes: only a short one or one that names a publishing
        /// date is copied, found with C string search.
        private mutating func keepScriptText(_ node: xmlNodePtr) {
            guard let child = node.pointee.children, child.pointee.next == nil, let bytes = child.pointee.content else { return }
            let content = UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self)
            let isShort = strnlen(content, ScriptDate.maxCallLength + 1) <= ScriptDate.maxCallLength
            guard isShort || ScriptDate.markers.contains(where: { strstr(content, $0) != nil }) else { return }
            scripts.append(String(cString: bytes))
        }

        private func keepsContent(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
            name == "script" && attributes.contains { $0.name == "type" && $0.value.lowercased().contains("ld+json") }
        }

        private mutating func intern(_ pointer: UnsafePointer<xmlChar>) -> Name {
            if let known = names[pointer] { return known }
            // libxml2 copies attribute names instead of interning them: each is a new pointer,
            // so it is looked up by its text, one hash, and its pointer is not kept.
            let raw = String(cString: pointer)
            if let known = byText[raw] { return known }
            let name = raw.lowercased()
            let entry = Name(name: name, kept: HTMLParser.keptAttributes.contains(name), skipped: HTMLParser.skipped.contains(name),
                             traits: TagTraits(name: name))
            names[pointer] = entry
            byText[raw] = entry
            return entry
        }

        private mutating func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
            var result: [(name: String, value: String)] = []
            var attribute = node.pointee.properties
            var href: xmlAttrPtr?
            var hasRel = false
            while let current = attribute {
                defer { attribute = current.pointee.next }
                guard let rawName = current.pointee.name else { continue }
                let interned = intern(rawName)
                let name = interned.name
                guard interned.kept, !result.contains(where: { $0.name == name }) else { continue }
                hasRel = hasRel || name == "rel"
                // Only a `rel` link's target is read; most pages have thousands of other links.
                if name == "href" {
                    if href == nil { href = current }
                    continue
                }
                result.append((name, value(of: current)))
            }
            if hasRel, let href { result.append(("href", value(of: href))) }
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
