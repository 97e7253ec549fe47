/// Finds runs of capitalised words (with name particles and `of the` inside names) and decides
/// from the run itself and the words around it what each names.
struct EntitySpans {
    let t: [EntityToken]
    let input: EntityText
    let lex: EntityLexicon
    /// Sentences that are rows of sports results or tables (`Bury 4 Bristol City 0`): more
    /// numbers than lowercase words.
    let tabular: Set<Int>
    /// `EntityKey.rawWords` of each capitalised token, worked out once.
    let tokenWords: [[String]]
    /// Hashes of the sentence-initial capitalised words (and those after `the`) the text also
    /// writes in lowercase elsewhere: ordinary words (`Former`, `Gold`, `Fire`, `the Budget`), not names.
    let lowercase: Set<UInt64>
    /// Lowercase abbreviations the text also writes as plurals (`pc` for `PCs`): common nouns.
    let pluralAbbreviations: Set<String>
    /// Which capitalised tokens are contractions (`I'm`), worked out once: `isName` asks often.
    let contractions: [Bool]
    /// Every `EntityMark` of the text's words: a cue whose words are absent is passed over.
    let marks: EntityMark
    /// Rule families switched off, for measuring what each does (`EntityEvaluation`); none in the archive.
    var off: EntityRuleSet = []

    init(t: [EntityToken], input: EntityText, lex: EntityLexicon) {
        (self.t, self.input, self.lex) = (t, input, lex)
        let count = (t.last?.sentence ?? 0) + 1
        var numbers = [Int](repeating: 0, count: count), lower = [Int](repeating: 0, count: count)
        var words = [[String]](repeating: [], count: t.count)
        var initials: [UInt64] = [], lowercase = Set<UInt64>(), plurals = Set<String>()
        var contractions = [Bool](repeating: false, count: t.count)
        for k in t.indices where t[k].isWord && (t[k].cap || t[k].allCaps) {
            words[k] = EntityKey.rawWords(t[k].text)
            // Most capitalised words hold no apostrophe: its bytes are looked for in the text before
            // the token's string is read (`isContraction` cost 0.3 % of a pass).
            contractions[k] = input.utf8.withUnsafeBufferPointer { b in
                (Int(input.offsets[t[k].start])..<Int(input.offsets[t[k].end])).contains { let c = b[$0]; return c == 0x27 || c == 0x60 || c == 0xC2 || c == 0xCA || c == 0xE2 }
            } && Self.isContraction(t[k].lower)
            if !t[k].allCaps, Self.isPluralAbbreviation(t[k].text) { plurals.insert(String(t[k].lower.dropLast())) }
            // Also a word capitalised after `the` (`the Budget`), which `isCapitalisedCommonNoun` asks about.
            if t[k].cap, !t[k].allCaps, t[k].initial || k > 0 && t[k - 1].lower == "the" { initials.append(Self.hash(t[k].lower.utf8)) }
        }
        initials.sort()
        var marks: EntityMark = []
        input.utf8.withUnsafeBufferPointer { bytes in
            for k in t.indices where t[k].isWord {
                marks.formUnion(t[k].marks)
                if input.scalars[t[k].start].value < 0x3A { numbers[t[k].sentence] += 1; continue }
                guard !t[k].cap else { continue }
                lower[t[k].sentence] += 1
                guard !initials.isEmpty, !t[k].allCaps, t[k].end - t[k].start > 2 else { continue }
                let h = Self.hash(bytes[Int(input.offsets[t[k].start])..<Int(input.offsets[t[k].end])])
                if Self.sortedContains(initials, h) { lowercase.insert(h) }
            }
        }
        self.lowercase = lowercase
        self.marks = marks
        pluralAbbreviations = plurals
        self.contractions = contractions
        tokenWords = words
        tabular = Set((0..<count).filter { numbers[$0] >= 2 && numbers[$0] >= lower[$0] })
    }

