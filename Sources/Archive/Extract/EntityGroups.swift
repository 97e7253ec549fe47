/// Turns linked candidates into mentions: one type, display name and key per entity, and the
/// entity's longer names found again where the first pass missed them (`Companions of the cave`).
extension EntityResolver {
    struct Group {
        var type: EntityType
        var name: String
        var key: String
        var place: EntityLexicon.Place?
    }

    mutating func mentions() -> [EntityMention] {
        var members: [Int: [Int]] = [:]
        for i in cands.indices { members[find(i), default: []].append(i) }
        var groups: [Int: Group] = [:]
        for (root, ids) in members {
            if let g = group(ids) { groups[root] = g }
        }
        regionsOfTheText(&groups, members)
        var kept = cands.indices.filter { groups[find($0)] != nil }.map { (cand: cands[$0], root: find($0)) }
        kept += refound(kept.map(\.cand), groups: groups)
        kept.sort { $0.cand.lo < $1.cand.lo || ($0.cand.lo == $1.cand.lo && $0.cand.hi > $1.cand.hi) }
        var out: [EntityMention] = []
        var lastHi = -1
        for (c, root) in kept where (c.from ?? c.lo) >= lastHi {
            lastHi = c.hi
            let g = groups[root]!
            let lo = c.from ?? c.lo
            out.append(EntityMention(text: spans.text(lo, c.hi), start: spans.t[lo].start, end: spans.t[c.hi - 1].end,
                                     sentence: spans.t[lo].sentence, type: g.type, name: g.name, key: g.key,
                                     code: g.place?.code, country: g.place?.country))
        }
        return out
    }

    /// `Maryland` beside `Baltimore`: a region whose name regions of other countries share is the one
    /// in the country the text's other places are in (by their mentions); a text whose places point
    /// to none of them keeps the lexicon's first (one far more peopled than the others, else the
    /// gazetteer's first).
    /// (Ordering namesakes by the number of the gazetteer's towns of their countries was tried
    /// first: a country's size, not the region's, took Cameroon's `Nord-Ouest` for Haiti's.)
    private func regionsOfTheText(_ groups: inout [Int: Group], _ members: [Int: [Int]]) {
        let namesakes = spans.lex.regionNamesakes
        func shared(_ g: Group) -> [EntityLexicon.Place]? {
            guard let code = g.place?.code, code.utf8.count > 2 else { return nil }
            return namesakes[code]
        }
        guard groups.values.contains(where: { shared($0) != nil }) else { return }
        var countries: [String: Int] = [:]
        for (root, g) in groups where g.type == .place {
            guard let p = g.place, !p.country.isEmpty, shared(g) == nil else { continue }
            countries[p.country, default: 0] += members[root]?.count ?? 1
        }
        for (root, g) in groups {
            guard let options = shared(g) else { continue }
            let best = options.enumerated().max { a, b in
                (countries[a.element.country] ?? 0, -a.offset) < (countries[b.element.country] ?? 0, -b.offset)
            }!.element
            guard countries[best.country] != nil, best.code != g.place?.code else { continue }
            groups[root] = Group(type: .place, name: best.name, key: "place:" + best.code!, place: best)
        }
    }

