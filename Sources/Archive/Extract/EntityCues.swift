/// The words around a run and inside it that tell what kind of thing it names.
extension EntitySpans {
    /// `Chicago Bulls`, `Boston Globe`: a place's name followed by more name is an organisation's.
    func placePrefix(_ lo: Int, _ hi: Int) -> Bool {
        for k in stride(from: min(hi - 1, lo + 3), to: lo, by: -1) where lex.place(EntityKey.bare(words(lo, k))) != nil {
            return !t[hi - 1].lists.contains(.placeHeads) && !t[k].lists.contains(.placeSuffixes)
        }
        return false
    }

    /// `Tajik`, `Congolese`: adjectives of nationality the word list lacks.
    func looksDemonym(_ k: Int) -> Bool {
        let w = t[k].lower
        // Every ending below is one of these letters; most words end otherwise.
        guard let end = w.utf8.last, end == 0x6E || end == 0x69 || end == 0x65 || end == 0x68 || end == 0x73 else { return false }
        for suffix in ["n", "an", "i", "ese", "ian", "ish"] where w.count > suffix.count + 3 && w.hasSuffix(suffix)
            && lex.place(String(w.dropLast(suffix.count))) != nil { return true }  // `Rwandan`, `Iraqi`
        guard w.hasSuffix("ian") || w.hasSuffix("ese") || w.hasSuffix("ish") || w.hasSuffix("ean") || w.hasSuffix("ans") else { return false }
        return !t[k].lists.contains(.firstNames) && lex.place(EntityKey.bare(EntityKey.words(w))) == nil
    }

    /// Roles news writes before a holder's name that the `[titles]` list lacks (`Tory Treasurer Lord
    /// Ashcroft`, `Tory Shadow Chancellor`, `Boss Graeme Souness`). Kept out of the word lists the
    /// tagger reads as features, whose weights were learned with the lists as they are.
    static let roleWords: Set<String> = ["treasurer", "shadow", "boss", "detective", "baroness", "taoiseach"]

    /// A title or a role: no part of a name.
    func isTitle(_ k: Int) -> Bool { t[k].lists.contains(.titles) || isRoleWord(k) }

    /// A word of `roleWords`. Its length and first letter are compared first: hashing every word of
    /// every run cost 0.6% of a pass.
    func isRoleWord(_ k: Int) -> Bool {
        let n = t[k].end - t[k].start
        guard n == 4 || n == 6 || n == 8 || n == 9 else { return false }
        // boss, baroness; shadow; treasurer, detective (the first letter from the text, in either case,
        // which costs less than the token's lowercase string)
        let first = input.scalars[t[k].start].value | 0x20
        guard n == 4 || n == 8 ? first == 0x62 : n == 6 ? first == 0x73 : first == 0x74 || first == 0x64 else { return false }
        return Self.roleWords.contains(t[k].lower)
    }

    /// The `of` right before `lo`, or before `the` there (`Secretary of | State`, `Chancellor of the |
    /// Exchequer`); nil for none. Lengths and the connectors' list first: it is asked of every span.
    func ofBefore(_ lo: Int) -> Int? {
        var k = lo - 1
        if k > 1, t[k].end - t[k].start == 3, !t[k].cap, t[k].lower == "the" { k -= 1 }
        return k > 0 && t[k].end - t[k].start == 2 && t[k].lists.contains(.connectors) && t[k].lower == "of" ? k : nil
    }

    /// Where the holder's name starts in `lo..<hi`, the words after a title and its `of`
    /// (`State Warren Kemp`, `the Exchequer Ann Lowe`): the first given name the list knows
    /// after a capitalised word, with a capitalised word after it; nil for none.
    func holder(after lo: Int, _ hi: Int) -> Int? {
        guard hi - lo >= 3, (lo..<hi).allSatisfy({ t[$0].cap || t[$0].lower == "the" || t[$0].lower == "and" }) else { return nil }
        guard let p = ((lo + 1)..<(hi - 1)).first(where: { t[$0].lists.contains(.firstNames) }) else { return nil }
        return t[p + 1].cap ? p : nil
    }

    /// The words between a title's `of` (at `lo - 1`, or `lo - 2` before `the`) and its holder at `p`:
    /// after a capitalised title, a portfolio of one word is none (`Secretary of State`, `Chancellor
    /// of the Exchequer`); otherwise they name what the holder heads (`chairman of Leeds`).
    func beforeHolder(_ lo: Int, _ p: Int, title: Int) -> [EntityCandidate] {
        t[title].cap && (lo..<p).filter({ t[$0].cap }).count < 2 ? [] : classify(lo, p)
    }

    /// `Shadow Education Secretary`, `Deputy Foreign Minister`: words between two titles that the
    /// text also writes in lowercase are the role's portfolio, no name (`Mr Blair Chancellor …`
    /// keeps `Blair`, which no text writes in lowercase).
    /// Also words of `portfolios`, which the text need not write in lowercase (`Deputy Foreign Minister`
    /// opens many a wire story).
    func isPortfolio(_ lo: Int, _ hi: Int) -> Bool {
        lo > 0 && hi - lo <= 2 && isTitle(lo - 1)
            && (lo..<hi).allSatisfy { t[$0].lists.contains(.portfolios) || !lowercase.isEmpty && lowercase.contains(Self.hash(t[$0].lower.utf8)) }
    }

