/// Candidates from the statistical tagger's spans (`EntityTagger`) and the rules: the tagger
/// decides where most names are and what they name; the rules stay as a light layer (titles and
/// roles left out, common nouns in capitals and adjectives of nationality dropped, places
/// resolved to the gazetteer, well-known organisations to their canonical names, a name's own
/// head word — `Province`, `Committee` — and the words around it where they are explicit).
extension EntitySpans {
    func taggedCandidates(_ tags: [EntityTagger.Tag]) -> [EntityCandidate] {
        let rules = candidates()
        var covered = [Bool](repeating: false, count: t.count + 1), misc = covered
        // Titles of works the text names as such (`the film Ray`): none of its mentions is a name.
        var works = Set<String>()
        var spans: [(lo: Int, hi: Int, type: EntityType)] = []
        var i = 0
        while i < t.count {
            let tag = tags[i].rawValue
            guard tag != 0 else { i += 1; continue }
            var kind = (tag + 1) / 2  // 1 PER, 2 ORG, 3 LOC, 4 MISC
            var hi = i + 1
            while hi < t.count, tags[hi].rawValue == kind * 2 { hi += 1 }
            if kind == 4, hi == i + 1, isNicknamePlural(i) { kind = 2 }
            let lo0 = i
            i = hi
            guard kind != 4 else {
                for k in lo0..<hi { misc[k] = true }
                if afterWorkNoun(lo0) || beforeStarring(hi) { works.insert(words(lo0, hi).joined(separator: " ")) }
                continue
            }
            for k in lo0..<hi { covered[k] = true }
            var lo = lo0
            // `Former Chelsea`, `Rival Sony`: a word describing the name, capitalised by the sentence.
            while lo < hi, t[lo].initial && t[lo].lists.contains(.modifiers) && !off.contains(.modifiers) || !t[lo].isWord { lo += 1 }
            while hi > lo, !t[hi - 1].isWord, t[hi - 1].text != ".", t[hi - 1].text != ")" { hi -= 1 }
            guard lo < hi else { continue }
            // `I'm`, `US-led`: a contraction or an adjective made from a name.
            if hi - lo == 1, !off.contains(.nonNames), contractions[lo] || isCompound(lo) || isCapitalisedCommonNoun(lo) && !insideGlossedName(lo, rules) { continue }
            if hi - lo == 1, !off.contains(.coinages), isCoinage(lo) { continue }
            // `Radio 4`, `Channel 5`: broadcasters named by a number.
            if kind == 2, !off.contains(.numbered), hi < t.count, Self.numberedHeads.contains(t[hi - 1].lower), isSmallNumber(hi), t[hi].sentence == t[lo].sentence {
                hi += 1
                // `BBC Radio 5 Live`: the name goes on after the number.
                if hi < t.count, tags[hi].rawValue == 3 {
                    hi += 1
                    while hi < t.count, tags[hi].rawValue == 4 { hi += 1 }
                    i = hi
                }
            }
            spans.append((lo, hi, kind == 1 ? .person : kind == 2 ? .org : .place))
        }
        // In a title-case line (`Markets Rally As Traders Return`) capitals say nothing: a name
        // there is one the text names elsewhere or a word list knows.
        var named = Set<String>()
        let titleLines = !off.contains(.titleLines)
        let rows = titleLines && !off.contains(.rowsInTitleCase) && spans.contains(where: { titleCase($0.lo) }) ? rowSentences() : []
        if titleLines, spans.contains(where: { titleCase($0.lo) }) {
            for s in spans where !titleCase(s.lo) { named.insert(text(s.lo, s.hi).lowercased()) }
        }
        var out: [EntityCandidate] = []
        var r = 0, lastHi = 0
        for s in spans where s.lo >= lastHi {
            var (lo, hi) = (s.lo, s.hi)
            if titleLines, titleCase(lo), !rows.contains(t[lo].sentence), !named.contains(text(lo, hi).lowercased()), lexicon(lo, hi) == nil { continue }
            // `The Committee said`: a head noun alone after `the` refers back to a name, it is none.
            if hi - lo == 1, !off.contains(.headAlone), lo > 0, t[lo - 1].lower == "the", t[lo].lists.contains(.orgHeads) || t[lo].lists.contains(.placeHeads),
               rules.contains(where: { c in c.hi - c.lo >= 2 && !(c.lo..<c.hi).contains(lo) && (c.lo..<c.hi).contains { t[$0].lower == t[lo].lower } }) { continue }
            // Where the rules read the words differently across the tagger's span (`al-Nujaba
            // Movement Akram al-Kaabi`: a head noun ends a name), or a longer name around it
            // (`Coordination Committee of the Iraqi Resistance`), their reading stands.
            while r < rules.count, rules[r].hi <= lo { r += 1 }
            var crossed = false
            var q = r
            while q < rules.count, (rules[q].from ?? rules[q].lo) < hi {
                let (a, b) = (rules[q].from ?? rules[q].lo, rules[q].hi)
                let crossing = a < lo && b > lo && b < hi || a > lo && a < hi && b > hi
                let around = a <= lo && b >= hi && b - a > hi - lo && (rules[q].strength >= 3 || rules[q].type == .org
                    && (lo..<hi).allSatisfy({ !t[$0].lists.contains(.connectors) }) && (a..<b).contains(where: { t[$0].lists.contains(.connectors) })
                    // `Harakat Hezbollah al-Nujaba`, `Muqtada as Sadr`: a name going on with an Arabic article.
                    || rules[q].type != nil && (a..<b).contains(where: { !(lo..<hi).contains($0) && isArabicArticle($0) }))
                if crossing && rules[q].strength >= 2 || around, !off.contains(.ruleSpans) {
                    (lo, hi) = (min(lo, a), max(hi, b))
                    crossed = true
                }
                q += 1
            }
            if crossed {
                // The rules' reading of the whole stretch: every name of theirs that overlaps it.
                var grown = true
                while grown {
                    grown = false
                    for c in rules where c.type != nil && (c.from ?? c.lo) < hi && c.hi > lo && ((c.from ?? c.lo) < lo || c.hi > hi) {
                        (lo, hi) = (min(lo, c.from ?? c.lo), max(hi, c.hi))
                        grown = true
                    }
                }
                for k in lo..<hi { covered[k] = true }
                lastHi = hi
                for c in rules where (c.from ?? c.lo) >= lo && c.hi <= hi {
                    out.append(decide(c, s.type, split: true))
                }
                continue
            }
            lastHi = hi
            let pieces = classify(lo, hi)
            for c in pieces { out.append(decide(c, s.type, split: pieces.count > 1)) }
        }
        // Names the rules find where the tagger tagged nothing (Arabic names of armed groups,
        // an acronym a text defines): only those the rules have evidence for; over words the
        // tagger took for MISC, only a word list's names.
        if !off.contains(.added) {
            // A surname or a name's last word met again alone (`Ameri` after `Hadi al-Ameri`).
            var lastWords = Set<String>()
            for c in out where c.bare.count >= 2 && c.type != .place { lastWords.insert(c.bare.last!) }
            for c in rules where !((c.from ?? c.lo)..<c.hi).contains(where: { covered[$0] }) {
                let blocked = ((c.from ?? c.lo)..<c.hi).contains(where: { misc[$0] })
                let strong = c.strength >= 3 || c.known != nil
                let acronym = c.acronym && (off.contains(.acronymLabels) || !isLabelOrUnit(c.lo))
                let evidence = c.type != nil && (c.strength >= 2 && (!c.guess || off.contains(.taggerOverGuesses)) || c.known != nil || acronym)
                let shortForm = c.bare.count == 1 && lastWords.contains(c.bare[0])
                if blocked ? strong : evidence || shortForm { out.append(c); continue }
                // `Tories say`: a party's nickname in the plural, which the tagger left untagged.
                if !blocked, c.type == nil, c.hi - c.lo == 1, isNicknamePlural(c.lo) {
                    var party = c
                    (party.type, party.strength) = (.org, 2)
                    out.append(party)
                    continue
                }
                // A run glossed in brackets the tagger left untagged is its partner's other name.
                if blocked || !off.contains(.ruleSpans) && isGlossedRun(c), let named = namedBeside(c, out) { out.append(named) }
            }
        }
        // A one-word name the tagger alone took for a person, that the text never gives in full
        // (`Google`, `Sony`, `Tory`): news introduces people by their full names, so it is most
        // often a firm, a party or a brand.
        var inFullNames = Set<String>()
        for k in out.indices where out[k].type == .person && out[k].words.count >= 2 {
            let bare = out[k].bare
            if bare.count >= 2 { inFullNames.formUnion(bare) }
        }
        // `won an Oscar`, `a second Grammy`: what takes an indefinite article is a thing (an award,
        // a product, a work), not a person; once so in a text, its other lone mentions too.
        // A prize's name before its noun (`Golden Globe nominations`) is none at any length, and
        // its plural (`the Golden Globes`, `the Oscars`: the ceremony) neither, whatever its type.
        var countable = Set<String>()
        // (A name typed only by a guess from its own words counts as weak: `Crystal` is a given name.)
        let awards = !off.contains(.awards)
        for k in out.indices where out[k].type == .person && (out[k].strength <= 1 || awards && out[k].guess) {
            guard afterIndefiniteArticle(out[k].lo) || awards && beforeAwardNoun(out[k].hi) else { continue }
            let bare = out[k].bare
            if awards || bare.count == 1 { countable.insert(bare.joined(separator: " ")) }
        }
        countable.subtract(inFullNames)
        if !countable.isEmpty, !off.contains(.countable) {
            var plurals = Set<String>()
            if awards { for name in countable { plurals.insert(name + "s") } }
            out.removeAll { c in
                let name = c.bare.joined(separator: " ")
                let weak = c.strength <= 1 || c.guess && awards
                return c.type == .person && weak && countable.contains(name) || weak && c.known == nil && plurals.contains(name)
            }
        }
        if !off.contains(.personCues) {
            for k in out.indices where out[k].type == .person && personAfter(out[k].hi) && out[k].bare.count == 1 { inFullNames.insert(out[k].bare[0]) }
        }
        // `Prime Minister Sheikh Hasina`, then `Hasina told police`: a title before one mention says
        // whose name the word is in the text's other mentions too.
        if !off.contains(.titledOnce), !off.contains(.personCues), !off.contains(.loneToOrg) {
            for k in out.indices where out[k].type == .person && out[k].bare.count == 1 && out[k].lo > 0 && t[out[k].lo - 1].cap
                && t[out[k].lo - 1].lists.contains(.titles) {
                inFullNames.insert(out[k].bare[0])
            }
        }
        for k in out.indices where out[k].type == .person && out[k].strength <= 1 && out[k].bare.count == 1 && !off.contains(.loneToOrg) {
            let (lo, hi) = (out[k].lo, out[k].hi)
            // A name before figures (`McGrath 9.5-0-44-1`) is a player's in a results row.
            let figures = hi < t.count && t[hi].isWord && input.scalars[t[hi].start].value < 0x3A
            // `Lord Falconer`, `Mr Camus`: a title right before the name says it is a person's.
            let titled = lo > 0 && t[lo - 1].cap && t[lo - 1].lists.contains(.titles) && !off.contains(.personCues)
            guard !titled, !inFullNames.contains(out[k].bare[0]), !t[lo].lists.contains(.firstNames), !t[lo].weakLine,
                  !tabular.contains(t[lo].sentence), !figures else { continue }
            out[k].type = .org
        }
        // `Lib Dem leader Ann Lowe`, `Acme chairman Joe Bloggs`: a name before a role and the
        // holder's name is the body the holder leads, when it is no one's name in the text.
        for k in out.indices where out[k].type == .person && out[k].strength <= 1 && out[k].bare.count <= 2 && !off.contains(.affiliation) && affiliation(out[k]) {
            // A one-word name: no surname of someone the text names in full (`Blair spokesman`);
            // two words: no given name (`Ann Lowe spokesman`).
            if out[k].bare.count == 1, inFullNames.contains(out[k].bare[0]) { continue }
            if out[k].bare.count == 2, (out[k].lo..<out[k].hi).contains(where: { t[$0].lists.contains(.firstNames) }) { continue }
            out[k].type = .org
        }
        for k in out.indices where afterWorkNoun(out[k].lo) || beforeStarring(out[k].hi) { works.insert(out[k].words.joined(separator: " ")) }
        if !works.isEmpty, !off.contains(.works) { out.removeAll { works.contains($0.words.joined(separator: " ")) } }
        worksAndGroups(&out)
        townsAfterLocatives(&out)
        if !off.contains(.firms) { firmsAcrossText(&out) }
        dropThingsAndPlatforms(&out)
        out.sort { $0.lo < $1.lo }
        if !off.contains(.labels) { readLabels(&out) }
        if !off.contains(.bodiesAfterThe) { bodiesAfterThe(&out) }
        if !off.contains(.settlements) { settlementsNamed(&out) }
        if !off.contains(.townsAfterArticle) { townsAfterArticle(&out) }
        if !off.contains(.days) { daysNamedAfter(&out) }
        if !off.contains(.joined) {
            joinAcrossAnd(&out)
            landNames(&out)
            formerStates(&out)
        }
        return out
    }

