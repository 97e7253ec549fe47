/// Joins text runs, collapsing every run of whitespace to one space.
struct TextCollector {
    /// UTF-8 of the result: appending bytes is far cheaper than appending scalars to a String.
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = true
                    } else {
                        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                        pendingSpace = false
                        bytes.append(byte)
                    }
                    index += 1
                    continue
                }
                // A multi-byte scalar: decode it only to ask whether it is whitespace.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(index + length, utf8.count)
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in utf8[(index + 1)..<end] { value = value << 6 | UInt32(next & 0x3F) }
                if let scalar = Unicode.Scalar(value), Self.isSpace(scalar) {
                    pendingSpace = true
                } else {
                    if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(contentsOf: utf8[index..<end])
                }
                index = end
            }
        }
    }

    var isEmpty: Bool { bytes.isEmpty }
    var byteCount: Int { bytes.count }

    /// Unicode's White_Space property, spelled out: its list is closed, and the property lookup
    /// cost more than the rest of measuring a non-Latin page's text.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    var result: String { String(decoding: bytes, as: UTF8.self) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
