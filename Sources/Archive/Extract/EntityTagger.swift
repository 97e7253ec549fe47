import CEntityModel

/// A statistical tagger for people, organisations and places (and MISC, learned so that its words
/// are not taken for the others): an averaged perceptron over hashed features of the tokens
/// around each word, decoded with first-order Viterbi under BIO constraints. Trained by
/// scripts/train-entity-tagger.py on CoNLL-2003 English eng.train; the features below must stay
/// the script's, number for number (EntityTaggerTests checks the tags of both).
///
/// Features are FNV-1a hashes over UTF-8 bytes mixed with a template number into a row of a
/// table of 2^18 × 9 int16 weights: no string is built per feature.
struct EntityTagger: Sendable {
    enum Tag: Int { case o = 0, bPer, iPer, bOrg, iOrg, bLoc, iLoc, bMisc, iMisc }
    static let tagCount = 9

    let rowBits: Int
    /// `rows × tagCount` weights, dense.
    let weights: [Int16]
    /// `(tagCount + 1) × tagCount`: from each tag (the last row: from the start) to each tag.
    let transitions: [Int32]
    let placeKeys: [UInt64]
    let orgKeys: [UInt64]
    /// `allowed[p * tagCount + y]`: an `I-` tag only after a tag of its type.
    let allowed: [Bool]

    static let shared = EntityTagger()

