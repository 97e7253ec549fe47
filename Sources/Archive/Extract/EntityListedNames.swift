/// Names matched against the word lists: the gazetteer and the built-in organisations.
extension EntitySpans {
    /// A word-list name (gazetteer place, well-known organisation) in a line whose case says nothing.
    func listed(at i: Int) -> EntityCandidate? {
        for n in stride(from: 4, through: 1, by: -1) where i + n <= t.count {
            guard (i..<(i + n)).allSatisfy({ t[$0].isWord && t[$0].sentence == t[i].sentence && (t[$0].cap || t[$0].allCaps) }) else { continue }
            if n == 1, t[i].lists.contains(.stop) { return nil }
            if var c = lexicon(i, i + n) {
                if let place = c.place, place.code?.count != 2, teamCue(i, i + n, city: place.isCity) { (c.type, c.place) = (.org, nil) }
                return c
            }
        }
        return nil
    }

    func lexicon(_ lo: Int, _ hi: Int) -> EntityCandidate? {
        let words = self.words(lo, hi)
        if hi - lo == 1, t[lo].allCaps || t[lo].end - t[lo].start <= 6, let name = lex.acronyms[t[lo].text] {
            return EntityCandidate(lo: lo, hi: hi, type: .org, strength: 3, words: words, known: name, acronym: true)
        }
        if let name = lex.orgs[words.count == 1 ? words[0] : words.joined(separator: " ")] {
            return EntityCandidate(lo: lo, hi: hi, type: .org, strength: 3, words: words, known: name, acronym: false)
        }
        if words.count <= 5, let place = lex.place(EntityKey.bare(words)) {
            return EntityCandidate(lo: lo, hi: hi, type: .place, strength: 3, words: words, place: place, acronym: false)
        }
        return nil
    }
}
