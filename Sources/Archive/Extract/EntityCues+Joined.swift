/// Names the tagger cuts at `and` or gives a type the rest of the sentence denies: a title of
/// several words joined by `and` under one head (`Belt and Road Initiative`), a state whose name
/// lists two places after `of` (`Patriotic Front of Chad and the Sahel`), and a place named by its
/// lie of the land after a word that is no given name (`on Capitol Hill`).
extension EntitySpans {
    /// `Belt and Road Initiative`, `Health and Safety Executive`: one capitalised word, `and`, and a
    /// run ending in a head noun (`EntityMark.nameHead`) are one name, when the first word names
    /// nothing alone (no place, no given name, no name a list knows) and neither part is named
    /// alone elsewhere in the text.
    /// `Patriotic Front of Chad and the Sahel`: a name that is no place, ending `of` and a place, then
    /// `and` and another place, is one name. Runs are read in place; only a joined pair is copied.
    func joinAcrossAnd(_ out: inout [EntityCandidate]) {
        guard out.count >= 2 else { return }
        var k = out.count - 2
        while k >= 0 {
            defer { k -= 1 }
            let (a, b) = (out[k], out[k + 1])
            let and = a.hi
            // `and` by its length and the stop list's bit before its string.
            guard and + 1 < t.count, t[and].end - t[and].start == 3, t[and].lists.contains(.stop), t[and].lower == "and", t[and].sentence == t[a.lo].sentence, b.lo > and,
                  b.hi - 1 < t.count, t[b.hi - 1].sentence == t[a.lo].sentence else { continue }
            var joined: EntityType?, lo = a.lo
            if b.lo == and + 1, let type = headed(a, b, owner: k > 0 ? out[k - 1] : nil),
               !namedAlone(a.words, out) && !namedAlone(words(b.lo, b.hi - 1), out) { joined = type }
            if joined == nil, b.lo == and + 1 || b.lo == and + 2 && t[and + 1].lower == "the" {
                joined = placesAfterOf(a, b)
                // `Islamic State of …`, `Patriotic Front of …`: the tagger leaves a word of its own type (CoNLL's MISC) before the name.
                if joined != nil, lo > 0, t[lo - 1].isWord, t[lo - 1].cap, !t[lo - 1].initial, !t[lo - 1].lists.contains(.stop),
                   t[lo - 1].sentence == t[lo].sentence, k == 0 || out[k - 1].hi < lo { lo -= 1 }
            }
            guard let type = joined else { continue }
            var c = EntityCandidate(lo: lo, hi: b.hi, type: type, strength: 3, words: words(lo, b.hi), acronym: false)
            if type == .place { c.place = lex.place(EntityKey.bare(c.words)) }
            out[k] = c
            out.remove(at: k + 1)
        }
    }

    /// The type of `Belt and Road Initiative` from its two runs, or nil when they are two names.
    private func headed(_ a: EntityCandidate, _ b: EntityCandidate, owner: EntityCandidate?) -> EntityType? {
        let last = b.hi - 1
        // The first word starts its run: `Farmers' Federation and Valley Youth Forum` lists two
        // bodies; a place's possessive before it is no part of it (`China's Belt and Road Initiative`).
        func possessive(_ k: Int) -> Bool { t[k].lower == "s" || t[k].lower.unicodeScalars.first.map(EntityKey.isApostrophe) == true }
        var p = a.lo
        while p > a.lo - 2, p > 0, possessive(p - 1) { p -= 1 }
        // A capitalised `The` opening the sentence is no part of a name either (`The Belt and Road Initiative will`).
        let starts = a.lo == 0 || t[a.lo - 1].sentence != t[a.lo].sentence
            || (!t[a.lo - 1].cap || t[a.lo - 1].lists.contains(.stop)) && !possessive(a.lo - 1)
            || p < a.lo && owner.map { $0.type == .place && $0.hi == p } == true
        guard starts, a.hi - a.lo == 1, b.hi - b.lo >= 2, t[a.lo].cap, !t[a.lo].allCaps, a.known == nil, a.place == nil,
              !t[a.lo].lists.contains(.firstNames), !t[a.lo].lists.contains(.demonyms),
              t[last].cap, t[last].marks.contains(.nameHead),
              (b.lo..<b.hi).allSatisfy({ t[$0].cap || t[$0].lists.contains(.connectors) }),
              lex.place(EntityKey.bare(a.words)) == nil else { return nil }
        return .org
    }