    init() {
        var size: UInt = 0
        let base = archive_entity_model(&size)!
        let blob = UnsafeBufferPointer(start: base, count: Int(size))
        var at = 4
        func u32() -> Int {
            let v = UInt32(blob[at]) | UInt32(blob[at + 1]) << 8 | UInt32(blob[at + 2]) << 16 | UInt32(blob[at + 3]) << 24
            at += 4
            return Int(v)
        }
        func i16() -> Int16 { let v = UInt16(blob[at]) | UInt16(blob[at + 1]) << 8; at += 2; return Int16(bitPattern: v) }
        func u64() -> UInt64 {
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(blob[at + k]) << (8 * UInt64(k)) }
            at += 8
            return v
        }
        precondition(blob[0] == 0x45 && blob[1] == 0x54 && blob[2] == 0x47 && blob[3] == 0x31, "entity model: bad header")
        rowBits = u32()
        let tags = u32()
        precondition(tags == Self.tagCount, "entity model: tag count")
        let nonzero = u32(), places = u32(), orgs = u32()
        transitions = (0..<((tags + 1) * tags)).map { _ in Int32(i16()) }
        let rowIDs = (0..<nonzero).map { _ in u32() }
        var w = [Int16](repeating: 0, count: (1 << rowBits) * tags)
        for r in rowIDs { for y in 0..<tags { w[r * tags + y] = i16() } }
        weights = w
        placeKeys = (0..<places).map { _ in u64() }
        orgKeys = (0..<orgs).map { _ in u64() }
        var allowed = [Bool](repeating: true, count: (tags + 1) * tags)
        for p in 0...tags {
            for y in 0..<tags where y != 0 && y % 2 == 0 {  // I- tags
                allowed[p * tags + y] = p < tags && p != 0 && (p + 1) / 2 == y / 2
            }
        }
        self.allowed = allowed
    }

    // MARK: hashing, as in the script

    static let fnvOffset: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    @inline(__always) static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* fnvPrime }

    @inline(__always) func mix(_ template: UInt64, _ value: UInt64) -> Int32 {
        var h = value ^ (template &* 0x9E3779B97F4A7C15)
        h = h &* 0xFF51AFD7ED558CCD
        h ^= h >> 33
        return Int32(truncatingIfNeeded: h & UInt64((1 << rowBits) - 1))
    }

    @inline(__always) static func comb(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* fnvPrime) ^ b }

    /// A token's hashes, worked out once for the features of the words around it too.
    struct Hashes {
        var word: UInt64 = 0, shape: UInt64 = 0, cased: UInt64 = 0
        var prefix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var length = 0
        var letters = 0
    }

    /// Tags every token of `t`: the BIO tag of each, by sentence.
    func tag(_ t: [EntityToken], _ input: EntityText) -> [Tag] {
        var out = [Tag](repeating: .o, count: t.count)
        guard !t.isEmpty else { return out }
        var hashes = [Hashes](repeating: Hashes(), count: t.count)
        var lower: [UInt8] = []
        lower.reserveCapacity(64)
        input.utf8.withUnsafeBufferPointer { bytes in
            for k in t.indices { hashes[k] = Self.hashes(t[k], input, bytes, &lower) }
        }
        // Sentences, and the document's words written capitalised inside a sentence or in lowercase.
        var bounds: [(Int, Int, Int)] = []  // lo, hi, line flags (2: capitals line, 4: title case)
        var capMid = Set<UInt64>(), lowSeen = Set<UInt64>()
        var lo = 0
        while lo < t.count {
            var hi = lo + 1
            while hi < t.count, t[hi].sentence == t[lo].sentence { hi += 1 }
            var lettered = 0, caps = 0, long = 0, longCap = 0
            for k in lo..<hi where t[k].isWord {
                if hashes[k].letters >= 2 { lettered += 1; if t[k].allCaps { caps += 1 } }
                if t[k].end - t[k].start > 3 { long += 1; if t[k].cap { longCap += 1 } }
            }
            let capsLine = caps >= 1 && caps * 10 >= lettered * 7
            let titleLine = long >= 4 && longCap == long
            for k in lo..<hi where t[k].isWord {
                if t[k].cap && !t[k].initial && !capsLine && !titleLine {
                    capMid.insert(hashes[k].word)
                } else if EntityTokenizer.isLower(input.scalars[t[k].start]) {
                    lowSeen.insert(hashes[k].word)
                }
            }
            bounds.append((lo, hi, (capsLine ? 2 : 0) | (titleLine ? 4 : 0)))
            lo = hi
        }
        var features = [Int32]()
        features.reserveCapacity(64)
        var emissions = [Int32]()
        var gaz = [UInt8]()
        input.utf8.withUnsafeBufferPointer { bytes in
            weights.withUnsafeBufferPointer { w in
                for (lo, hi, lineFlags) in bounds {
                    let n = hi - lo
                    emissions.removeAll(keepingCapacity: true)
                    emissions.reserveCapacity(n * Self.tagCount)
                    gazetteer(t, lo, hi, hashes, &gaz)
                    for i in lo..<hi {
                        features.removeAll(keepingCapacity: true)
                        sentenceFeatures(t, hashes, i, lo, hi, lineFlags, gaz[2 * (i - lo)], gaz[2 * (i - lo) + 1], capMid, lowSeen, &features)
                        var e = (Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0))
                        for f in features {
                            let r = Int(f) * 9
                            e.0 &+= Int32(w[r]); e.1 &+= Int32(w[r + 1]); e.2 &+= Int32(w[r + 2])
                            e.3 &+= Int32(w[r + 3]); e.4 &+= Int32(w[r + 4]); e.5 &+= Int32(w[r + 5])
                            e.6 &+= Int32(w[r + 6]); e.7 &+= Int32(w[r + 7]); e.8 &+= Int32(w[r + 8])
                        }
                        emissions.append(e.0); emissions.append(e.1); emissions.append(e.2)
                        emissions.append(e.3); emissions.append(e.4); emissions.append(e.5)
                        emissions.append(e.6); emissions.append(e.7); emissions.append(e.8)
                    }
                    let tags = viterbi(emissions, n)
                    for i in 0..<n { out[lo + i] = Tag(rawValue: tags[i])! }
                }
            }
        }
        return out
    }

    static func hashes(_ token: EntityToken, _ input: EntityText, _ bytes: UnsafeBufferPointer<UInt8>, _ lower: inout [UInt8]) -> Hashes {
        var h = Hashes()
        let (a, b) = (Int(input.offsets[token.start]), Int(input.offsets[token.end]))
        lower.removeAll(keepingCapacity: true)
        var ascii = true
        var cased = fnvOffset
        for k in a..<b {
            let c = bytes[k]
            cased = fnv(cased, c)
            if c >= 0x80 { ascii = false }
        }
        h.cased = cased
        if ascii {
            for k in a..<b { let c = bytes[k]; lower.append(c >= 0x41 && c <= 0x5A ? c + 32 : c) }
        } else {
            lower.append(contentsOf: token.lower.utf8)
        }
        var w = fnvOffset
        for c in lower { w = fnv(w, c) }
        h.word = w
        let n = lower.count
        h.length = n
        func affix(_ r: Range<Int>) -> UInt64 {
            var x = fnvOffset
            for k in r { x = fnv(x, lower[k]) }
            return x
        }
        if n >= 1 { h.prefix.0 = affix(0..<1); h.suffix.0 = affix(n - 1..<n) }
        if n >= 2 { h.prefix.1 = affix(0..<2); h.suffix.1 = affix(n - 2..<n) }
        if n >= 3 { h.prefix.2 = affix(0..<3); h.suffix.2 = affix(n - 3..<n) }
        if n >= 4 { h.prefix.3 = affix(0..<4); h.suffix.3 = affix(n - 4..<n) }
        // Shape: X, x, d, the character itself if ASCII, else `?`; runs collapsed.
        var s = fnvOffset
        var last: UInt8 = 0
        var letters = 0
        for k in token.start..<token.end {
            let c = input.scalars[k]
            let kind: UInt8
            if EntityTokenizer.isUpper(c) { kind = 0x58; letters += 1 }
            else if EntityTokenizer.isLower(c) { kind = 0x78; letters += 1 }
            else if c.value >= 0x30 && c.value <= 0x39 { kind = 0x64 }
            else if c.value < 0x80 { kind = UInt8(c.value) }
            else { kind = 0x3F }
            if kind != last { s = fnv(s, kind) }
            last = kind
        }
        h.shape = s
        h.letters = letters
        return h
    }

    /// Gazetteer matches of up to four tokens from a capitalised word: per token, place then
    /// organisation: 1 first of a longer match, 2 inside one, 3 a one-word match.
    func gazetteer(_ t: [EntityToken], _ lo: Int, _ hi: Int, _ hashes: [Hashes], _ out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement(0, count: 2 * (hi - lo)))
        for k in lo..<hi where t[k].cap || t[k].allCaps {
            var h = hashes[k].word
            for j in k..<min(hi, k + 4) {
                if j > k {
                    // The running hash of `w_k w_k+1 …`: a space, then the next word's lowercase bytes.
                    h = Self.fnv(h, 0x20)
                    h = Self.continueHash(h, t[j])
                }
                if EntitySpans.sortedContains(placeKeys, h) { Self.mark(&out, k - lo, j - lo, 0) }
                if EntitySpans.sortedContains(orgKeys, h) { Self.mark(&out, k - lo, j - lo, 1) }
            }
        }
    }

    @inline(__always) static func continueHash(_ h: UInt64, _ token: EntityToken) -> UInt64 {
        var h = h
        for c in token.lower.utf8 { h = fnv(h, c) }
        return h
    }

    static func mark(_ g: inout [UInt8], _ k: Int, _ j: Int, _ which: Int) {
        if j == k {
            if g[2 * k + which] == 0 { g[2 * k + which] = 3 }
            return
        }
        g[2 * k + which] = 1
        for m in (k + 1)...j { g[2 * m + which] = 2 }
    }

    @inline(__always)
    func sentenceFeatures(_ t: [EntityToken], _ h: [Hashes], _ i: Int, _ lo: Int, _ hi: Int, _ lineFlags: Int,
                          _ gp: UInt8, _ go: UInt8, _ capMid: Set<UInt64>, _ lowSeen: Set<UInt64>, _ f: inout [Int32]) {
        @inline(__always) func W(_ k: Int) -> UInt64 { k < lo ? 1 : k >= hi ? 2 : h[k].word }
        @inline(__always) func S(_ k: Int) -> UInt64 { k < lo ? 1 : k >= hi ? 2 : h[k].shape }
        @inline(__always) func L(_ k: Int) -> UInt16 { k < lo || k >= hi ? 0 : t[k].lists.rawValue }
        let w0 = h[i].word, s0 = h[i].shape
        f.append(mix(0, 0)); f.append(mix(1, w0)); f.append(mix(2, W(i - 1))); f.append(mix(3, W(i + 1)))
        f.append(mix(4, W(i - 2))); f.append(mix(5, W(i + 2)))
        f.append(mix(6, s0)); f.append(mix(7, S(i - 1))); f.append(mix(8, S(i + 1))); f.append(mix(9, S(i - 2))); f.append(mix(10, S(i + 2)))
        f.append(mix(11, Self.comb(W(i - 1), w0))); f.append(mix(12, Self.comb(w0, W(i + 1))))
        f.append(mix(13, Self.comb(S(i - 1), s0))); f.append(mix(14, Self.comb(s0, S(i + 1))))
        f.append(mix(15, Self.comb(Self.comb(S(i - 1), s0), S(i + 1))))
        let n = h[i].length
        if n >= 1 { f.append(mix(16, h[i].prefix.0)); f.append(mix(20, h[i].suffix.0)) }
        if n >= 2 { f.append(mix(17, h[i].prefix.1)); f.append(mix(21, h[i].suffix.1)) }
        if n >= 3 { f.append(mix(18, h[i].prefix.2)); f.append(mix(22, h[i].suffix.2)) }
        if n >= 4 { f.append(mix(19, h[i].prefix.3)); f.append(mix(23, h[i].suffix.3)) }
        f.append(mix(24, h[i].cased))
        let flags = UInt64((t[i].initial ? 1 : 0) | lineFlags)
        f.append(mix(25, Self.comb(flags, s0)))
        if flags != 0 { f.append(mix(26, Self.comb(flags, w0))) }
        @inline(__always) func bits(_ template: UInt64, _ m0: UInt16) {
            var m = m0, bit: UInt64 = 0
            while m != 0 {
                if m & 1 != 0 { f.append(mix(template, bit)) }
                m >>= 1
                bit += 1
            }
        }
        bits(29, L(i))
        bits(30, L(i - 1))
        bits(31, L(i + 1))
        if gp != 0 { f.append(mix(32, UInt64(gp))) }
        if go != 0 { f.append(mix(33, UInt64(go))) }
        if t[i].isWord, t[i].cap || t[i].allCaps {
            let d = UInt64((capMid.contains(w0) ? 1 : 0) | (lowSeen.contains(w0) ? 2 : 0))
            f.append(mix(34, Self.comb(d, flags)))
            f.append(mix(35, Self.comb(d, s0)))
        }
        f.append(mix(36, Self.comb(W(i - 1), s0)))
        f.append(mix(37, Self.comb(s0, W(i + 1))))
    }

    /// Best tag sequence under the BIO constraints; ties go to the lower tag number, as numpy's argmax.
    func viterbi(_ e: [Int32], _ n: Int) -> [Int] {
        let T = Self.tagCount
        var score = [Int64](repeating: 0, count: T), next = score
        var back = [UInt8](repeating: 0, count: n * T)
        let impossible = Int64.min / 4
        for y in 0..<T {
            score[y] = allowed[T * T + y] ? Int64(transitions[T * T + y]) + Int64(e[y]) : impossible
        }
        for i in 1..<max(n, 1) {
            for y in 0..<T {
                var best = Int64.min, arg = 0
                for p in 0..<T {
                    let v = allowed[p * T + y] ? score[p] + Int64(transitions[p * T + y]) : score[p] + impossible
                    if v > best { best = v; arg = p }
                }
                next[y] = best + Int64(e[i * T + y])
                back[i * T + y] = UInt8(arg)
            }
            swap(&score, &next)
        }
        var y = 0
        for k in 1..<T where score[k] > score[y] { y = k }
        var out = [Int](repeating: 0, count: n)
        out[n - 1] = y
        var i = n - 1
        while i > 0 { y = Int(back[i * T + y]); out[i - 1] = y; i -= 1 }
        return out
    }
}