    /// What a minister or secretary is in charge of (`Foreign`, `Interior`, `Home`): between two
    /// titles, part of the role, no name. Marked on each token by the lexicon's one lookup; the
    /// tagger does not read it (`Lists.tagged`).
    static let portfolios: Set<String> = [
        "foreign", "interior", "defence", "defense", "home", "finance", "health", "education", "economy", "economic",
        "trade", "energy", "environment", "culture", "transport", "transportation", "agriculture", "treasury", "industry",
        "communications", "information", "security", "development", "emergency", "emergencies", "tourism", "sports", "sport",
        "youth", "housing", "social", "affairs", "oil", "petroleum", "mines", "mining", "water", "fisheries",
        "telecommunications", "planning", "commerce", "immigration", "veterans", "intelligence", "budget", "public",
        "works", "digital", "science", "technology", "research", "welfare", "employment", "pensions", "climate",
        "cabinet", "business", "investment", "justice", "religious", "women", "family", "children", "labor", "refugees",
    ]

    /// `spokesman, Nasr al-Shammari`, `the commander Qassem Soleimani`, `R&B singer Usher`.
    func personCue(_ lo: Int) -> Bool {
        var k = lo - 1
        if k >= 0, t[k].text == "," { k -= 1 }
        // Also a role the titles list lacks (`Harbury boss Callum Strachan`), but not `shadow`, which
        // qualifies a title (`the shadow Cabinet`).
        return k >= 0 && t[k].isWord && !t[k].cap
            && (t[k].lists.contains(.titles) || t[k].marks.contains(.occupation) || isRoleWord(k) && t[k].lower != "shadow")
    }

    /// `al-Mayadeen television`, `(Ashab al-Kahf) brigade`, `a group known as X`.
    func orgCue(_ hi: Int) -> Bool {
        var k = hi
        while k < t.count, !t[k].isWord, [")", "]", "’", "'", "”", "\""].contains(t[k].text) { k += 1 }
        if k < t.count, t[k].isWord, !t[k].cap, t[k].lists.contains(.orgCues) || t[k].lists.contains(.orgHeads) { return true }
        return false
    }

    /// `Sunderland striker`, `Leeds 2 Bolton 1`, and for a city `Cleveland beat Texas 5-3`,
    /// `Bolton v Charlton`: the place's name stands for its team.
    func teamCue(_ lo: Int, _ hi: Int, city: Bool) -> Bool {
        if hi < t.count, t[hi].isWord, !t[hi].cap, t[hi].lists.contains(.positions) { return true }
        if tabular.contains(t[lo].sentence), hi < t.count, t[hi].lower != "v", scoreAfter(lo, hi) { return true }
        guard city else { return false }
        let sentence = t[lo].sentence
        return lo > 0 && t[lo - 1].sentence == sentence && t[lo - 1].lists.contains(.sportVerbs)
            || hi < t.count && t[hi].sentence == sentence && t[hi].lists.contains(.sportVerbs)
    }

    /// `9.5-0-44-1`, `10-0-41-2`: a player's figures, not a team's score.
    func isFigures(_ k: Int) -> Bool {
        t[k].text.utf8.reduce(0) { $0 + ($1 == 0x2D ? 1 : 0) } >= 2
    }

    /// `TV`, `DVD`, `GDP`, and `PCs` or `PC` in a text that writes `PCs`: an abbreviation that is
    /// a common noun. Names are not made plural; common nouns are. Also the feasts and seasons
    /// news capitalises (`Christmas`, `Ramadan`), which name no person, organisation or place.
    func isCommonWord(_ k: Int) -> Bool {
        if Self.isPluralAbbreviation(t[k].text) { return true }
        guard t[k].allCaps else { return t[k].cap && t[k].lists.contains(.common) }
        return t[k].lists.contains(.orgHeads) || t[k].lists.contains(.orgCues) || t[k].lists.contains(.common)
            || pluralAbbreviations.contains(t[k].lower)
    }

    /// `PCs`, `MPs`: two or more capitals and a lowercase `s`.
    static func isPluralAbbreviation(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 3, bytes.last == 0x73 else { return false }
        return bytes.dropLast().allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// `in Mosul`, `near Baghdad`, `the city of X`.
    func placeCue(_ lo: Int) -> Bool {
        guard lo >= 1, t[lo - 1].isWord else { return false }
        if t[lo - 1].lists.contains(.placeCues), t[lo - 1].lower != "at", t[lo - 1].lower != "to", t[lo - 1].lower != "from" { return true }
        return t[lo - 1].lower == "of" && lo >= 2 && (t[lo - 2].lists.contains(.placeHeads) || t[lo - 2].lists.contains(.placeCues))
    }
}