    /// `EntityKey.words` of the tokens `lo..<hi`.
    func words(_ lo: Int, _ hi: Int) -> [String] {
        // One capitalised word, the most asked: its words as worked out once, no new array.
        if hi - lo == 1, t[lo].isWord, t[lo].cap || t[lo].allCaps {
            var out = tokenWords[lo]
            EntityKey.articles(&out)
            return out
        }
        var out: [String] = []
        for k in lo..<hi where t[k].isWord { out += t[k].cap || t[k].allCaps ? tokenWords[k] : EntityKey.rawWords(t[k].text) }
        EntityKey.articles(&out)
        return out
    }

    static let particles: Set<String> = ["al", "el", "bin", "ibn", "bint", "de", "da", "del", "della", "di", "van", "von",
                                         "der", "den", "du", "le", "la", "dos", "das", "ben", "y", "ul", "ad", "as", "ar"]
    static let connectors: Set<String> = ["of", "for", "&", "on"]

    func text(_ lo: Int, _ hi: Int) -> String {
        input.string(t[lo].start, t[hi - 1].end)
    }

    func isName(_ k: Int) -> Bool {
        k < t.count && t[k].isWord && t[k].cap && !t[k].weakLine && !t[k].lists.contains(.stop) && !isCompound(k) && !contractions[k]
    }

    /// `I'm`, `We've`, `Don't`: a pronoun or verb with its clitic, capitalised by the sentence.
    static func isContraction(_ lower: String) -> Bool {
        // Most words hold no apostrophe: look for the bytes that start one (`EntityKey.isApostrophe`)
        // before reading scalars.
        guard lower.utf8.contains(where: { $0 == 0x27 || $0 == 0x60 || $0 == 0xC2 || $0 == 0xCA || $0 == 0xE2 }) else { return false }
        let scalars = lower.unicodeScalars
        guard let mark = scalars.lastIndex(where: EntityKey.isApostrophe) else { return false }
        let clitic = String(scalars[scalars.index(after: mark)...])
        return Self.clitics.contains(clitic) || clitic == "t" && String(scalars[..<mark]).hasSuffix("n")
    }

    static let clitics: Set<String> = ["m", "re", "ve", "ll", "d"]

    /// `as-Sadr` is also spelled `as Sadr`: the Arabic article takes the sound of the letter after
    /// it, so a particle `as`, `ad` or `ar` joins only a word starting with its consonant, and
    /// `Alan Milburn as Labour` is a name and a party, not one name.
    func particleJoins(_ j: Int) -> Bool {
        guard let sound = Self.assimilated[t[j].lower] else { return true }
        return t[j + 1].lower.hasPrefix(sound)
    }

    static let assimilated: [String: String] = ["as": "s", "ad": "d", "ar": "r"]

    /// `US-led`, `Louis-based`: an adjective made from a name, not a name.
    func isCompound(_ k: Int) -> Bool {
        let s = input.scalars
        guard let dash = (t[k].start..<t[k].end).last(where: { s[$0] == "-" }) else { return false }
        return dash + 1 < t[k].end && EntityTokenizer.isLower(s[dash + 1])
            && !t[k].lower.hasPrefix("al-") && !t[k].lower.hasPrefix("el-")
    }

