import CEntityModel

/// A statistical tagger for people, organisations and places (and MISC, learned so that its words
/// are not taken for the others): an averaged perceptron over hashed features of the tokens
/// around each word, decoded with first-order Viterbi under BIO constraints. Trained by
/// scripts/train-entity-tagger.py on CoNLL-2003 English eng.train; the features below must stay
/// the script's, number for number (EntityTaggerTests checks the tags of both).
///
/// Features are FNV-1a hashes over UTF-8 bytes mixed with a template number into a row of a
/// table of 2^18 × 9 weights: no string is built per feature. Only the rows training gave weights are
/// stored, 9 int8 each (levels of `step`), found through a bitmap of the rows with a count per 64:
/// 0.6 MB in all where 16-bit row numbers and int16 weights took 1.7 MB, so that the table stays
/// in cache.
struct EntityTagger: Sendable {
    enum Tag: Int { case o = 0, bPer, iPer, bOrg, iOrg, bLoc, iLoc, bMisc, iMisc }
    static let tagCount = 9

    let rowBits: Int
    /// For each block of 64 rows: a bitmap of the rows that have weights, then how many rows
    /// of the blocks before have weights (the row's place in `weights`, with the bits below it).
    let rowIndex: [UInt64]
    /// `(nonzero rows + 1) × tagCount` weights in levels of `step`; row 0, every unused row, is zeros.
    let weights: [Int8]
    let step: Int32
    /// `(tagCount + 1) × tagCount`: from each tag (the last row: from the start) to each tag.
    let transitions: [Int32]
    let placeKeys: [UInt64]
    let orgKeys: [UInt64]

    static let shared = EntityTagger()

    init() {
        var size: UInt = 0
        let base = archive_entity_model(&size)!
        self.init(blob: UnsafeBufferPointer(start: base, count: Int(size)))
    }

