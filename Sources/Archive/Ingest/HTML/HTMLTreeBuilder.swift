import CLibXML2

/// Builds `HTMLElement`s straight from libxml2's SAX events, as libxml2's own tree builder would
/// link its nodes, but without that tree: building libxml2's nodes, copying them and freeing
/// them was a third of the time spent reading a page.
/// A struct reached through the parser's user-data pointer: as a class its every field access
/// paid for a runtime exclusivity check, a twentieth of the build.
struct HTMLTreeBuilder {
    /// Top-level nodes land here; `HTMLParser` hands on its `html` element.
    let document = HTMLElement(name: "#document", attributes: [])
    /// Texts of scripts that may hold the page's date (see `ScriptDate`); the tree leaves them out.
    private(set) var scripts: [String] = []
    /// Scripts `RawTextStripper` took out of the page, each to be listed where its placeholder is.
    private let lifted: [String]
    private var liftedListed = 0

    /// Where each open element's children go: itself, or for an element flattened below
    /// `HTMLParser.maxDepth` its nearest kept ancestor. Empty outside the root element.
    private var open: [HTMLElement] = []
    /// Open elements below a skipped one (its own start included): nothing of theirs is kept.
    private var skipDepth = 0
    /// The skipped element is a script whose text may be kept for `scripts`.
    private var collectsScript = false
    /// Character events arrive in pieces (entities, buffer ends); libxml2's builder joins them
    /// into one text node, and so does this one.
    private var pendingText: [UInt8] = []

    /// Lowercased name and what the reader does with it, by libxml2's interned pointer: each
    /// distinct name is converted and looked up once per page, not once per node.
    private var names = [UnsafePointer<xmlChar>: Name](minimumCapacity: 512)
    private var byText = [String: Name](minimumCapacity: 512)

    private struct Name {
        let name: String
        /// An attribute the reader looks at.
        let kept: Bool
        /// An element whose subtree has nothing to read.
        let skipped: Bool
        let traits: TagTraits
    }

    /// What `<noscript>` holds is read as if the tags were not there, rather than skipped. The
    /// fallbacks read it: a page may print its article only there (a template that renders the
    /// post by script), and libxml2, unlike a browser, reads a `<noscript>` as markup, so one
    /// with an unclosed `<div>` holds the rest of the page.
    private let readsNoscript: Bool

    init(lifted: [String] = [], readsNoscript: Bool = false) {
        self.lifted = lifted
        self.readsNoscript = readsNoscript
    }

