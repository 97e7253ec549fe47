import Testing
@testable import Archive

/// The tagger's feature scores in C (`archive_entity_emissions`), which sum the features that read
/// one token alone once per distinct token of a text, against each feature scored on its own as
/// the Swift tagger did before (kept here as the reference): every score of every token must be
/// equal, on texts that repeat words in other cases, shapes, lines and neighbours.
@Suite struct EntityTaggerScoresTests {
    static let texts = [
        // A name and a common word repeated, at a sentence's start and inside it, in capitals and not.
        "Orlan Petrov met Petrov's lawyers in Sofia. Petrov said Sofia was calm. SOFIA, the city, was calm too.\nPetrov left.",
        // A headline in title case, one in capitals, then prose that repeats their words.
        "Markets Rally As Traders Return From Holiday\nTRADERS RETURN\nTraders return to the markets, and the markets rally.",
        // Words outside ASCII, an apostrophe inside a name, numbers and punctuation repeated.
        "Zoë Kövári of Łódź met Sha’ab al-Kahf in Zürich on 3 May, 2021 ; Kövári and Zoë met again on 4 May, 2021 .",
        // One token alone, and the same word as a one-token sentence and inside a longer one.
        "Acme",
        "Acme.\nAcme Holdings bought Acme Tools from the acme of the trade .",
    ]

    @Test func scoresEqualEachFeatureScoredAlone() {
        let tagger = EntityTagger.shared
        for text in Self.texts {
            let input = EntityText(text)
            let tokens = EntityTokenizer.tokens(input)
            let features = EntityTagger.Features(tokens, input, tagger)
            let scores = tagger.emissions(features)
            #expect(scores.count == tokens.count * EntityTagger.tagCount)
            #expect(scores == Self.reference(features, tagger), "\(text)")
            // Not all zeros: the scores are the model's.
            #expect(scores.contains { $0 != 0 })
        }
    }

    /// The gazetteer's keys by bucket (`SortedKeys`) find what a set of them finds, for tables of
    /// no key, one, and many, and keys at both ends of the range.
    @Test func sortedKeysFindWhatASetFinds() {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        for n in [0, 1, 2, 3, 64, 5000] {
            var keys = (0..<n).map { _ in next() }
            if n >= 3 { keys[0] = 0; keys[1] = .max; keys[2] = 1 << 63 }
            let table = EntityTagger.SortedKeys(keys), set = Set(keys)
            #expect(keys.allSatisfy(table.contains))
            for x in (0..<2000).map({ _ in next() }) + [0, 1, .max, .max - 1, 1 << 63, (1 << 63) - 1] {
                #expect(table.contains(x) == set.contains(x), "n \(n), key \(x)")
            }
        }
    }

    static func comb(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* EntityTagger.fnvPrime) ^ b }

    static func contains(_ s: [UInt64], _ x: UInt64) -> Bool {
        s.withUnsafeBufferPointer { EntityTagger.HashSet.contains($0, x) }
    }

    static func reference(_ text: EntityTagger.Features, _ tagger: EntityTagger) -> [Int32] {
        let h = text.info
        var out: [Int32] = []
        let mask = UInt64((1 << tagger.rowBits) - 1)
        for (lo, hi, lineFlags) in text.sentences {
            for i in lo..<hi {
                var acc = [Int32](repeating: 0, count: EntityTagger.tagCount)
                func f(_ template: UInt64, _ value: UInt64) {
                    var x = value ^ (template &* 0x9E3779B97F4A7C15)
                    x = x &* 0xFF51AFD7ED558CCD
                    x ^= x >> 33
                    let r = Int(x & mask), b = 2 * (r >> 6)
                    let bits = tagger.rowIndex[b], bit = UInt64(1) << UInt64(r & 63)
                    let row = bits & bit != 0 ? Int(tagger.rowIndex[b + 1]) + (bits & (bit &- 1)).nonzeroBitCount + 1 : 0
                    for y in 0..<EntityTagger.tagCount { acc[y] &+= Int32(tagger.weights[row * EntityTagger.tagCount + y]) }
                }
                func W(_ k: Int) -> UInt64 { k < lo ? 1 : k >= hi ? 2 : h[k].word }
                func S(_ k: Int) -> UInt64 { k < lo ? 1 : k >= hi ? 2 : h[k].shape }
                func L(_ k: Int) -> UInt16 { k < lo || k >= hi ? 0 : h[k].lists }
                func bits(_ template: UInt64, _ m: UInt16) {
                    for b in 0..<16 where m & (1 << b) != 0 { f(template, UInt64(b)) }
                }
                let t = h[i]
                let w0 = t.word, s0 = t.shape
                let (wm1, wp1, sm1, sp1) = (W(i - 1), W(i + 1), S(i - 1), S(i + 1))
                f(0, 0); f(1, w0); f(2, wm1); f(3, wp1); f(4, W(i - 2)); f(5, W(i + 2))
                f(6, s0); f(7, sm1); f(8, sp1); f(9, S(i - 2)); f(10, S(i + 2))
                f(11, comb(wm1, w0)); f(12, comb(w0, wp1))
                f(13, comb(sm1, s0)); f(14, comb(s0, sp1))
                f(15, comb(comb(sm1, s0), sp1))
                let n = t.length
                if n >= 1 { f(16, t.prefix.0); f(20, t.suffix.0) }
                if n >= 2 { f(17, t.prefix.1); f(21, t.suffix.1) }
                if n >= 3 { f(18, t.prefix.2); f(22, t.suffix.2) }
                if n >= 4 { f(19, t.prefix.3); f(23, t.suffix.3) }
                f(24, t.cased)
                let flags = UInt64((t.initial ? 1 : 0) | lineFlags)
                f(25, comb(flags, s0))
                if flags != 0 { f(26, comb(flags, w0)) }
                bits(29, L(i))
                bits(30, L(i - 1))
                bits(31, L(i + 1))
                let (gp, go) = (text.gaz[2 * i], text.gaz[2 * i + 1])
                if gp != 0 { f(32, UInt64(gp)) }
                if go != 0 { f(33, UInt64(go)) }
                if t.isWord, t.cap || t.allCaps {
                    let d = UInt64((contains(text.capMid.slots, w0) ? 1 : 0) | (contains(text.lowSeen.slots, w0) ? 2 : 0))
                    f(34, comb(d, flags))
                    f(35, comb(d, s0))
                }
                f(36, comb(wm1, s0))
                f(37, comb(s0, wp1))
                out += acc.map { $0 &* tagger.step }
            }
        }
        return out
    }
}
