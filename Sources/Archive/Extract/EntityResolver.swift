/// Decides which candidates in one text are the same entity — spelling variants, acronyms the
/// text defines, names given in brackets or with `known as`, later short forms — and gives each
/// entity one type, display name and key.
struct EntityResolver {
    let spans: EntitySpans
    var cands: [EntityCandidate]
    private var parent: [Int]

    init(spans: EntitySpans, cands: [EntityCandidate]) {
        self.spans = spans
        self.cands = cands
        parent = Array(cands.indices)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    private var t: [EntityToken] { spans.t }

    /// Two candidates whose own evidence says they are different kinds of thing stay apart.
    private func compatible(_ a: EntityCandidate, _ b: EntityCandidate) -> Bool {
        guard let ta = a.type, let tb = b.type, ta != tb else { return !(a.place != nil && b.place != nil) }
        return a.strength < 3 || b.strength < 3
    }

    /// Stricter, for a name in brackets: `Lopez (Cuba)` is a person and her country.
    private func sameKind(_ a: EntityCandidate, _ b: EntityCandidate) -> Bool {
        if b.acronym, b.place == nil { return true }
        if a.place != nil || b.place != nil { return false }
        return a.type == nil || b.type == nil || a.type == b.type
    }

    mutating func link() {
        let t = spans.t
        // The candidate starting or ending at each token boundary (-1: none), the last one if several.
        var startsAt = [Int](repeating: -1, count: t.count + 1), endsAt = startsAt
        for (i, c) in cands.enumerated() { startsAt[c.lo] = i; endsAt[c.hi] = i }
        func at(_ table: [Int], _ k: Int) -> Int? { table[k] >= 0 ? table[k] : nil }
        for (i, c) in cands.enumerated() {
            // `Popular Mobilization Units (PMU)`, `Companions of the Cave (Aṣḥab al-Kahf) brigade`.
            guard c.hi + 1 < t.count, t[c.hi].text == "(" || t[c.hi].text == "[",
                  let d = at(startsAt, c.hi + 1), cands[d].hi < t.count, t[cands[d].hi].text == ")" || t[cands[d].hi].text == "]",
                  sameKind(c, cands[d]) else { continue }
            union(i, d)
            if cands[d].acronym { cands[i].defined = true }
            // `… (PMU) or Hashd al-Sha’abi`: the other name the text gives right after.
            let after = cands[d].hi + 1
            if after + 1 < t.count, t[after].lower == "or", let e = at(startsAt, after + 1), compatible(c, cands[e]) { union(i, e) }
        }
        for k in t.indices where t[k].end - t[k].start == 5 && t[k].lower == "known" {
            // `…, better known in Arabic as Hashd al-Shaabi`; `an Iraqi group known as Ashab al-Kahf`.
            guard let asAt = (k + 1..<min(k + 5, t.count)).first(where: { t[$0].lower == "as" }), let e = at(startsAt, asAt + 1) else { continue }
            var b = k - 1
            while b >= 0, [",", "]", ")", "better", "also", "commonly", "locally", "widely", "now"].contains(t[b].lower) { b -= 1 }
            if b >= 0, let d = at(endsAt, b + 1), compatible(cands[d], cands[e]) {
                union(d, e)
            } else if b >= 0, t[b].lists.contains(.orgCues), cands[e].strength < 2 {
                (cands[e].type, cands[e].strength) = (.org, 2)
            }
        }
        let cores = cands.map(core)
        let bares = cands.map(\.bare)
        var byNorm: [String: Int] = [:]
        var personByLast: [String: Int] = [:]
        var peopleByFirst: [String: [Int]] = [:]
        var orgsByLast: [String: [Int]] = [:]
        // `Xi Jinping`, `Moon Jae-in`: names written surname first, whose first word is no given name.
        var surnameFirst: [Int] = []
        byNorm.reserveCapacity(cands.count)
        for (i, c) in cands.enumerated() {
            if let j = byNorm[c.norm] { if compatible(c, cands[j]) { union(i, j) } } else { byNorm[c.norm] = i }
            if c.type == .person, bares[i].count >= 2 {
                personByLast[bares[i].last!] = personByLast[bares[i].last!] ?? i
                if c.hi - c.lo >= 2 {
                    // `Kilroy-Silk` after `Robert Kilroy-Silk`: a hyphenated surname is one short form.
                    if spans.tokenWords[c.hi - 1].count >= 2 {
                        let surname = spans.tokenWords[c.hi - 1].filter { $0 != "al" }.joined(separator: " ")
                        if surname.contains(" ") { personByLast[surname] = personByLast[surname] ?? i }
                    }
                    // `Le Pen` after `Marine Le Pen`, `bin Laden` after `Osama bin Laden`: a surname
                    // with its particle is the short form, as the last word alone is.
                    if c.hi - c.lo >= 3, t[c.hi - 2].lists.contains(.particles), !spans.isArabicArticle(c.hi - 2),
                       spans.tokenWords[c.hi - 1].count == 1 {
                        let surname = bares[i].suffix(2).joined(separator: " ")
                        personByLast[surname] = personByLast[surname] ?? i
                    }
                    // A given name and a surname, no title after it (`Tory Treasurer`).
                    if c.hi - c.lo == 2, t[c.lo].lists.contains(.firstNames), !t[c.lo + 1].lists.contains(.titles) {
                        peopleByFirst[bares[i][0], default: []].append(i)
                    } else if c.hi - c.lo == 2, bares[i].count == 2, t[c.lo].cap, !t[c.lo].allCaps, !t[c.lo].lists.contains(.titles),
                              !t[c.lo + 1].lists.contains(.titles) {
                        surnameFirst.append(i)
                    }
                }
            }
            let core = cores[i]
            if c.type == .org, core.count >= 2 { orgsByLast[core.last!, default: []].append(i) }
        }
        // A lone word a title or speech shows to be a person's (`President Xi`, `Xi said`): only such
        // a word joins a name written surname first (`Yahoo` stays apart from a `Yahoo Messenger` the tagger took for a person).
        // The lone words are found first: most texts have none, and then no name is hashed for this rule.
        var spoken = Set<String>()
        var peopleBySurnameFirst: [String: [Int]] = [:]
        if !surnameFirst.isEmpty {
            for (i, c) in cands.enumerated() where bares[i].count == 1 && c.hi - c.lo == 1 && t[c.lo].cap && !t[c.lo].allCaps {
                if c.lo > 0 && t[c.lo - 1].isWord && t[c.lo - 1].lists.contains(.titles) || spans.speaksAfter(c.hi) || spans.personAfter(c.hi) {
                    spoken.insert(bares[i][0])
                }
            }
            if !spoken.isEmpty {
                for i in surnameFirst where spoken.contains(bares[i][0]) { peopleBySurnameFirst[bares[i][0], default: []].append(i) }
            }
        }
        for (i, c) in cands.enumerated() where c.strength < 3 || c.type != nil {
            // `Kaabi`, `al-Ameri` after `Akram al-Kaabi`, `Hadi al-Ameri`.
            let particled = c.hi - c.lo == 2 && bares[i].count == 2 && t[c.lo].lists.contains(.particles) && !spans.isArabicArticle(c.lo)
            let short = bares[i].count == 1 ? bares[i][0] : c.hi - c.lo == 1 || particled ? bares[i].joined(separator: " ") : nil
            if let short, c.type != .org || c.strength <= 1, let p = personByLast[short], c.type != .place || t[c.lo].cap && !t[c.lo].allCaps {
                // `Jordan` after `Michael Jordan` is the man, whatever the gazetteer says.
                (cands[i].type, cands[i].place) = (.person, nil)
                union(i, p)
                continue
            }
            // `Paula` after `Paula Radcliffe`: a given name alone, when one person the text names in full
            // bears it; not one after a determiner (`the Tory seat`), which a person's name never takes.
            if bares[i].count == 1, c.hi - c.lo == 1, c.type == .person, t[c.lo].lists.contains(.firstNames),
               c.lo == 0 || !Self.determiners.contains(t[c.lo - 1].lower),
               let people = peopleByFirst[bares[i][0]], Set(people.map { cands[$0].norm }).count == 1 {
                union(i, people[0])
                continue
            }
            // `Xi` after `Xi Jinping`: news gives an East Asian name surname first and the surname
            // alone after, when one person of the text bears it first, no one bears it last and
            // the word names no place the gazetteer knows (`Moon` alone is the president's, `the Moon` none).
            if !peopleBySurnameFirst.isEmpty, bares[i].count == 1, c.hi - c.lo == 1, c.place == nil, c.type != .place || c.strength < 3, c.type != .org || c.strength <= 1,
               t[c.lo].cap, !t[c.lo].allCaps, personByLast[bares[i][0]] == nil, c.lo == 0 || !Self.determiners.contains(t[c.lo - 1].lower),
               spoken.contains(bares[i][0]), let people = peopleBySurnameFirst[bares[i][0]], Set(people.map { cands[$0].norm }).count == 1 {
                (cands[i].type, cands[i].place) = (.person, nil)
                union(i, people[0])
                continue
            }
            // `al-Nujaba Movement` and `al-Nujaba` after `Harakat Hezbollah al-Nujaba`.
            let core = cores[i]
            guard c.type == nil || c.type == .org, let last = core.last, last.count >= 4,
                  !spans.lex.stop.contains(last), !spans.lex.placeHeads.contains(last) || isClubCity(i) else { continue }
            for d in orgsByLast[last] ?? [] where d != i && cores[d].count > core.count {
                if Array(cores[d].suffix(core.count)) == core { union(i, d); break }
            }
        }
    }

    /// `City` alone, not after `the` (`the City` is London's), in a text that names a club `X City`
    /// (`EntitySpans.isClub`): the club's short form.
    private func isClubCity(_ i: Int) -> Bool {
        let c = cands[i]
        return c.hi - c.lo == 1 && t[c.lo].lower == "city" && t[c.lo].cap && !t[c.lo].allCaps && (c.lo == 0 || t[c.lo - 1].lower != "the")
    }

    private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "your", "my"]

    /// An organisation's distinctive words: no article, no head noun (`Movement`, `Units`).
    func core(_ c: EntityCandidate) -> [String] {
        var w = c.bare.map(EntityKey.stem)
        while w.count > 0, spans.lex.orgHeadKeys.contains(w.last!) { w.removeLast() }
        return w
    }
}
