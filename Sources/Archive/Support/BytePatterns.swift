/// Substring tests on UTF-8 bytes, for the class-name patterns run on every element.
struct BytePatterns {
    /// Patterns by their first byte: each position of a class name is tried only against the
    /// few patterns that can start there, not against all forty.
    private let buckets: [[[UInt8]]]

    init(_ patterns: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for pattern in patterns {
            let bytes = Array(pattern.utf8)
            guard let first = bytes.first else { continue }
            buckets[Int(first)].append(bytes)
        }
        self.buckets = buckets
    }

    func matches(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for start in hay.indices {
                for needle in buckets[Int(hay[start])] where needle.count <= hay.count - start {
                    var offset = 1
                    while offset < needle.count && hay[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }
}