    /// The weights in the layout scripts/train-entity-tagger.py writes (`blob_of`); the caller
    /// has checked the header and the length (`EntityEvaluation` for a file).
    init(blob: UnsafeBufferPointer<UInt8>) {
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
        precondition(blob[0] == 0x45 && blob[1] == 0x54 && blob[2] == 0x47 && blob[3] == 0x32, "entity model: bad header")
        rowBits = u32()
        let tags = u32()
        precondition(tags == Self.tagCount, "entity model: tag count")
        let nonzero = u32(), places = u32(), orgs = u32()
        step = Int32(u32())
        transitions = (0..<((tags + 1) * tags)).map { _ in Int32(i16()) }
        let rowIDs = (0..<nonzero).map { _ in u32() }
        var index = [UInt64](repeating: 0, count: 2 * ((1 << rowBits) / 64))
        for r in rowIDs { index[2 * (r >> 6)] |= 1 << UInt64(r & 63) }
        var before: UInt64 = 0
        for b in 0..<(index.count / 2) {
            index[2 * b + 1] = before
            before += UInt64(index[2 * b].nonzeroBitCount)
        }
        rowIndex = index
        weights = [Int8](repeating: 0, count: tags) + (0..<(nonzero * tags)).map { k in Int8(bitPattern: blob[at + k]) }
        at += nonzero * tags
        placeKeys = (0..<places).map { _ in u64() }
        orgKeys = (0..<orgs).map { _ in u64() }
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

    /// A token's hashes and what the features ask of it, worked out once: a plain value (no
    /// strings), so the feature loop reads it without reference counting.
    struct Info {
        var word: UInt64 = 0, shape: UInt64 = 0, cased: UInt64 = 0
        var prefix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// The lowercase bytes: `lower[lowerStart..<lowerStart + length]`.
        var lowerStart = 0, length = 0
        var letters = 0
        var lists: UInt16 = 0
        var sentence = 0
        var isWord = false, cap = false, allCaps = false, initial = false, lowerFirst = false, long = false
    }

    /// Tags every token of `t`: the BIO tag of each, by sentence.
    func tag(_ t: [EntityToken], _ input: EntityText) -> [Tag] {
        let count = t.count
        var out = [Tag](repeating: .o, count: count)
        guard count > 0 else { return out }
        var info = [Info](repeating: Info(), count: count)
        var lower: [UInt8] = []
        lower.reserveCapacity(input.utf8.count + 16)
        input.utf8.withUnsafeBufferPointer { bytes in
            t.withUnsafeBufferPointer { tokens in
                for k in 0..<count { info[k] = Self.info(tokens[k], input, bytes, &lower) }
            }
        }
        // Sentences, and the document's words written capitalised inside a sentence or in lowercase.
        var bounds: [(Int, Int, Int)] = []  // lo, hi, line flags (2: capitals line, 4: title case)
        var capMid = HashSet(count: count), lowSeen = HashSet(count: count)
        info.withUnsafeBufferPointer { h in
            var lo = 0
            while lo < count {
                var hi = lo + 1
                while hi < count, h[hi].sentence == h[lo].sentence { hi += 1 }
                var lettered = 0, caps = 0, long = 0, longCap = 0
                for k in lo..<hi where h[k].isWord {
                    if h[k].letters >= 2 { lettered += 1; if h[k].allCaps { caps += 1 } }
                    if h[k].long { long += 1; if h[k].cap { longCap += 1 } }
                }
                let capsLine = caps >= 1 && caps * 10 >= lettered * 7
                let titleLine = long >= 4 && longCap == long
                for k in lo..<hi where h[k].isWord {
                    if h[k].cap && !h[k].initial && !capsLine && !titleLine {
                        capMid.insert(h[k].word)
                    } else if h[k].lowerFirst {
                        lowSeen.insert(h[k].word)
                    }
                }
                bounds.append((lo, hi, (capsLine ? 2 : 0) | (titleLine ? 4 : 0)))
                lo = hi
            }
        }
        var emissions = [Int32](repeating: 0, count: count * Self.tagCount)
        var gaz = [UInt8](repeating: 0, count: 2 * count)
        var scratch = Viterbi(capacity: 0)
        info.withUnsafeBufferPointer { h in
            lower.withUnsafeBufferPointer { lw in
                gazetteer(h, lw, &gaz)
            }
            weights.withUnsafeBufferPointer { w in
              rowIndex.withUnsafeBufferPointer { ri in
                emissions.withUnsafeMutableBufferPointer { e in
                    gaz.withUnsafeBufferPointer { g in
                        capMid.slots.withUnsafeBufferPointer { cm in
                            lowSeen.slots.withUnsafeBufferPointer { ls in
                                for (lo, hi, lineFlags) in bounds {
                                    for i in lo..<hi {
                                        features(h, i, lo, hi, lineFlags, g[2 * i], g[2 * i + 1], cm, ls, ri.baseAddress!, w.baseAddress!,
                                                 e.baseAddress! + i * Self.tagCount)
                                    }
                                    viterbi(UnsafeBufferPointer(rebasing: e[(lo * Self.tagCount)..<(hi * Self.tagCount)]), hi - lo, &scratch)
                                    for i in 0..<(hi - lo) { out[lo + i] = Tag(rawValue: Int(scratch.out[i]))! }
                                }
                            }
                        }
                    }
                }
              }
            }
        }
        return out
    }

    static func info(_ token: EntityToken, _ input: EntityText, _ bytes: UnsafeBufferPointer<UInt8>, _ lower: inout [UInt8]) -> Info {
        var h = Info()
        let (a, b) = (Int(input.offsets[token.start]), Int(input.offsets[token.end]))
        let from = lower.count
        var ascii = true
        var cased = fnvOffset
        for k in a..<b {
            let c = bytes[k]
            cased = fnv(cased, c)
            if c >= 0x80 { ascii = false }
        }
        h.cased = cased
        if ascii {
            lower.append(contentsOf: bytes[a..<b])
            lower.withUnsafeMutableBufferPointer { l in
                for k in from..<l.count where l[k] >= 0x41 && l[k] <= 0x5A { l[k] += 32 }
            }
        } else {
            lower.append(contentsOf: token.lower.utf8)
        }
        let n = lower.count - from
        (h.lowerStart, h.length) = (from, n)
        lower.withUnsafeBufferPointer { l in
            // The word's hash passes through its prefixes' on the way.
            guard let base = l.baseAddress else { h.word = fnvOffset; return }
            let p = base + from
            var w = fnvOffset
            if n >= 1 { w = fnv(w, p[0]); h.prefix.0 = w }
            if n >= 2 { w = fnv(w, p[1]); h.prefix.1 = w }
            if n >= 3 { w = fnv(w, p[2]); h.prefix.2 = w }
            if n >= 4 { w = fnv(w, p[3]); h.prefix.3 = w }
            var k = 4
            while k < n { w = fnv(w, p[k]); k += 1 }
            h.word = w
            @inline(__always) func suffix(_ m: Int) -> UInt64 {
                var x = fnvOffset
                for k in (n - m)..<n { x = fnv(x, p[k]) }
                return x
            }
            if n >= 1 { h.suffix.0 = suffix(1) }
            if n >= 2 { h.suffix.1 = suffix(2) }
            if n >= 3 { h.suffix.2 = suffix(3) }
            if n >= 4 { h.suffix.3 = suffix(4) }
        }
        // Shape: X, x, d, the character itself if ASCII, else `?`; runs collapsed.
        var s = fnvOffset
        var last: UInt8 = 0
        var letters = 0
        input.scalars.withUnsafeBufferPointer { sc in
            for k in token.start..<token.end {
                let c = sc[k]
                let kind: UInt8
                if EntityTokenizer.isUpper(c) { kind = 0x58; letters += 1 }
                else if EntityTokenizer.isLower(c) { kind = 0x78; letters += 1 }
                else if c.value >= 0x30 && c.value <= 0x39 { kind = 0x64 }
                else if c.value < 0x80 { kind = UInt8(c.value) }
                else { kind = 0x3F }
                if kind != last { s = fnv(s, kind) }
                last = kind
            }
            h.lowerFirst = EntityTokenizer.isLower(sc[token.start])
        }
        h.shape = s
        h.letters = letters
        h.lists = UInt16(truncatingIfNeeded: token.lists.intersection(.tagged).rawValue)
        h.sentence = token.sentence
        (h.isWord, h.cap, h.allCaps, h.initial) = (token.isWord, token.cap, token.allCaps, token.initial)
        h.long = token.end - token.start > 3
        return h
    }

    /// Gazetteer matches of up to four tokens of a sentence from a capitalised word: per token,
    /// place then organisation: 1 first of a longer match, 2 inside one, 3 a one-word match.
    func gazetteer(_ h: UnsafeBufferPointer<Info>, _ lower: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8]) {
        for k in h.indices where h[k].cap || h[k].allCaps {
            var x = h[k].word
            var j = k
            while j < h.count, j < k + 4, h[j].sentence == h[k].sentence {
                if j > k {
                    // The running hash of `w_k w_k+1 …`: a space, then the next word's lowercase bytes.
                    x = Self.fnv(x, 0x20)
                    for b in lower[h[j].lowerStart..<(h[j].lowerStart + h[j].length)] { x = Self.fnv(x, b) }
                }
                if EntitySpans.sortedContains(placeKeys, x) { Self.mark(&out, k, j, 0) }
                if EntitySpans.sortedContains(orgKeys, x) { Self.mark(&out, k, j, 1) }
                j += 1
            }
        }
    }