    /// `Nokia, the Finnish handset maker`: a town's name the text once shows as a firm's is the
    /// firm in its other mentions too, unless the text places something in it (`in Nokia`).
    func firmsAcrossText(_ out: inout [EntityCandidate]) {
        var firms = Set<String>()
        for k in out.indices where out[k].type != .person && (afterFirmNoun(out[k].lo) || firmCue(out[k].lo, out[k].hi))
            && lex.place(EntityKey.bare(out[k].words))?.isCity == true {
            firms.insert(out[k].words.joined(separator: " "))
        }
        guard !firms.isEmpty else { return }
        if out.contains(where: { $0.type == .place && placeCue($0.lo) && firms.contains($0.words.joined(separator: " ")) }) {
            for c in out where c.type == .place && placeCue(c.lo) { firms.remove(c.words.joined(separator: " ")) }
        }
        for k in out.indices where out[k].type == .place && out[k].place?.code?.count != 2 && firms.contains(out[k].words.joined(separator: " ")) {
            (out[k].type, out[k].place, out[k].strength) = (.org, nil, 2)
        }
    }

    /// `al-Nujaba`, `el-Sisi`, `as` in `as Sadr`: an Arabic article, alone or fused to the name.
    func isArabicArticle(_ k: Int) -> Bool {
        t[k].lists.contains(.particles) && Self.assimilated[t[k].lower] != nil || t[k].lower == "al" || t[k].lower == "el"
            || t[k].lower.hasPrefix("al-") || t[k].lower.hasPrefix("el-")
    }