    func candidates() -> [EntityCandidate] {
        var out: [EntityCandidate] = []
        var i = 0
        while i < t.count {
            guard t[i].isWord, t[i].cap || t[i].allCaps else { i += 1; continue }
            if t[i].weakLine {
                if let c = listed(at: i) { out.append(c); i = c.hi } else { i += 1 }
                continue
            }
            guard isName(i) else { i += 1; continue }
            var hi = i + 1, j = i + 1
            while j < t.count, t[j].sentence == t[i].sentence {
                if isName(j) { j += 1; hi = j; continue }
                if t[j].isWord, t[j].lists.contains(.particles), isName(j + 1), particleJoins(j) { j += 1; continue }
                // `Bank of England`, but not `Results of Yugoslav…` at the start of a sentence.
                // `Jesper Parnevik of Sweden`: a person and where he is from.
                // `Dr Jeremy Ellory of the Patent Office`, `Princess Anne of Ruritania`: a titled
                // person and where she works or rules; `Labour MP for Kent`: a role and its seat.
                if t[j].lists.contains(.connectors), !isTitle(i), hi - i < 2 || !t[i].lists.contains(.firstNames),
                   !(t[hi - 1].allCaps && t[hi - 1].lists.contains(.titles)),
                   hi - i > 1 || !t[i].initial || t[i].lists.contains(.orgHeads) || t[i].lists.contains(.placeHeads) {
                    var k = j + 1
                    if k < t.count, t[k].lower == "the" { k += 1 }
                    // `Committee of the Iraqi Resistance`: a nationality only inside a name after a head noun.
                    // The text may end on the connector: `…shares in Bank of`.
                    let nationality = k < t.count && t[k].lists.contains(.demonyms) && !(t[hi - 1].lists.contains(.orgHeads) && isName(k + 1))
                    if isName(k), !t[k].initial, !t[hi - 1].lists.contains(.demonyms), !nationality, !connectorParts(i, hi, connector: j, next: k) { j = k; continue }
                }
                break
            }
            var lo = i
            if t[lo].initial, !lowercase.isEmpty, lowercase.contains(Self.hash(t[lo].lower.utf8)), !t[lo].lists.contains(.titles) { lo += 1 }
            // `Former Chelsea`, `Rival Sony`: a word describing the name, capitalised by the sentence.
            else if t[lo].initial, t[lo].lists.contains(.modifiers) { lo += 1 }
            if lo < hi { out.append(contentsOf: classify(lo, hi)) }
            i = hi
        }
        return out
    }

