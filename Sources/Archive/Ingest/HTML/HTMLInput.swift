import CLibXML2

/// A page's bytes made ready for libxml2: in the charset the page declares when that is right,
/// otherwise decoded here (with `TextDecoder`'s Windows-1252 fallback) and handed over as UTF-8.
struct HTMLInput {
    var bytes: [UInt8]
    /// The name libxml2 decodes with.
    var encoding: String
    /// What the article records as its encoding.
    var reported: String

    static func prepare(_ raw: [UInt8], path: String) throws -> HTMLInput {
        let bytes = Gzip.isCompressed(raw) ? try Gzip.inflate(raw, path: path) : raw
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let declared = hasBOM ? nil : declaredCharset(bytes).map(canonical)
        if let declared, !isLatin1(declared), declared != "utf-8" {
            // Valid UTF-8 with non-ASCII bytes is almost never another charset by chance: the declaration is stale.
            if String(validating: bytes, as: UTF8.self) == nil, xmlFindCharEncodingHandler(declared) != nil {
                return HTMLInput(bytes: bytes, encoding: declared, reported: declared)
            }
        }
        // Most pages are UTF-8: checked here without building a String of the whole page.
        if !hasBOM, isPlainUTF8(bytes) { return HTMLInput(bytes: bytes, encoding: "UTF-8", reported: "utf-8") }
        if !hasBOM, let cleaned = withoutStrayNULs(bytes) { return try prepare(cleaned, path: path) }
        if !hasBOM, declared == nil || declared == "utf-8", let mixed = mostlyUTF8(bytes) {
            return HTMLInput(bytes: mixed, encoding: "UTF-8", reported: "utf-8")
        }
        // Not UTF-8, no NUL, no charset libxml2 is told: Windows-1252, as `TextDecoder` reads it.
        if !hasBOM, !bytes.contains(0) { return HTMLInput(bytes: windows1252AsUTF8(bytes), encoding: "UTF-8", reported: "windows-1252") }
        let (text, encoding) = try TextDecoder.unicode(from: bytes, path: path)
        // Valid UTF-8 without a BOM is passed on as it came, saving a copy of the page.
        if encoding == "utf-8" { return HTMLInput(bytes: bytes, encoding: "UTF-8", reported: encoding) }
        return HTMLInput(bytes: Array(text.utf8), encoding: "UTF-8", reported: encoding)
    }

    /// `bytes` without their NULs when there are a few (64, or one byte in a hundred) in what is
    /// evidently markup (a real page had 22 after an `<img>`), or nil. Many NULs are a binary or
    /// UTF-16, which `TextDecoder` tells apart; a page must start with `<` so that a stray image or
    /// archive named `.html` stays binary.
    static func withoutStrayNULs(_ bytes: [UInt8]) -> [UInt8]? {
        let zeros = bytes.reduce(0) { $0 &+ ($1 == 0 ? 1 : 0) }
        guard zeros > 0, zeros <= 64 || zeros * 100 <= bytes.count else { return nil }
        let spaces: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0C]
        guard bytes.prefix(1024).first(where: { !spaces.contains($0) }) == UInt8(ascii: "<") else { return nil }
        return bytes.filter { $0 != 0 }
    }

    /// Valid UTF-8 without NUL bytes (which `TextDecoder` rejects as binary), eight ASCII bytes at a time.
    static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base), count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let zeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    if (word & 0x8080_8080_8080_8080) | zeroByte == 0 { index += 8; continue }
                }
                let lead = buffer[index]
                if lead != 0 && lead < 0x80 { index += 1; continue }
                let length = lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 0
                guard length > 0, index + length <= count else { return false }
                var value = UInt32(lead) & (0x7F >> UInt32(length))
                for offset in 1..<length {
                    let next = buffer[index + offset]
                    guard next & 0xC0 == 0x80 else { return false }
                    value = value << 6 | UInt32(next & 0x3F)
                }
                let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
                guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return false }
                index += length
            }
            return true
        }
    }

    /// Browsers read every Latin-1 label as Windows-1252, which is what `TextDecoder` falls back to.
    private static func isLatin1(_ name: String) -> Bool {
        ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"].contains(name)
    }

    private static func canonical(_ name: String) -> String {
        switch name {
        case "utf8", "unicode-1-1-utf-8": return "utf-8"
        default: return name
        }
    }

    /// The charset of a `<meta charset>`, a `<meta http-equiv=content-type>` or an XML declaration
    /// in the first 4 KB, lowercased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        // ASCII only, lowercased: every name looked for is ASCII.
        let head = bytes.prefix(4096).map { $0 >= 0x80 ? 0x20 : $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return head.withUnsafeBufferPointer { head -> String? in
            if head.starts(with: xmlDeclaration), let end = ByteSearch.firstIndex(of: UInt8(ascii: ">"), in: head, from: 0),
               let value = value(after: encodingName, in: UnsafeBufferPointer(rebasing: head[..<end])) {
                return value
            }
            var searchStart = 0
            while let found = ByteSearch.firstIndex(of: charsetName, in: head, from: searchStart) {
                searchStart = found + charsetName.count
                guard let open = head[..<found].lastIndex(of: UInt8(ascii: "<")), head[open...].starts(with: metaTag),
                      !head[open..<found].contains(UInt8(ascii: ">")) else { continue }
                if let value = value(after: charsetName, in: UnsafeBufferPointer(rebasing: head[found...])) { return value }
            }
            return nil
        }
    }

    private static let xmlDeclaration = Array("<?xml".utf8), metaTag = Array("<meta".utf8)
    private static let encodingName = Array("encoding".utf8), charsetName = Array("charset".utf8)

    /// `name = "value"` at the start of `text` (quotes optional).
    private static func value(after name: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> String? {
        guard let found = ByteSearch.firstIndex(of: name, in: text, from: 0) else { return nil }
        var index = found + name.count
        while index < text.count, text[index] == 0x20 { index += 1 }
        guard index < text.count, text[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < text.count, [0x20, UInt8(ascii: "\""), UInt8(ascii: "'")].contains(text[index]) { index += 1 }
        let start = index
        while index < text.count, isCharsetByte(text[index]) { index += 1 }
        return index > start ? String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self) : nil
    }

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): true
        default: false
        }
    }
}

/// Inflates gzip data in memory (`.html.gz` pages) with zlib.
enum Gzip {
    /// More than this after inflating is a zip bomb rather than a web page.
    static let maxSize = 64 << 20

    static func isCompressed(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x1F, 0x8B]) }

    static func inflate(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header rather than a bare zlib stream.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ArchiveError.unreadableFile(path: path, reason: "cannot start gzip decompression")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            var code = Z_OK
            while code == Z_OK {
                code = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return CLibXML2.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if output.count > maxSize { return Z_MEM_ERROR }
                if code == Z_OK, stream.avail_in == 0, stream.avail_out != 0 { return Z_BUF_ERROR }
            }
            return code
        }
        guard status == Z_STREAM_END else {
            let reason = status == Z_MEM_ERROR ? "gzip content larger than \(maxSize >> 20) MB" : "damaged gzip data"
            throw ArchiveError.unreadableFile(path: path, reason: reason)
        }
        return output
    }
}
