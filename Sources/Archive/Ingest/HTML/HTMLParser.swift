import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses HTML with libxml2's forgiving parser into `HTMLElement`s (see `HTMLTreeBuilder`).
enum HTMLParser {
    /// Below this depth, elements are flattened into their ancestor: the text stays, the nesting
    /// goes, so no later walk over the tree can run out of stack.
    static let maxDepth = 160

    /// Subtrees with nothing to read; JSON-LD scripts are the exception (see `keepsContent`).
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "select", "option", "textarea",
        "iframe", "object", "embed", "canvas", "video", "audio", "map",
    ]

    static let keptAttributes: Set<String> = [
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
    /// `stripsRawText: false` parses the page whole, to test that stripping changes nothing.
    /// `readsNoscript` builds `<noscript>` elements too (see `HTMLTreeBuilder.readsNoscript`).
    static func parsePage(_ bytes: [UInt8], encoding: String?, stripsRawText: Bool = true,
                          readsNoscript: Bool = false) -> (root: HTMLElement, scripts: [String])? {
        guard initialized, !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        // HUGE lifts libxml2's nesting limit (256), past which it stops parsing and the text
        // further down is lost; the tree builder flattens deep nesting, and files are size-capped.
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let stripped = stripsRawText && encoding?.uppercased() == "UTF-8" ? RawTextStripper.strip(bytes) : nil
        let page = stripped?.bytes ?? bytes
        var builder = HTMLTreeBuilder(lifted: stripped?.lifted ?? [], readsNoscript: readsNoscript)
        let parsed: Bool = page.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let context = htmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else { return false }
                defer { htmlFreeParserCtxt(context) }
                // What htmlReadMemory does, with our handler in place of libxml2's tree builder.
                context.pointee.sax.pointee = HTMLTreeBuilder.handler()
                htmlCtxtUseOptions(context, Int32(bitPattern: options))
                context.pointee.html = 1
                if let encoding, let handler = xmlFindCharEncodingHandler(encoding) { xmlSwitchToEncoding(context, handler) }
                withUnsafeMutablePointer(to: &builder) { builder in
                    context.pointee.userData = UnsafeMutableRawPointer(builder)
                    htmlParseDocument(context)
                }
                if let stray = context.pointee.myDoc { xmlFreeDoc(stray) }
                return true
            }
        }
        guard parsed, let root = builder.root() else { return nil }
        return (root, builder.scripts)
    }
}