    /// A word of a title-case line (not one in capitals).
    func titleCase(_ k: Int) -> Bool { t[k].weakLine && !t[k].allCaps }

    /// `ISSUER :`, `NOTE -`, `1400 EDT`, `NA / NA`: capitals that label a field or stand beside a
    /// figure or a slash are a form's or a table's, not the acronym of a name.
    func isLabelOrUnit(_ k: Int) -> Bool {
        func figure(_ j: Int) -> Bool {
            j >= 0 && j < t.count && t[j].sentence == t[k].sentence
                && (t[j].text == "/" || t[j].text == "@" || t[j].isWord && input.scalars[t[j].start].value < 0x3A)
        }
        if k + 1 < t.count, t[k + 1].text == ":" || t[k + 1].text == "-" { return true }
        return figure(k - 1) || figure(k + 1)
    }

    /// Sentences with a bracket or a number: rows of results and lists of names (`Ann Lee ( Kenya )
    /// 71 70`), whose capitals are names' even in title case, unlike a headline's.
    func rowSentences() -> Set<Int> {
        var rows = Set<Int>()
        for k in t.indices where t[k].weakLine && (t[k].text == "(" || t[k].isWord && input.scalars[t[k].start].value < 0x3A) { rows.insert(t[k].sentence) }
        return rows
    }