    func classify(_ lo0: Int, _ hi0: Int, titled: Bool = false) -> [EntityCandidate] {
        var lo = lo0, hadTitle = titled
        // `… in Syria The desert south of …`: a headline run into its story without a stop. No name ends
        // with the article of the next sentence.
        var hi = hi0
        while hi - lo > 1, t[hi - 1].cap, t[hi - 1].end - t[hi - 1].start == 3, t[hi - 1].lower == "the" { hi -= 1 }
        let headed = t[hi - 1].lists.contains(.orgHeads) || t[hi - 1].lists.contains(.placeHeads)
        if !headed, !off.contains(.titles) {
            // `Secretary of | Energy Ann Lowe`: a span that starts with a title's portfolio, after its `of`.
            if lo > 1, let of = ofBefore(lo), isTitle(of - 1), let p = holder(after: lo, hi) {
                return beforeHolder(lo, p, title: of - 1) + classify(p, hi, titled: true)
            }
            while lo < hi, isTitle(lo) || t[lo].lower == "of" || t[lo].lower == "the" { lo += 1; hadTitle = true }
            if lo == hi { return [] }
            // `Secretary of State Warren Kemp`: the title's portfolio runs on to the holder's given name.
            if lo > lo0 + 1, let of = ofBefore(lo), of > lo0, isTitle(of - 1), let p = holder(after: lo, hi) {
                return beforeHolder(lo, p, title: of - 1) + classify(p, hi, titled: true)
            }
            // `Shadow Health | Secretary`: the tagger's span ends before the second title.
            if hi < t.count, t[hi].cap, isTitle(hi), isPortfolio(lo, hi), lo > lo0 || (lo..<hi).allSatisfy({ t[$0].lists.contains(.portfolios) }) { return [] }
            // `Chief of Staff General Ann Lowe`: one word between a title's `of` and a second title is the first title's.
            if hi - lo == 1, lo == lo0, lo >= 2, hi < t.count, t[hi].cap, t[lo - 2].cap, t[lo - 1].end - t[lo - 1].start == 2, t[lo - 1].lower == "of",
               !off.contains(.labels), isTitle(hi), isTitle(lo - 2) { return [] }
            // `IRGC Commander Qassem Soleimani`: a title inside the run starts a new name.
            for k in (lo + 1)..<hi where t[k].cap && isTitle(k) {
                var m = k
                while m < hi, isTitle(m) { m += 1 }
                if m < hi, t[m].cap { return (isPortfolio(lo, k) ? [] : classify(lo, k, titled: hadTitle)) + classify(m, hi, titled: true) }
                // `US Secretary of Energy Ann Lowe`: a title read across `of` into the holder's name.
                if m + 1 < hi, t[m].lower == "of", let p = holder(after: m + 1, hi) {
                    return (isPortfolio(lo, k) ? [] : classify(lo, k, titled: hadTitle)) + beforeHolder(m + 1, p, title: k) + classify(p, hi, titled: true)
                }
            }
            // `Frank Field MP`, `Labour MPs`: an abbreviated title after a name is a role, not part of it.
            // (Only abbreviations: `King` and `Major` end names too.)
            var end = hi
            while end > lo + 1, t[end - 1].lists.contains(.titles), t[end - 1].allCaps || Self.isPluralAbbreviation(t[end - 1].text) { end -= 1 }
            if end < hi { return classify(lo, end, titled: hadTitle) }
            // `Tory Treasurer | Lord Ashcroft`, `Tory Shadow | Chancellor`: a role ending the run
            // before a title or a name is the next name's, not this one's.
            if hi - lo >= 2, hi < t.count, t[hi].cap, t[hi].sentence == t[lo].sentence,
               isRoleWord(hi - 1) || t[hi - 1].lists.contains(.titles) && isTitle(hi) {
                return classify(lo, hi - 1, titled: hadTitle)
            }
        }
        // `…al-Nujaba Movement Akram al-Kaabi`: names rarely go on after their head noun.
        if hi - lo >= 4 {
            for k in (lo + 1)..<(hi - 2) where t[k].lists.contains(.orgHeads) && t[k + 1].cap
                && !t[k + 1].lists.contains(.orgHeads) && !t[k + 1].lists.contains(.placeHeads) {
                return classify(lo, k + 1) + classify(k + 1, hi)
            }
        }
        let demonymsEvents = !off.contains(.demonymsEvents)
        if demonymsEvents, t[hi - 1].lists.contains(.demonyms) || hi - lo == 1 && looksDemonym(lo) { return [] }
        // `World Cup`, `U.S. Open`: events are none of the three; `W L PCT`: table headings.
        if demonymsEvents, t[hi - 1].lists.contains(.events) || hi - lo == 1 && t[lo].end - t[lo].start == 1
            || hi - lo >= 3 && (lo..<hi).allSatisfy({ t[$0].end - t[$0].start <= 2 || t[$0].allCaps }) { return [] }
        var demonym = false, spanLo = -1
        if hi - lo >= 2, t[lo].lists.contains(.demonyms), lexicon(lo, hi) == nil {
            // `Iraqi News Agency`, `Scottish National Party`: the adjective is part of the name;
            // the key keeps it only when the rest is all head nouns (`News Agency`).
            if hi - lo >= 3, t[hi - 1].lists.contains(.orgHeads), t[lo + 1].cap {
                spanLo = lo
                if !(lo + 1..<hi).allSatisfy({ t[$0].lists.contains(.orgHeads) }) { lo += 1 }
            } else {
                lo += 1
                demonym = true
            }
        }
        if lo < hi, !t[lo].cap { lo += 1 }  // a particle left at the start by a split
        guard lo < hi else { return [] }
        // `TV`: an abbreviation that is a common noun, not an acronym of a name.
        if hi - lo == 1, isCommonWord(lo) { return [] }
        // `US TV`, `French TV`: a country's television is no name; the country is.
        if hi - lo >= 2, t[hi - 1].allCaps, !off.contains(.labels), isCommonWord(hi - 1), lex.place(EntityKey.bare(words(lo, hi - 1)))?.code?.count == 2 {
            return classify(lo, hi - 1)
        }
        // In a results row a name before a score is a team's (`Leicestershire 22 points`), not
        // before a player's figures (`McGrath 9.5-0-44-1`).
        if tabular.contains(t[lo].sentence), scoreAfter(lo, hi),
           !(lo..<hi).contains(where: { t[$0].text.hasSuffix(".") }), !t[lo].lists.contains(.firstNames),
           lex.place(EntityKey.bare(words(lo, hi)))?.code?.count != 2 {
            return [EntityCandidate(lo: lo, hi: hi, type: .org, strength: 3, words: words(lo, hi), acronym: false)]
        }
        if var c = lexicon(lo, hi) {
            if c.type == .place, hadTitle || personCue(lo) { c.type = .person; c.place = nil; c.strength = 2 }
            // `Cleveland beat Texas`, `Sunderland striker`: a city or region fielding a team.
            if c.type == .place, let place = c.place, place.code?.count != 2, teamCue(lo, hi, city: place.isCity) { (c.type, c.place) = (.org, nil) }
            return [c]
        }
        let words = self.words(lo, hi)
        var c = EntityCandidate(lo: lo, hi: hi, type: nil, strength: 0, words: words, acronym: hi - lo == 1 && t[lo].allCaps)
        if spanLo >= 0, spanLo < lo { c.from = spanLo }
        let n = hi - lo
        if n >= 2, t[hi - 1].lists.contains(.placeSuffixes), !t[hi - 2].allCaps {
            let rest = self.words(lo, hi - 1)
            c.type = .place
            c.strength = 3
            c.place = lex.place(EntityKey.bare(rest), region: true) ?? lex.directedPlaces(EntityKey.bare(rest)).first
            c.words = rest
        } else if t[hi - 1].lists.contains(.orgHeads), n >= 2 {
            (c.type, c.strength) = (.org, 3)
        } else if t[hi - 1].lists.contains(.placeHeads) || t[hi - 1].marks.contains(.venue), n >= 2 {
            (c.type, c.strength) = (.place, 3)

        } else if hadTitle || personCue(lo) {
            (c.type, c.strength) = (.person, 2)
        } else if orgCue(hi) {
            // `Health officials`, `Ministry spokesman`: a portfolio, or `Ministry`, alone before the
            // cue says what the officials deal with and names no body (the `Treasury` is one).
            if n == 1, t[lo].lists.contains(.portfolios) && t[lo].lower != "treasury" || t[lo].lower == "ministry" { return [] }
            (c.type, c.strength) = (.org, 2)
        } else if hi < t.count, t[hi].isWord, !t[hi].cap, t[hi].lists.contains(.placeHeads) {
            (c.type, c.strength) = (.place, 2)
        } else if n >= 2, (lo..<hi).contains(where: { t[$0].cap && t[$0].lists.contains(.orgHeads) }) {
            (c.type, c.strength, c.guess) = (.org, 2, true)
        } else if n >= 2, t[lo].lower != "al", t[lo].lists.contains(.firstNames) {
            (c.type, c.strength, c.guess) = (.person, 2, true)
        } else if n >= 2, (lo..<hi).contains(where: { ["abu", "bin", "ibn", "bint", "umm", "abd"].contains(t[$0].lower) || t[$0].lower.hasPrefix("al-") }) {
            (c.type, c.strength) = (.person, 1)
        } else if n >= 2, placePrefix(lo, hi) {
            (c.type, c.strength, c.guess) = (.org, 2, true)
        } else if placeCue(lo) {
            (c.type, c.strength) = (.place, 1)
        } else if n >= 2, (lo + 1..<hi).contains(where: { t[$0].cap && lex.place(EntityKey.bare(self.words($0, hi))) != nil }) {
            (c.type, c.strength) = (.org, 1)  // `Air France`, `Inter Milan`: a firm or team named after a place
        } else if n == 1, !t[lo].initial, !t[lo].allCaps, t[lo].lists.contains(.firstNames) {
            (c.type, c.strength) = (.person, 1)  // `said Alan`
        } else if n >= 2 {
            (c.type, c.strength) = ((lo..<hi).contains(where: { t[$0].lower == "of" }) ? .org : .person, 1)
        } else if c.acronym, t[lo].text.count <= 6 {
            (c.type, c.strength) = (.org, 1)
        } else if demonym {
            return []
        }
        return [c]
    }
}
