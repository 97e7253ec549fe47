import CEntityModel

/// A statistical tagger for people, organisations and places (and MISC, learned so that its words
/// are not taken for the others): an averaged perceptron over hashed features of the tokens
/// around each word, decoded with first-order Viterbi under BIO constraints. Trained by
/// scripts/train-entity-tagger.py on CoNLL-2003 English eng.train; the features below must stay
/// the script's, number for number (EntityTaggerTests checks the tags of both).
///
/// Features are FNV-1a hashes over UTF-8 bytes mixed with a template number into a row of a
/// table of 2^18 × 9 weights, scored in C (`archive_entity_emissions`): no string is built per
/// feature. Only the rows training gave weights are
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
    let placeKeys: SortedKeys
    let orgKeys: SortedKeys

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
        placeKeys = SortedKeys((0..<places).map { _ in u64() })
        orgKeys = SortedKeys((0..<orgs).map { _ in u64() })
    }

    // MARK: hashing, as in the script

    static let fnvOffset: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    @inline(__always) static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* fnvPrime }

    // The features' mixing of a template and a value into a row is in C (Sources/CEntityModel/features.c).

    /// A token's hashes and what the features ask of it, worked out once: a plain C value (no
    /// strings) that the feature scoring in C reads (`archive_entity_emissions`).
    typealias Info = archive_entity_token

    /// Tags every token of `t`: the BIO tag of each, by sentence.
    func tag(_ t: [EntityToken], _ input: EntityText) -> [Tag] {
        var out = [Tag](repeating: .o, count: t.count)
        guard !t.isEmpty else { return out }
        let text = Features(t, input, self)
        let emissions = self.emissions(text)
        var scratch = Viterbi(capacity: 0)
        emissions.withUnsafeBufferPointer { e in
            for (lo, hi, _) in text.sentences {
                viterbi(UnsafeBufferPointer(rebasing: e[(lo * Self.tagCount)..<(hi * Self.tagCount)]), hi - lo, &scratch)
                for i in 0..<(hi - lo) { out[lo + i] = Tag(rawValue: Int(scratch.out[i]))! }
            }
        }
        return out
    }

    /// What the features read of a text: each token's `Info`, the sentences, the document's words
    /// written capitalised inside a sentence or in lowercase, and the gazetteer's matches.
    struct Features {
        var info: [Info]
        /// lo, hi, line flags (2: capitals line, 4: title case).
        var sentences: [(Int, Int, Int)] = []
        var capMid: HashSet, lowSeen: HashSet
        /// Per token, place then organisation (`gazetteer`).
        var gaz: [UInt8]

        init(_ t: [EntityToken], _ input: EntityText, _ tagger: EntityTagger) {
            let count = t.count
            // The text's bytes with ASCII capitals lowered, in one pass: an ASCII token's lowercase bytes
            // stand where its bytes do. A token with other letters gets its `lower` after the text's bytes.
            var lower = [UInt8](unsafeUninitializedCapacity: input.utf8.count) { l, n in
                input.utf8.withUnsafeBufferPointer { b in
                    for k in b.indices { let c = b[k]; l[k] = c &- 0x41 < 26 ? c | 0x20 : c }
                }
                n = input.utf8.count
            }
            var info = [Info](repeating: Info(), count: count)
            input.utf8.withUnsafeBufferPointer { bytes in
                input.offsets.withUnsafeBufferPointer { offsets in
                    input.scalars.withUnsafeBufferPointer { scalars in
                        t.withUnsafeBufferPointer { tokens in
                            info.withUnsafeMutableBufferPointer { h in
                                for k in 0..<count {
                                    let (a, b) = (Int(offsets[tokens[k].start]), Int(offsets[tokens[k].end]))
                                    var ascii = true
                                    var cased = EntityTagger.fnvOffset
                                    for j in a..<b {
                                        let c = bytes[j]
                                        cased = EntityTagger.fnv(cased, c)
                                        if c >= 0x80 { ascii = false }
                                    }
                                    h[k].cased = cased
                                    if ascii {
                                        (h[k].lowerStart, h[k].length) = (a, b - a)
                                    } else {
                                        h[k].lowerStart = lower.count
                                        lower.append(contentsOf: tokens[k].lower.utf8)
                                        h[k].length = lower.count - h[k].lowerStart
                                    }
                                    EntityTagger.fill(&h[k], tokens, k, scalars)
                                }
                            }
                        }
                    }
                }
            }
            lower.withUnsafeBufferPointer { l in
                info.withUnsafeMutableBufferPointer { h in
                    for k in 0..<count { EntityTagger.hashes(&h[k], l.baseAddress! + h[k].lowerStart) }
                }
            }
            var sentences: [(Int, Int, Int)] = []
            var capMid = HashSet(count: count), lowSeen = HashSet(count: count)
            info.withUnsafeBufferPointer { h in
                var lo = 0
                while lo < count {
                    var hi = lo + 1
                    while hi < count, h[hi].sentence == h[lo].sentence { hi += 1 }
                    var lettered = 0, caps = 0, long = 0, longCap = 0
                    for k in lo..<hi where h[k].isWord {
                        if h[k].letters >= 2 { lettered += 1; if h[k].allCaps { caps += 1 } }
                        if h[k].isLong { long += 1; if h[k].cap { longCap += 1 } }
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
                    sentences.append((lo, hi, (capsLine ? 2 : 0) | (titleLine ? 4 : 0)))
                    lo = hi
                }
            }
            var gaz = [UInt8](repeating: 0, count: 2 * count)
            info.withUnsafeBufferPointer { h in
                lower.withUnsafeBufferPointer { lw in tagger.gazetteer(h, lw, &gaz) }
            }
            (self.info, self.sentences, self.capMid, self.lowSeen, self.gaz) = (info, sentences, capMid, lowSeen, gaz)
        }
    }

    /// The 9 emission scores of every token (`tagCount` per token), scored in C
    /// (`archive_entity_emissions`).
    func emissions(_ text: Features) -> [Int32] {
        let count = text.info.count
        var emissions = [Int32](repeating: 0, count: count * Self.tagCount)
        guard count > 0 else { return emissions }
        text.info.withUnsafeBufferPointer { h in
            weights.withUnsafeBufferPointer { w in
                rowIndex.withUnsafeBufferPointer { ri in
                    var model = archive_entity_weights(rowIndex: ri.baseAddress!, weights: w.baseAddress!, rowMask: UInt64((1 << rowBits) - 1), step: step)
                    let scorer = archive_entity_scorer_new(h.baseAddress!, count, &model)
                    defer { archive_entity_scorer_free(scorer) }
                    emissions.withUnsafeMutableBufferPointer { e in
                        text.gaz.withUnsafeBufferPointer { g in
                            text.capMid.slots.withUnsafeBufferPointer { cm in
                                text.lowSeen.slots.withUnsafeBufferPointer { ls in
                                    for (lo, hi, lineFlags) in text.sentences {
                                        archive_entity_emissions(scorer, lo, hi, Int32(lineFlags), g.baseAddress!, cm.baseAddress!, ls.baseAddress!,
                                                                 cm.count, &model, e.baseAddress! + lo * Self.tagCount)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return emissions
    }

    /// The hashes of a token's lowercase bytes `p[0..<length]`: the word's, passing through its
    /// prefixes' on the way, and its suffixes'.
    @inline(__always) static func hashes(_ h: inout Info, _ p: UnsafePointer<UInt8>) {
        let n = h.length
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

    /// The rest of a token's `Info`: its shape (X, x, d, the character itself if ASCII, else `?`;
    /// runs collapsed) and what the tokenizer found.
    @inline(__always) static func fill(_ h: inout Info, _ tokens: UnsafeBufferPointer<EntityToken>, _ k: Int, _ sc: UnsafeBufferPointer<Unicode.Scalar>) {
        let (start, end) = (tokens[k].start, tokens[k].end)
        var s = fnvOffset
        var last: UInt8 = 0
        var letters = 0
        for j in start..<end {
            let c = sc[j]
            let kind: UInt8
            if EntityTokenizer.isUpper(c) { kind = 0x58; letters += 1 }
            else if EntityTokenizer.isLower(c) { kind = 0x78; letters += 1 }
            else if c.value >= 0x30 && c.value <= 0x39 { kind = 0x64 }
            else if c.value < 0x80 { kind = UInt8(c.value) }
            else { kind = 0x3F }
            if kind != last { s = fnv(s, kind) }
            last = kind
        }
        h.lowerFirst = EntityTokenizer.isLower(sc[start])
        h.shape = s
        h.letters = letters
        h.lists = UInt16(truncatingIfNeeded: tokens[k].lists.intersection(.tagged).rawValue)
        h.sentence = tokens[k].sentence
        (h.isWord, h.cap, h.allCaps, h.initial) = (tokens[k].isWord, tokens[k].cap, tokens[k].allCaps, tokens[k].initial)
        h.isLong = end - start > 3
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
                if placeKeys.contains(x) { Self.mark(&out, k, j, 0) }
                if orgKeys.contains(x) { Self.mark(&out, k, j, 1) }
                j += 1
            }
        }
    }

    /// Sorted hashes, with where the keys of each value of the top bits start: a look-up reads the
    /// one or two keys of its bucket. A binary search over the 13,000 places' keys, at every
    /// capitalised word and the up to three after it, cost more than the tagger's Viterbi.
    struct SortedKeys: Sendable {
        let keys: [UInt64]
        /// `keys` whose top bits are `b` are `keys[starts[b]..<starts[b + 1]]`.
        let starts: [Int32]
        let shift: UInt64

        init(_ keys: [UInt64]) {
            let sorted = keys.sorted()
            var bits = 0
            while bits < 20, 1 << bits < sorted.count { bits += 1 }
            shift = UInt64(64 - bits)
            var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
            // `x >> 64` is 0 in Swift: with no bits, every key is in bucket 0.
            for x in sorted { starts[Int(x >> shift) + 1] += 1 }
            for b in 0..<(1 << bits) { starts[b + 1] += starts[b] }
            (self.keys, self.starts) = (sorted, starts)
        }

        @inline(__always) func contains(_ x: UInt64) -> Bool {
            let b = Int(x >> shift)
            var k = Int(starts[b])
            let end = Int(starts[b + 1])
            while k < end {
                let v = keys[k]
                if v >= x { return v == x }
                k += 1
            }
            return false
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