    /// The type of a span from the tagger's tag and the rules' reading of it.
    func decide(_ c0: EntityCandidate, _ tagged: EntityType, split: Bool) -> EntityCandidate {
        var c = c0
        if c.type == .org, c.known != nil { return c }
        // `the North-West region`: a region named by compass words, before its kind.
        if c.place == nil, (c.type ?? tagged) == .place, c.hi < t.count, t[c.hi].lists.contains(.placeSuffixes),
           let region = directedRegion(c) {
            (c.type, c.place, c.strength) = (.place, region, 3)
            return c
        }
        // `Manchester City`, `Hull City`: a city's name and `City`, which the gazetteer does not
        // know as a place, is the club the tagger saw.
        if tagged == .org, !off.contains(.clubs), c.type == .place, c.hi - c.lo == 2, t[c.hi - 1].lower == "city", lex.place(EntityKey.bare(c.words)) == nil,
           lex.place(EntityKey.bare(words(c.lo, c.hi - 1)))?.isCity == true {
            (c.type, c.place, c.strength) = (.org, nil, 2)
            return c
        }
        if c.hi - c.lo >= 2, !off.contains(.clubs), (c.type ?? tagged) != .person, tagged == .org || !placeCue(c.lo), isClub(c) {
            (c.type, c.place, c.strength) = (.org, nil, 2)
            return c
        }
        if (c.type ?? tagged) == .place, !off.contains(.firms), c.place?.code?.count != 2, afterFirmNoun(c.lo) || firmCue(c.lo, c.hi) {
            (c.type, c.place, c.strength) = (.org, nil, 2)
            return c
        }
        // `Qassim al-Araji, Iraq's national security adviser,`, `… al-Araji said`: a name the
        // gazetteer does not hold whole, set beside a role or speaking, is a person's, whatever
        // place one of its words names (the tagger reads the gazetteer word by word).
        if tagged == .place, !off.contains(.personCues), c.place == nil, c.type == nil || c.type == .person, !placeCue(c.lo),
           c.hi - c.lo >= 2 && personApposition(c.hi) || c.type == .person && arabicPattern(c.lo, c.hi) && (speaksAfter(c.hi) || personApposition(c.hi)) {
            (c.type, c.strength, c.guess) = (.person, 2, false)
            return c
        }
        // `the Sale full-back`, `Sale wing Y`: a town's name before a player's position is its club.
        if (c.type ?? tagged) == .place, !off.contains(.clubs), c.hi - c.lo == 1, positionAfter(c.hi), !tabular.contains(t[c.lo].sentence),
           lex.place(EntityKey.bare(c.words))?.isCity == true {
            (c.type, c.place, c.strength) = (.org, nil, 2)
            return c
        }
        // A city or region the text places something in (`in Mosul`, `the city of X`) stays a place.
        if c.type == .place, !off.contains(.places), let place = c.place, place.code?.count == 2 || tagged == .place || placeCue(c.lo) {
            // `Japan beat Syria 2-1`, `Leeds striker`: a country or city fielding a team. In a
            // results row a country's name stays the place, as CoNLL-2003 marks national sides
            // (`Australia 4 1 2 1`), and a city's is its club's.
            let country = place.code?.count == 2, row = tabular.contains(t[c.lo].sentence)
            if tagged == .org, row ? !country : teamCue(c.lo, c.hi, city: country || place.isCity) {
                (c.type, c.place, c.strength) = (.org, nil, 2)
            } else if tagged == .person, place.code?.count != 2, c.hi - c.lo == 1 {
                (c.type, c.place, c.strength) = (.person, nil, 2)
            }
            return c
        }
        // `Vladimir Putin`, `Austin Mitchell`: a given name that is also a town's, which the rules
        // took for a firm named after the town, is the person the tagger saw.
        if tagged == .person, !off.contains(.towns), c.type == .org, c.strength == 2, c.known == nil, c.hi - c.lo <= 3, !orgCue(c.hi),
           !(c.lo..<c.hi).contains(where: { t[$0].lists.contains(.orgHeads) }), placePrefix(c.lo, c.hi) {
            (c.type, c.place) = (.person, nil)
            return c
        }
        let headedPlace = c.hi - c.lo >= 2 && (t[c.hi - 1].lists.contains(.placeSuffixes) || t[c.hi - 1].lists.contains(.placeHeads))
        if let rule = c.type, !off.contains(.ruleTypes), c.strength >= 2 && (!c.guess || off.contains(.taggerOverGuesses)) || split, !(rule == .place && c.place != nil) || headedPlace {
            if rule == tagged { c.strength = 3 }
            return c
        }
        c.known = nil
        c.strength = c.type == tagged && c.strength >= 2 ? 3 : 1
        c.type = tagged
        if tagged == .place {
            if c.place == nil { c.place = lex.place(EntityKey.bare(c.words)) }
        } else {
            c.place = nil
        }
        return c
    }
}
