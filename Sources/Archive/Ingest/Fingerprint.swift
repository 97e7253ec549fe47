import Foundation

/// What identifies a body — an exact hash for identical copies and a SimHash for near-copies —
/// and its length in words, all computed once by the workers, off the writer's thread.
public struct Fingerprint: Sendable, Equatable {
    /// SHA-256 of the body text, hex.
    public let contentHash: String
    /// 64-bit SimHash over word 3-shingles; near-duplicate bodies differ in few bits.
    public let simhash: UInt64
    /// Words in the body.
    public let words: Int

    /// Bodies whose SimHashes differ in at most this many bits are the same story.
    public static let nearDuplicateDistance = 3
    /// The SimHash is indexed in this many bands, so a lookup finds every hash within the distance.
    public static let bandCount = 4

    public init(body: String) {
        contentHash = Fingerprint.sha256Hex(Array(body.utf8))
        let tokens = Words.tokens(body)
        simhash = Fingerprint.simhash(tokens)
        words = tokens.count
    }

    /// SHA-256 of `bytes`, lowercase hex (Support/SHA256).
    public static func sha256Hex(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }

    /// The 16-bit pieces of the SimHash, one per band.
    public var bands: [UInt16] {
        (0..<Fingerprint.bandCount).map { UInt16(truncatingIfNeeded: simhash >> (16 * UInt64($0))) }
    }

    public func distance(to other: UInt64) -> Int { (simhash ^ other).nonzeroBitCount }

    /// Shingles of three words make the hash sensitive to wording, not just vocabulary.
    static func simhash(_ tokens: [String]) -> UInt64 {
        var weights = [Int](repeating: 0, count: 64)
        let width = min(3, tokens.count)
        guard width > 0 else { return 0 }
        for start in 0...(tokens.count - width) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for token in tokens[start..<(start + width)] {
                for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
            }
            hash = mix(hash)
            for bit in 0..<64 { weights[bit] += (hash >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// FNV's low bits are poorly spread; a finaliser makes every bit of the shingle hash count.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33; x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33; x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}