    private func group(_ ids: [Int]) -> Group? {
        // Each type's summed strength, nil for a type no member has; in `EntityType.allCases` order.
        var score: [Int?] = [nil, nil, nil]
        func slot(_ type: EntityType) -> Int { type == .person ? 0 : type == .org ? 1 : 2 }
        for i in ids { if let type = cands[i].type { score[slot(type)] = (score[slot(type)] ?? 0) + cands[i].strength } }
        // A capitalised word no list knows, seen inside a sentence: most often a company, team or party.
        if score.allSatisfy({ $0 == nil }), ids.filter({ !spans.t[cands[$0].lo].initial }).count >= 2 { score[slot(.org)] = 1 }
        guard var type = EntityType.allCases.filter({ score[slot($0)] != nil }).max(by: { score[slot($0)]! < score[slot($1)]! }) else {
            return nil
        }
        // `Harbury boss Callum Strachan … said Strachan`: a full name a title or a cue shows to be a
        // person's is one, whatever the tagger made of the surname alone around it.
        if type != .person, score[0] != nil, ids.count > 1, ids.contains(where: { cands[$0].type == .person && cands[$0].words.count >= 2 && cands[$0].strength >= 2 && !cands[$0].guess }),
           !ids.contains(where: { cands[$0].type != nil && cands[$0].type != .person && cands[$0].words.count >= 2 }) {
            type = .person
        }
        let typed = ids.filter { cands[$0].type == type || cands[$0].type == nil }
        if type == .place, let place = typed.lazy.compactMap({ cands[$0].place }).first {
            let key = place.code ?? "\(place.country):\(EntityKey.bare(EntityKey.words(place.name)))"
            return Group(type: type, name: place.name, key: "place:" + key, place: place)
        }
        if let known = typed.lazy.compactMap({ cands[$0].known }).first {
            return Group(type: type, name: known, key: "\(type.rawValue):" + EntityCandidate.keyWords(known, type))
        }
        // The spelled-out name before an acronym, else the longest; a name without `of the`
        // beats a translation when the text gives both.
        let plain = typed.contains { !cands[$0].words.contains("of") }
        func rank(_ i: Int) -> Int {
            let c = cands[i]
            return (c.defined ? 100 : 0) + (c.acronym ? -50 : 0) + c.words.count * 2 - (plain && c.words.contains("of") ? 5 : 0)
        }
        let best = typed.max { rank($0) < rank($1) || (rank($0) == rank($1) && $0 > $1) }!
        let name = EntityCandidate.display(spans.text(cands[best].lo, cands[best].hi))
        return Group(type: type, name: name, key: "\(type.rawValue):" + EntityCandidate.keyWords(name, type))
    }

    /// Multi-word names of the text's entities, matched again ignoring case after the first word.
    private mutating func refound(_ found: [EntityCandidate], groups: [Int: Group]) -> [(cand: EntityCandidate, root: Int)] {
        var covered = Set<Int>()
        var names: [String: [([String], Int)]] = [:]
        for (i, c) in cands.enumerated() where groups[find(i)] != nil {
            if c.words.count >= 2, c.words.contains("of") { names[c.words[0], default: []].append((c.words, i)) }
        }
        guard !names.isEmpty else { return [] }
        for c in found { covered.formUnion(c.lo..<c.hi) }
        var out: [(cand: EntityCandidate, root: Int)] = []
        let t = spans.t
        var k = 0
        while k < t.count {
            guard t[k].isWord, t[k].cap, !covered.contains(k), let options = names[EntityKey.word(t[k].lower)] else { k += 1; continue }
            var matched = false
            for (words, i) in options {
                var got: [String] = [], j = k
                while got.count < words.count, j < t.count, t[j].isWord, !covered.contains(j) {
                    got += EntityKey.words(t[j].text)
                    j += 1
                }
                guard got == words else { continue }
                var c = cands[i]
                (c.lo, c.hi, c.from) = (k, j, nil)
                out.append((c, find(i)))
                k = j
                matched = true
                break
            }
            if !matched { k += 1 }
        }
        return out
    }
}

extension EntityCandidate {
    /// The words of a key: folded, and for organisations stemmed so that `Coordinating
    /// Committee` and `Coordination Committee` share one.
    static func keyWords(_ name: String, _ type: EntityType) -> String {
        let words = EntityKey.words(name)
        return (type == .org ? words.map(EntityKey.stem) : words).joined(separator: " ")
    }

    /// Display names without diacritics and with straight apostrophes, case kept.
    static func display(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            out.append(EntityKey.isApostrophe(s) ? "'" : s)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }
}
