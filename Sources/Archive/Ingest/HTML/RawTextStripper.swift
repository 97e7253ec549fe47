/// Cuts the bodies of `<script>` and `<style>` elements that the reader would throw away out of a
/// page's bytes before libxml2 sees them. libxml2 reads raw text one character at a time and
/// copies it into nodes that are freed unread: on real pages that was a third of its parse.
/// What stays is what `HTMLParser` may read: JSON-LD and short inline scripts. Long scripts that
/// name a publishing date (`ScriptDate`, often framework JSON of hundreds of kilobytes) are lifted
/// out whole, as libxml2 would have read them, with a placeholder left in their place so that
/// `HTMLTreeBuilder` lists them in page order. The tags stay, so the tree keeps its shape.
enum RawTextStripper {
    /// A page made ready for libxml2, and the scripts lifted out of it.
    struct Page {
        var bytes: [UInt8]
        /// The text of the script that holds `placeholder(k)`, at index k.
        var lifted: [String]
    }

    /// What a lifted script holds in the page: printable ASCII, which libxml2 passes on unchanged.
    static func placeholder(_ index: Int) -> [UInt8] { Array("archive:lifted-script:\(index)".utf8) }

    /// `bytes` with the unread raw text removed; nil when there was nothing to remove.
    /// Only for ASCII-compatible bytes (the UTF-8 libxml2 is handed): tags are found as ASCII.
    static func strip(_ bytes: [UInt8]) -> Page? {
        bytes.withUnsafeBufferPointer { page -> Page? in
            // Each cut range is dropped, or replaced by the placeholder of the script lifted from it.
            var cuts: [(range: Range<Int>, lifted: Int?)] = []
            var lifted: [String] = []
            var index = 0
            while let open = ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: page, from: index) {
                index = open + 1
                if startsComment(page, at: open) {
                    // libxml2 reads a comment to the next `-->`; a `<script` inside it is text.
                    guard let end = ByteSearch.firstIndex(of: commentEnd, in: page, from: open + 4) else { break }
                    index = end + commentEnd.count
                    continue
                }
                // Every start tag is read to its end, so that a `<script` in a quoted value stays text.
                guard open + 1 < page.count, isLetter(page[open + 1]) else { continue }
                var nameEnd = open + 2
                while nameEnd < page.count, isNameByte(page[nameEnd]) { nameEnd += 1 }
                let name = rawTextName(UnsafeBufferPointer(rebasing: page[(open + 1)..<nameEnd]))
                guard let (tagEnd, selfClosing) = startTagEnd(page, from: nameEnd) else { break }
                index = tagEnd + 1
                guard let name, !selfClosing else { continue }
                // In recover mode libxml2 ends raw text at the first `</name`, whatever follows it.
                guard let close = closingTag(name, in: page, from: index) else { break }
                let content = index..<close
                index = close + 2
                if name == .style {
                    if !content.isEmpty { cuts.append((content, nil)) }
                    continue
                }
                // The test `HTMLTreeBuilder` applies to a script's text, on the raw bytes: decoding
                // never makes a text shorter, and the markers are ASCII.
                let isJSONLD = findFolded(ldJSON, in: UnsafeBufferPointer(rebasing: page[nameEnd..<tagEnd]))
                guard !isJSONLD, content.count > ScriptDate.maxCallLength else { continue }
                let text = UnsafeBufferPointer(rebasing: page[content])
                if namesPublishing(text) {
                    cuts.append((content, lifted.count))
                    lifted.append(scriptText(text))
                } else {
                    cuts.append((content, nil))
                }
            }
            guard !cuts.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(page.count - cuts.reduce(0) { $0 + $1.range.count } + 32 * lifted.count)
            var start = 0
            for cut in cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[start..<cut.range.lowerBound]))
                if let index = cut.lifted { out.append(contentsOf: placeholder(index)) }
                start = cut.range.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: page[start...]))
            return Page(bytes: out, lifted: lifted)
        }
    }

    /// A script's text as libxml2's HTML parser passes it on: without the characters XML forbids
    /// (C0 controls but tab and line ends, U+FFFE, U+FFFF), which it drops; line ends as written.
    private static func scriptText(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        // Nearly every script has none of them: one pass to tell, and the text is taken as it is.
        // Branch-free, so that the compiler vectorises it: a C0 control other than tab, LF and CR
        // (bits 9, 10 and 13 of the mask), or the lead byte of U+FFFE and U+FFFF.
        var suspect: UInt32 = 0
        for byte in raw {
            let control: UInt32 = byte < 0x20 ? (~UInt32(0x2600) >> UInt32(byte)) & 1 : 0
            suspect |= control | (byte == 0xEF ? 1 : 0)
        }
        guard suspect != 0 else { return String(decoding: raw, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            index += 1
            switch byte {
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case 0x00..<0x20: continue
            case 0xEF where index + 1 < raw.count && raw[index] == 0xBF && (raw[index + 1] == 0xBE || raw[index + 1] == 0xBF):
                index += 2
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private enum RawText { case script, style }

    private static let commentEnd = Array("-->".utf8)
    private static let script = Array("script".utf8), style = Array("style".utf8)
    private static let ldJSON = Array("ld+json".utf8)
    private static let markers = ScriptDate.markers.map { $0.dropLast().map { UInt8(bitPattern: $0) } }

    /// Whether a script's text holds one of `ScriptDate.markers`.
    static func namesPublishing(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        markers.contains { ByteSearch.firstIndex(of: $0, in: text, from: 0) != nil }
    }

    private static func startsComment(_ page: UnsafeBufferPointer<UInt8>, at open: Int) -> Bool {
        open + 3 < page.count && page[open + 1] == UInt8(ascii: "!") && page[open + 2] == UInt8(ascii: "-")
            && page[open + 3] == UInt8(ascii: "-")
    }

    /// `script` or `style`, in any case.
    private static func rawTextName(_ name: UnsafeBufferPointer<UInt8>) -> RawText? {
        // Most tags are something else: one byte tells.
        guard name.first.map({ $0 | 0x20 }) == UInt8(ascii: "s") else { return nil }
        if name.count == script.count, matchesName(script, in: name, at: 0) { return .script }
        if name.count == style.count, matchesName(style, in: name, at: 0) { return .style }
        return nil
    }

    /// Where the start tag ends (its `>`) and whether it ends `/>`. Quoted attribute values may hold `>`.
    private static func startTagEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool)? {
        var index = start
        var afterEquals = false
        while index < page.count {
            let byte = page[index]
            switch byte {
            case UInt8(ascii: ">"):
                return (index, index > start && page[index - 1] == UInt8(ascii: "/"))
            case UInt8(ascii: "\"") where afterEquals, UInt8(ascii: "'") where afterEquals:
                guard let end = ByteSearch.firstIndex(of: byte, in: page, from: index + 1) else { return nil }
                index = end
                afterEquals = false
            case UInt8(ascii: "="): afterEquals = true
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D: break
            default: afterEquals = false
            }
            index += 1
        }
        return nil
    }

    private static func closingTag(_ name: RawText, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let text = name == .script ? script : style
        var index = start
        while let open = ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: page, from: index) {
            if open + 1 < page.count, page[open + 1] == UInt8(ascii: "/"), matchesName(text, in: page, at: open + 2) { return open }
            index = open + 1
        }
        return nil
    }

    private static func matchesName(_ name: [UInt8], in page: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start
        for byte in name {
            guard index < page.count, page[index] | 0x20 == byte else { return false }
            index += 1
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// ASCII-case-insensitive search; the needle is lowercase.
    private static func findFolded(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= hay.count else { return false }
        for start in 0...(hay.count - needle.count) where needle.indices.allSatisfy({ foldASCII(hay[start + $0]) == needle[$0] }) {
            return true
        }
        return false
    }

    private static func foldASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