    /// The SAX handler that feeds a builder whose address is the parser's user data.
    static func handler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in HTMLTreeBuilder.builder(context).pointee.start(name, attributes) }
        handler.endElement = { context, _ in HTMLTreeBuilder.builder(context).pointee.end() }
        handler.characters = { context, bytes, count in HTMLTreeBuilder.builder(context).pointee.characters(bytes, Int(count)) }
        handler.cdataBlock = { context, bytes, count in HTMLTreeBuilder.builder(context).pointee.characters(bytes, Int(count)) }
        // Comments and processing instructions are nodes in libxml2's tree: they end a text node.
        handler.comment = { context, _ in HTMLTreeBuilder.builder(context).pointee.boundary() }
        handler.processingInstruction = { context, _, _ in HTMLTreeBuilder.builder(context).pointee.boundary() }
        return handler
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder> {
        context!.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    /// The document's `html` element, detached from the document node; the document node
    /// itself when there is no `html`, nil when libxml2 found nothing at all.
    func root() -> HTMLElement? {
        guard let html = document.elements.first(where: { $0.name == "html" }) else {
            return document.children.isEmpty ? nil : document
        }
        // The document node dies with this builder; nothing may point up to it.
        html.parent = nil
        return html
    }

    private mutating func start(_ rawName: UnsafePointer<xmlChar>?, _ rawAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        flushText()
        guard let rawName else { return }
        let interned = intern(rawName)
        let attributes = self.attributes(rawAttributes)
        if readsNoscript && interned.name == "noscript" {
            // Its children go to its parent, as if the tags were not there.
            open.append(open.last ?? document)
            return
        }
        if interned.skipped && !keepsContent(interned.name, attributes) {
            skipDepth = 1
            collectsScript = interned.name == "script"
            return
        }
        let parent = open.last ?? document
        // `open` holds one entry per open element, flattened ones included, so its count is the depth.
        guard open.count + 1 < HTMLParser.maxDepth else {
            open.append(parent)
            return
        }
        let element = HTMLElement(name: interned.name, attributes: attributes, traits: interned.traits)
        element.parent = parent
        parent.children.append(.element(element))
        open.append(element)
    }

    private mutating func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 {
                if collectsScript { keepScriptText() }
                collectsScript = false
                pendingText.removeAll(keepingCapacity: true)
            }
            return
        }
        flushText()
        _ = open.popLast()
    }

    private mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int) {
        guard let bytes, count > 0, skipDepth == 0 || (skipDepth == 1 && collectsScript) else { return }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    private mutating func boundary() {
        if skipDepth == 0 { flushText() }
    }

    /// Most text nodes of a page are the indentation between tags: every reader collapses
    /// whitespace, so those share one constant instead of each becoming a new String.
    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        defer { pendingText.removeAll(keepingCapacity: true) }
        // libxml2 drops text outside any element.
        guard let parent = open.last else { return }
        let blank = pendingText.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
        parent.children.append(.text(blank ? " " : String(decoding: pendingText, as: UTF8.self)))
    }

    /// Scripts are most of many pages' bytes: only a short one or one that names a publishing
    /// date is kept.
    private mutating func keepScriptText() {
        guard !pendingText.isEmpty else { return }
        if liftedListed < lifted.count, pendingText == RawTextStripper.placeholder(liftedListed) {
            scripts.append(lifted[liftedListed])
            liftedListed += 1
            return
        }
        let isShort = pendingText.count <= ScriptDate.maxCallLength
        guard isShort || pendingText.withUnsafeBufferPointer(RawTextStripper.namesPublishing) else { return }
        scripts.append(String(decoding: pendingText, as: UTF8.self))
    }

    private func keepsContent(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
        // No `+`, no `ld+json`: the byte scan spares lowercasing and Foundation's search for most types.
        name == "script" && attributes.contains { $0.name == "type" && $0.value.utf8.contains(0x2B) && $0.value.lowercased().contains("ld+json") }
    }

    private mutating func intern(_ pointer: UnsafePointer<xmlChar>) -> Name {
        if let known = names[pointer] { return known }
        let raw = String(cString: pointer)
        if let known = byText[raw] {
            names[pointer] = known
            return known
        }
        let name = raw.lowercased()
        let entry = Name(name: name, kept: HTMLParser.keptAttributes.contains(name), skipped: HTMLParser.skipped.contains(name),
                         traits: TagTraits(name: name))
        names[pointer] = entry
        byText[raw] = entry
        return entry
    }

    /// The attributes the reader looks at, in page order, first of each name; of links only the
    /// target of a `rel` link or of a heading's link to the home page is read (most pages have
    /// thousands of others).
    /// Whether the element being opened is inside a heading (a site's name links home from its `h1`).
    private func inHeading() -> Bool { open.suffix(3).contains { $0.traits.contains(.heading) } }

    private static func isHomeAddress(_ value: UnsafePointer<xmlChar>) -> Bool {
        PageMetadata.isHomeAddress(bytes: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }

    private mutating func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: String, value: String)] {
        guard var pair = list else { return [] }
        var result: [(name: String, value: String)] = []
        var href: UnsafePointer<xmlChar>??
        var hasRel = false
        while let rawName = pair[0] {
            let value = pair[1]
            pair += 2
            let interned = intern(rawName)
            let name = interned.name
            guard interned.kept, !result.contains(where: { $0.name == name }) else { continue }
            hasRel = hasRel || name == "rel"
            if name == "href" {
                if href == nil { href = .some(value) }
                continue
            }
            result.append((name, value.map { String(cString: $0) } ?? ""))
        }
        if let href, hasRel || (inHeading() && href.map(Self.isHomeAddress) == true) { result.append(("href", href.map { String(cString: $0) } ?? "")) }
        return result
    }
}
