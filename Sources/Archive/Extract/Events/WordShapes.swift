/// A first test of whether a lowercased word may be a key of a word table: the word's first two
/// bytes, last byte and length, hashed into a bitmap of 65,536 bits. A word that fails is surely no
/// key; one that passes is looked up. Hashing every word of an article into a string dictionary
/// costs more than the rest of placing its events, and nearly every word is no party's name.
struct WordShapes: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1_024)

    init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: String) {
        guard let bit = Self.bit(key, keeping: key.utf8.count) else { return }
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether the word's first `length` bytes may be a key: false only when no key has their shape.
    func mayContain(_ word: String, keeping length: Int) -> Bool {
        guard let bit = Self.bit(word, keeping: length) else { return true }
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(_ word: String, keeping length: Int) -> Int? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard length > 0, length <= bytes.count else { return nil }
            let second = length > 1 ? UInt32(bytes[1]) : 0
            let shape = UInt32(bytes[0]) | second << 8 | UInt32(bytes[length - 1]) << 16 | UInt32(min(length, 255)) << 24
            return Int((shape &* 2_654_435_761) >> 16)
        } ?? nil
    }
}