    static func mark(_ g: inout [UInt8], _ k: Int, _ j: Int, _ which: Int) {
        if j == k {
            if g[2 * k + which] == 0 { g[2 * k + which] = 3 }
            return
        }
        g[2 * k + which] = 1
        for m in (k + 1)...j { g[2 * m + which] = 2 }
    }

    /// The words of a text seen in one way, by hash: open addressing with linear probing in a table
    /// of a power of two at least twice the text's tokens. Sorting the hashes (with their repeats)
    /// and searching them cost more than the rest of the document pass. A word whose hash is 0
    /// (one in 2^64) is never found.
    struct HashSet {
        var slots: [UInt64]

        init(count: Int) {
            var size = 16
            while size < 2 * count { size <<= 1 }
            slots = [UInt64](repeating: 0, count: size)
        }

        @inline(__always) static func slot(_ x: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (x &* 0x9E3779B97F4A7C15) >> 32) & mask }

        mutating func insert(_ x: UInt64) {
            guard x != 0 else { return }
            let mask = slots.count - 1
            var i = Self.slot(x, mask)
            while slots[i] != 0 {
                if slots[i] == x { return }
                i = (i + 1) & mask
            }
            slots[i] = x
        }

        @inline(__always) static func contains(_ s: UnsafeBufferPointer<UInt64>, _ x: UInt64) -> Bool {
            let mask = s.count - 1
            var i = slot(x, mask)
            while true {
                let v = s[i]
                if v == x { return x != 0 }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds the weights of token `i`'s features to its emissions `e` (one per tag).
    @inline(__always)
    func features(_ h: UnsafeBufferPointer<Info>, _ i: Int, _ lo: Int, _ hi: Int, _ lineFlags: Int, _ gp: UInt8, _ go: UInt8,
                  _ capMid: UnsafeBufferPointer<UInt64>, _ lowSeen: UnsafeBufferPointer<UInt64>,
                  _ ri: UnsafePointer<UInt64>, _ w: UnsafePointer<Int8>, _ e: UnsafeMutablePointer<Int32>) {
        let mask = UInt64((1 << rowBits) - 1)
        var acc = SIMD8<Int32>(), last: Int32 = 0
        @inline(__always) func f(_ template: UInt64, _ value: UInt64) {
            var x = value ^ (template &* 0x9E3779B97F4A7C15)
            x = x &* 0xFF51AFD7ED558CCD
            x ^= x >> 33
            let r = Int(x & mask), b = 2 * (r >> 6)
            let bits = ri[b], bit = UInt64(1) << UInt64(r & 63)
            let p = w + (bits & bit != 0 ? Int(ri[b + 1]) + (bits & (bit &- 1)).nonzeroBitCount + 1 : 0) * 9
            acc &+= SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Int8>.self))
            last &+= Int32(p[8])
        }
        @inline(__always) func W(_ k: Int) -> UInt64 { k < lo ? 1 : k >= hi ? 2 : h[k].word }
        @inline(__always) func S(_ k: Int) -> UInt64 { k < lo ? 1 : k >= hi ? 2 : h[k].shape }
        @inline(__always) func L(_ k: Int) -> UInt16 { k < lo || k >= hi ? 0 : h[k].lists }
        @inline(__always) func bits(_ template: UInt64, _ m0: UInt16) {
            // Straight to each set bit: most words are in one list or none.
            var m = m0
            while m != 0 {
                f(template, UInt64(m.trailingZeroBitCount))
                m &= m &- 1
            }
        }
        let t = h[i]
        let w0 = t.word, s0 = t.shape
        let (wm1, wp1, sm1, sp1) = (W(i - 1), W(i + 1), S(i - 1), S(i + 1))
        f(0, 0); f(1, w0); f(2, wm1); f(3, wp1); f(4, W(i - 2)); f(5, W(i + 2))
        f(6, s0); f(7, sm1); f(8, sp1); f(9, S(i - 2)); f(10, S(i + 2))
        f(11, Self.comb(wm1, w0)); f(12, Self.comb(w0, wp1))
        f(13, Self.comb(sm1, s0)); f(14, Self.comb(s0, sp1))
        f(15, Self.comb(Self.comb(sm1, s0), sp1))
        let n = t.length
        if n >= 1 { f(16, t.prefix.0); f(20, t.suffix.0) }
        if n >= 2 { f(17, t.prefix.1); f(21, t.suffix.1) }
        if n >= 3 { f(18, t.prefix.2); f(22, t.suffix.2) }
        if n >= 4 { f(19, t.prefix.3); f(23, t.suffix.3) }
        f(24, t.cased)
        let flags = UInt64((t.initial ? 1 : 0) | lineFlags)
        f(25, Self.comb(flags, s0))
        if flags != 0 { f(26, Self.comb(flags, w0)) }
        bits(29, L(i))
        bits(30, L(i - 1))
        bits(31, L(i + 1))
        if gp != 0 { f(32, UInt64(gp)) }
        if go != 0 { f(33, UInt64(go)) }
        if t.isWord, t.cap || t.allCaps {
            let d = UInt64((HashSet.contains(capMid, w0) ? 1 : 0) | (HashSet.contains(lowSeen, w0) ? 2 : 0))
            f(34, Self.comb(d, flags))
            f(35, Self.comb(d, s0))
        }
        f(36, Self.comb(wm1, s0))
        f(37, Self.comb(s0, wp1))
        acc &*= SIMD8(repeating: step)
        for y in 0..<8 { e[y] = acc[y] }
        e[8] = last &* step
    }

    /// Buffers for `viterbi`, kept across the sentences of a text.
    struct Viterbi {
        var back: [UInt8] = []
        var out: [UInt8] = []
        init(capacity: Int) {}
    }

    /// Best tag sequence under the BIO constraints; ties go to the lower tag number, as numpy's
    /// argmax. In C (`archive_entity_viterbi`), which weighs only the steps BIO allows.
    /// The tags go to `buffers.out[0..<n]`.
    func viterbi(_ e: UnsafeBufferPointer<Int32>, _ n: Int, _ buffers: inout Viterbi) {
        guard n > 0 else { return }
        if buffers.back.count < n * Self.tagCount {
            buffers.back = [UInt8](repeating: 0, count: n * Self.tagCount * 2)
            buffers.out = [UInt8](repeating: 0, count: n * 2)
        }
        transitions.withUnsafeBufferPointer { tr in
            buffers.back.withUnsafeMutableBufferPointer { back in
                buffers.out.withUnsafeMutableBufferPointer { out in
                    archive_entity_viterbi(e.baseAddress!, n, tr.baseAddress!, back.baseAddress!, out.baseAddress!)
                }
            }
        }
    }
}
