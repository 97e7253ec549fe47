/// Cuts the bodies of `<script>` and `<style>` elements (found by `RawTextScanner`) that the
/// reader would throw away out of a page's bytes before libxml2 sees them. libxml2 reads raw
/// text one character at a time and copies it into nodes that are freed unread: on real pages
/// that was a third of its parse.
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

    /// What a lifted script holds in the page: ASCII that libxml2 passes on unchanged, opening
    /// with DEL, which pages hardly ever hold (a page that holds the prefix is parsed whole).
    static func placeholder(_ index: Int) -> [UInt8] { placeholderPrefix + Array("\(index)".utf8) }

    private static let placeholderPrefix = Array("\u{7F}archive-lifted-script:".utf8)

    /// `bytes` with the unread raw text removed; nil when there was nothing to remove.
    /// Only for ASCII-compatible bytes (the UTF-8 libxml2 is handed): tags are found as ASCII.
    static func strip(_ bytes: [UInt8]) -> Page? {
        bytes.withUnsafeBufferPointer { page -> Page? in
            // Each cut range is dropped, or replaced by the placeholder of the script lifted from it.
            var cuts: [(range: Range<Int>, lifted: Int?)] = []
            var lifted: [String] = []
            // A page of its own placeholders would have its scripts listed out of order.
            guard ByteSearch.firstIndex(of: placeholderPrefix, in: page, from: 0) == nil,
                  let elements = RawTextScanner.elements(in: page) else { return nil }
            for element in elements {
                let content = element.content
                if element.isStyle {
                    if !content.isEmpty { cuts.append((content, nil)) }
                    continue
                }
                // The test `HTMLTreeBuilder` applies to a script's text, on the text libxml2 would
                // pass on: short or naming a publishing date, it is lifted; otherwise it is cut.
                let isJSONLD = findFolded(ldJSON, in: UnsafeBufferPointer(rebasing: page[element.attributes]))
                guard !isJSONLD, content.count > ScriptDate.maxCallLength else { continue }
                let raw = UnsafeBufferPointer(rebasing: page[content])
                let cleaned = withoutForbiddenCharacters(raw)
                let isKept = cleaned.map { bytes in
                    bytes.count <= ScriptDate.maxCallLength || bytes.withUnsafeBufferPointer(namesPublishing)
                } ?? namesPublishing(raw)
                if isKept {
                    cuts.append((content, lifted.count))
                    lifted.append(cleaned.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: raw, as: UTF8.self))
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

    /// A script's text as libxml2's HTML parser passes it on, which drops the characters XML
    /// forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF); nil when it has none.
    private static func withoutForbiddenCharacters(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // Nearly every script has none: a branch-free pass, which the compiler vectorises, tells.
        // A C0 control other than tab, LF and CR (bits 9, 10 and 13 of the mask), or the lead
        // byte of U+FFFE and U+FFFF.
        var suspect: UInt32 = 0
        for byte in raw {
            let control: UInt32 = byte < 0x20 ? (~UInt32(0x2600) >> UInt32(byte)) & 1 : 0
            suspect |= control | (byte == 0xEF ? 1 : 0)
        }
        guard suspect != 0 else { return nil }
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
        return bytes
    }

    private static let ldJSON = Array("ld+json".utf8)

    /// Whether a script's text holds one of `ScriptDate.markers`.
    static func namesPublishing(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ScriptDate.markers.contains { ByteSearch.firstIndex(of: $0, in: text, from: 0) != nil }
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