    /// Whether the text names `words` alone elsewhere (`Google` beside `Froogle and Google News`):
    /// then a run ending in them is a list of names, not one.
    private func namedAlone(_ words: [String], _ out: [EntityCandidate]) -> Bool {
        out.contains { $0.words == words && ($0.hi >= t.count || t[$0.hi].lower != "and") && ($0.lo == 0 || t[$0.lo - 1].lower != "and") }
    }

    /// The type of `Patriotic Front of Chad and the Sahel` from its two runs, or nil.
    private func placesAfterOf(_ a: EntityCandidate, _ b: EntityCandidate) -> EntityType? {
        guard a.hi - a.lo >= 3, lex.place(EntityKey.bare(a.words)) == nil,
              let of = (a.lo + 1..<a.hi - 1).last(where: { t[$0].lower == "of" }),
              lex.place(EntityKey.bare(words(of + 1, a.hi))) != nil,
              b.type == .place || b.place != nil || lex.place(EntityKey.bare(b.words)) != nil,
              // `… and the Sahel's fighters`: the place owns what follows, it ends no name.
              b.hi >= t.count || t[b.hi].lower != "s" && t[b.hi].lower.unicodeScalars.first.map(EntityKey.isApostrophe) != true
        else { return nil }
        let whole = words(a.lo, b.hi)
        return lex.place(EntityKey.bare(whole)) != nil ? .place : .org
    }

    /// `… Union official`, `… Union leaders`: a lowercase role or body's word after the name, which
    /// the name then qualifies (`a former Union official` is a person's past, not a state's).
    private func beforeRole(_ hi: Int) -> Bool {
        hi < t.count && t[hi].isWord && !t[hi].cap && t[hi].sentence == t[hi - 1].sentence
            && (t[hi].lists.contains(.titles) || t[hi].lists.contains(.orgCues) || isRoleWord(hi))
    }

    /// `on Capitol Hill`, `in Primrose Hill`: a person's name of two words whose second is a lie of
    /// the land (`EntityMark.landName`: `Hill`, `Park`, `Green` are surnames too) and whose first is
    /// no given name, that the text puts after a preposition of place, is a place, in all its
    /// mentions of the text. `Damon Hill`, `Ann Park` stay people.
    func landNames(_ out: inout [EntityCandidate]) {
        guard marks.contains(.landName) else { return }
        var places: [[String]] = []
        for c in out where c.type == .person && c.hi - c.lo == 2 && isLandName(c.lo) && c.lo > 0
            && t[c.lo - 1].isWord && !t[c.lo - 1].cap && Self.landPrepositions.contains(t[c.lo - 1].lower) {
            places.append(c.words)
        }
        guard !places.isEmpty else { return }
        for k in out.indices where out[k].type == .person && out[k].hi - out[k].lo == 2 && places.contains(out[k].words) {
            (out[k].type, out[k].strength, out[k].guess) = (.place, 3, false)
            out[k].place = lex.place(EntityKey.bare(out[k].words))
        }
    }

    private func isLandName(_ lo: Int) -> Bool {
        t[lo + 1].cap && t[lo + 1].marks.contains(.landName) && t[lo].cap && !t[lo].allCaps
            && !t[lo].lists.contains(.firstNames) && !t[lo].lists.contains(.titles)
    }

    private static let landPrepositions: Set<String> = ["on", "in", "at", "near", "across", "around", "outside", "to", "from"]

    /// `the former Soviet Union`, `the former Federal Republic of Yugoslavia`: a name whose head is a
    /// polity's (`EntityMark.polity`) after `the former` is a state that was, a place, in all its
    /// mentions of the text; `a former Union official`, `former Union leaders` speak of a person's
    /// past and stay as they were.
    func formerStates(_ out: inout [EntityCandidate]) {
        guard marks.contains(.polity) else { return }
        var states: [[String]] = []
        for c in out where c.type == .org && c.hi - c.lo >= 2 && c.lo > 0 && t[c.hi - 1].cap && t[c.hi - 1].marks.contains(.polity)
            && t[c.lo - 1].lower == "former" && !(c.lo >= 2 && (t[c.lo - 2].lower == "a" || t[c.lo - 2].lower == "an")) && !beforeRole(c.hi) {
            states.append(c.words)
        }
        guard !states.isEmpty else { return }
        for k in out.indices where out[k].type == .org && states.contains(out[k].words) {
            (out[k].type, out[k].strength, out[k].known, out[k].guess) = (.place, 3, nil, false)
        }
    }
}
