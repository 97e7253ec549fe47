/// Word hashes for checks that run over every word of a text, where `Set<String>` would hash
/// each word with SipHash and cost more than the rest of the pass.
extension EntitySpans {
    /// FNV-1a: cheap enough to run over every lowercase word of a text.
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    static func sortedContains(_ a: [UInt64], _ x: UInt64) -> Bool {
        var (lo, hi) = (0, a.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < a.count && a[lo] == x
    }
}
