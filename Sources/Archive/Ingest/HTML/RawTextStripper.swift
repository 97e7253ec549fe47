/// Cuts the bodies of `<script>` and `<style>` elements that the reader would throw away out of a
/// page's bytes before libxml2 sees them. libxml2 reads raw text one character at a time and
/// copies it into nodes that are freed unread: on real pages that was a third of its parse.
/// What stays is what `HTMLParser` may read: JSON-LD, short inline scripts and scripts that
/// name a publishing date (`ScriptDate`). The tags themselves stay, so the tree keeps its shape.
enum RawTextStripper {
    /// `bytes` with the unread raw text removed; nil when there was nothing to remove.
    /// Only for ASCII-compatible bytes (the UTF-8 libxml2 is handed): tags are found as ASCII.
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { page -> [UInt8]? in
            var cuts: [Range<Int>] = []
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
                let isJSONLD = name == .script && findFolded(ldJSON, in: UnsafeBufferPointer(rebasing: page[nameEnd..<tagEnd]))
                if name == .style || !keepsScript(page, content: index..<close, isJSONLD: isJSONLD) {
                    if close > index { cuts.append(index..<close) }
                }
                index = close + 2
            }
            guard !cuts.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(page.count - cuts.reduce(0) { $0 + $1.count })
            var start = 0
            for cut in cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[start..<cut.lowerBound]))
                start = cut.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: page[start...]))
            return out
        }
    }

    private enum RawText { case script, style }

    private static let commentEnd = Array("-->".utf8)
    private static let script = Array("script".utf8), style = Array("style".utf8)
    private static let ldJSON = Array("ld+json".utf8)
    private static let markers = ScriptDate.markers.map { $0.dropLast().map { UInt8(bitPattern: $0) } }

    /// The same test `HTMLParser` applies to a script's text, on the raw bytes: a script kept here
    /// may still be dropped there, never the other way round (decoding never shortens the text,
    /// and the markers are ASCII).
    private static func keepsScript(_ page: UnsafeBufferPointer<UInt8>, content: Range<Int>, isJSONLD: Bool) -> Bool {
        if isJSONLD || content.count <= ScriptDate.maxCallLength { return true }
        return namesPublishing(UnsafeBufferPointer(rebasing: page[content]))
    }

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
