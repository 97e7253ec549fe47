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

    /// ASCII first: the Unicode property lookup is the slow path, and nearly all markup is ASCII.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    var result: String { String(decoding: bytes, as: UTF8.self) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
