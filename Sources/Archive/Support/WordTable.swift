/// Lowercase ASCII words numbered in the order they were added, found by an FNV-1a hash of the
/// bytes as they stand in a text (ASCII capitals folded on the fly). Extraction looks up every
/// word of every text; a `Dictionary<String, …>` would first build the lowercase `String` and
/// then SipHash it, which cost more than the rest of the pass.
struct WordTable: Sendable {
    /// The words' bytes end to end; word `i` is `bytes[ends[i - 1]..<ends[i]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing with linear probing: a word's number + 1, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { ends.count }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// FNV-1a of the bytes with ASCII capitals lowered.
    @inline(__always) static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text { h = (h ^ UInt64(lower(b))) &* 0x100000001b3 }
        return h
    }

    /// The number of `word`, added if it is new. A word with capitals is kept but never found,
    /// as a set of lowercase words would never match it either.
    @discardableResult
    mutating func insert(_ word: String) -> Int {
        var word = word
        return word.withUTF8 { w in
            if let found = index(of: w, folding: false) { return found }
            bytes.append(contentsOf: w)
            ends.append(bytes.count)
            hashes.append(Self.hash(w))
            if ends.count * 2 > slots.count { rehash(slots.count * 2) } else { place(ends.count - 1) }
            return ends.count - 1
        }
    }

    /// The number of the word `text` spells, ignoring ASCII case; nil when it is not in the table.
    @inline(__always)
    func index(of text: UnsafeBufferPointer<UInt8>) -> Int? { index(of: text, folding: true) }

    @inline(__always)
    private func index(of text: UnsafeBufferPointer<UInt8>, folding: Bool) -> Int? {
        let h = Self.hash(text)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return nil }
            if hashes[entry - 1] == h, equals(entry - 1, text, folding: folding) { return entry - 1 }
            s = (s + 1) & mask
        }
    }

    private func equals(_ i: Int, _ text: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1]
        guard ends[i] - start == text.count else { return false }
        for k in 0..<text.count where bytes[start + k] != (folding ? Self.lower(text[k]) : text[k]) { return false }
        return true
    }

    private mutating func place(_ i: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[i]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: 0, count: size)
        for i in hashes.indices { place(i) }
    }
}
