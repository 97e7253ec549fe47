/// Finds a page's `<script>` and `<style>` elements the way libxml2's HTML parser (2.9, recover
/// mode) reads markup: start tags with their attributes (a quoted value may hold `<script>` or
/// `>`), end tags skipped to their `>`, comments, doctypes and processing instructions. Where
/// the markup is too broken to be sure libxml2 reads it the same way, it gives up, and the page
/// is parsed whole.
enum RawTextScanner {
    /// One raw-text element: `attributes` is its start tag after the name, `content` its text.
    struct Element {
        let isStyle: Bool
        let attributes: Range<Int>
        let content: Range<Int>
    }

    /// The raw-text elements in page order, or nil when the page should be parsed whole.
    /// Elements after a construct that runs to the end of the page (an unclosed comment, quote
    /// or script) are not listed: libxml2 reads the rest of the page as part of it.
    static func elements(in page: UnsafeBufferPointer<UInt8>) -> [Element]? {
        // libxml2 stops its loops at a NUL byte; nothing here would.
        guard ByteSearch.firstIndex(of: 0, in: page, from: 0) == nil else { return nil }
        var found: [Element] = []
        var index = 0
        while let open = ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: page, from: index) {
            guard open + 1 < page.count else { break }
            let next = page[open + 1]
            if isLetter(next) {
                guard let tag = startTag(page, at: open) else { return nil }
                guard let tagEnd = tag.end else { return found }
                index = tagEnd + 1
                guard !tag.selfClosing, let isStyle = rawTextKind(UnsafeBufferPointer(rebasing: page[(open + 1)..<tag.nameEnd])) else {
                    continue
                }
                // libxml2 ends raw text at the first `</name`, whatever follows it.
                guard let close = closingTag(isStyle ? style : script, in: page, from: index) else { return found }
                if close > index, opensWithMarkup(page, content: index..<close, isStyle: isStyle) { return nil }
                let after = close + 2 + (isStyle ? style : script).count
                // `</scriptx>` ends the text but not the element: libxml2 goes on reading raw text.
                if after < page.count, isNameByte(page[after]) { return nil }
                found.append(Element(isStyle: isStyle, attributes: tag.nameEnd..<tagEnd, content: index..<close))
                index = close
            } else if next == UInt8(ascii: "/") {
                guard open + 2 < page.count, isLetter(page[open + 2]) else { return nil }
                // libxml2 reads the name and skips to the next `>`, quotes or not.
                guard let end = ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: page, from: open + 2) else { return found }
                index = end + 1
            } else if next == UInt8(ascii: "!") {
                if open + 3 < page.count, page[open + 2] == UInt8(ascii: "-"), page[open + 3] == UInt8(ascii: "-") {
                    guard let end = ByteSearch.firstIndex(of: commentEnd, in: page, from: open + 4) else { return found }
                    index = end + commentEnd.count
                    continue
                }
                // Any other `<!` is text to libxml2 (`<![if !IE]>`).
                guard matchesName(doctype, in: page, at: open + 2) else {
                    index = open + 1
                    continue
                }
                guard let end = declarationEnd(page, from: open + 2) else { return nil }
                index = end + 1
            } else if next == UInt8(ascii: "?") {
                guard open + 2 < page.count, isLetter(page[open + 2]) else { return nil }
                guard let end = ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: page, from: open + 2) else { return found }
                index = end + 1
            } else {
                // `<` before anything else is text.
                index = open + 1
            }
        }
        return found
    }

    private static let commentEnd = Array("-->".utf8)
    private static let script = Array("script".utf8), style = Array("style".utf8), doctype = Array("doctype".utf8)
    /// libxml2 reads names into a buffer of 100 bytes; longer ones are split, which is not followed here.
    private static let maxName = 99

    private struct StartTag {
        let nameEnd: Int
        /// Its `>`; nil when an unclosed quote runs to the end of the page.
        let end: Int?
        let selfClosing: Bool
    }

    /// A start tag at `open`, read as `htmlParseStartTag` reads it; nil when it is unsure.
    private static func startTag(_ page: UnsafeBufferPointer<UInt8>, at open: Int) -> StartTag? {
        var index = open + 1
        guard let nameEnd = name(page, at: &index) else { return nil }
        skipBlanks(page, &index)
        while index < page.count, page[index] != UInt8(ascii: ">"), !endsEmpty(page, at: index) {
            if isNameStart(page[index]) {
                guard name(page, at: &index) != nil else { return nil }
                skipBlanks(page, &index)
                if index < page.count, page[index] == UInt8(ascii: "=") {
                    index += 1
                    skipBlanks(page, &index)
                    if index < page.count, page[index] == UInt8(ascii: "\"") || page[index] == UInt8(ascii: "'") {
                        guard let close = ByteSearch.firstIndex(of: page[index], in: page, from: index + 1) else {
                            return StartTag(nameEnd: nameEnd, end: nil, selfClosing: false)
                        }
                        index = close + 1
                    } else {
                        while index < page.count, !isBlank(page[index]), page[index] != UInt8(ascii: ">") { index += 1 }
                    }
                }
            } else {
                // A bogus attribute: libxml2 drops it up to the next blank or the tag's end.
                while index < page.count, !isBlank(page[index]), page[index] != UInt8(ascii: ">"), !endsEmpty(page, at: index) {
                    index += 1
                }
            }
            skipBlanks(page, &index)
        }
        guard index < page.count else { return nil }
        let selfClosing = page[index] == UInt8(ascii: "/")
        return StartTag(nameEnd: nameEnd, end: selfClosing ? index + 1 : index, selfClosing: selfClosing)
    }

    /// Moves past a name; its end, or nil when it is too long to follow.
    private static func name(_ page: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Int? {
        let start = index
        while index < page.count, isNameByte(page[index]) { index += 1 }
        return index - start > maxName ? nil : index
    }

    /// The `>` of a `<!DOCTYPE …>`, past its quoted identifiers.
    private static func declarationEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < page.count {
            switch page[index] {
            case UInt8(ascii: ">"): return index
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let close = ByteSearch.firstIndex(of: page[index], in: page, from: index + 1) else { return nil }
                index = close
            case UInt8(ascii: "<"): return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Raw text that opens with a tag is read as markup first: an end tag is taken as one, and
    /// a start tag that closes the element (libxml2's table: `<noscript>` closes a script,
    /// `<body>` and `<frameset>` a style) ends it there. Other tags are text.
    private static func opensWithMarkup(_ page: UnsafeBufferPointer<UInt8>, content: Range<Int>, isStyle: Bool) -> Bool {
        let start = content.lowerBound
        guard content.count > 1, page[start] == UInt8(ascii: "<") else { return false }
        if page[start + 1] == UInt8(ascii: "/") { return true }
        var end = start + 1
        while end < content.upperBound, isNameByte(page[end]) { end += 1 }
        let name = UnsafeBufferPointer(rebasing: page[(start + 1)..<end])
        let closers = isStyle ? [body, frameset] : [noscript]
        return closers.contains { $0.count == name.count && matchesName($0, in: name, at: 0) }
    }

    private static let body = Array("body".utf8), frameset = Array("frameset".utf8), noscript = Array("noscript".utf8)

    /// Whether a name is `style` (true), `script` (false) or neither (nil), in any case.
    private static func rawTextKind(_ name: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Most tags are something else: one byte tells.
        guard name.first.map({ $0 | 0x20 }) == UInt8(ascii: "s") else { return nil }
        if name.count == script.count, matchesName(script, in: name, at: 0) { return false }
        if name.count == style.count, matchesName(style, in: name, at: 0) { return true }
        return nil
    }

    private static func closingTag(_ name: [UInt8], in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let open = ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: page, from: index) {
            if open + 1 < page.count, page[open + 1] == UInt8(ascii: "/"), matchesName(name, in: page, at: open + 2) { return open }
            index = open + 1
        }
        return nil
    }

    /// `name` (lowercase letters) at `start`, in any case.
    private static func matchesName(_ name: [UInt8], in page: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start
        for byte in name {
            guard index < page.count, page[index] | 0x20 == byte else { return false }
            index += 1
        }
        return true
    }

    private static func endsEmpty(_ page: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        page[index] == UInt8(ascii: "/") && index + 1 < page.count && page[index + 1] == UInt8(ascii: ">")
    }

    private static func skipBlanks(_ page: UnsafeBufferPointer<UInt8>, _ index: inout Int) {
        while index < page.count, isBlank(page[index]) { index += 1 }
    }

    /// libxml2's blanks: no form feed.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
}
