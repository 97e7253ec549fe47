/// Capitalised words that name no person, organisation or place, and the buildings that are places
/// whatever the words before them: readings that hold for news whatever the tagger's weights.
extension EntitySpans {
    /// Parts of a text or law cited by number (`Article 50`, `Resolution 2334`, `Chapter 11`).
    static let numberedParts: Set<String> = [
        "article", "articles", "section", "chapter", "clause", "paragraph", "annex", "appendix", "amendment",
        "resolution", "regulation", "directive", "rule", "page", "figure", "table", "schedule", "part", "item",
        "protocol", "proposition", "title", "volume", "verse",
    ]

    /// Heads of buildings and sites (`Trump Tower`, `Wembley Stadium`, `Al-Aqsa Mosque`): a run ending
    /// in one is never a person; one the tagger typed so is the body housed there (`Jang Building`,
    /// `Kenyatta Barracks`), as an organisation: typed a place, it took the event's place from the
    /// town that ACLED's notes name beside it (`outside Jang Building … in Karachi`). Surnames that are such words (`Hill`, `Hall`, `Park`) are
    /// left out. Marked on each token by the lexicon's one lookup; the tagger does not read it (`Lists.tagged`).
    static let buildingHeads: Set<String> = [
        "tower", "towers", "palace", "stadium", "arena", "cathedral", "mosque", "temple", "synagogue", "building",
        "tunnel", "embassy", "consulate", "museum", "monument", "mall", "plaza", "avenue", "boulevard", "prison",
        "jail", "barracks", "dam", "canal", "terminal", "basilica", "shrine", "racecourse", "velodrome",
    ]

    /// Words that name nothing alone: a sentence's or a reply's opening (`Besides,`, `Well,`, `Do you`,
    /// `OK`), which agency copy and interviews the tagger never saw have it tag, and the deity
    /// (`God`, no person, organisation or place of the news), and the `Jr` or `Sr` left of a name
    /// after a possessive (`King Jr.'s widow`, `Carl's Jr.`).
    static let namelessWords: Set<String> = [
        "besides", "well", "do", "does", "did", "ok", "okay", "yes", "indeed", "anyway", "thus", "hence", "instead",
        "perhaps", "maybe", "oh", "hey", "sorry", "god", "allah", "jr", "sr",
    ]

    /// Whether the word at `k` heads a building's or a site's name.
    func isBuildingHead(_ k: Int) -> Bool { t[k].cap && t[k].lists.contains(.buildingHeads) }

    /// `Article 50`: a one-word run naming a part of a text, right before its number.
    func isNumberedPart(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 1, t[lo].lists.contains(.numberedParts), hi < t.count, t[hi].isWord, t[hi].sentence == t[lo].sentence,
              let first = t[hi].text.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// A run with no word in it (`.` between the parts of `bbc.co.uk`): nothing to name.
    func hasNoWord(_ lo: Int, _ hi: Int) -> Bool {
        !(lo..<hi).contains { t[$0].isWord }
    }

    /// Drops the runs that name nothing (`isNumberedPart`, `hasNoWord`, `namelessWords`), reads platforms as firms
    /// and a building taken for a person as what it houses. Asks each run's bounds first, so a text with
    /// none of them copies no candidate.
    func dropThingsAndPlatforms(_ out: inout [EntityCandidate]) {
        var dropped: [Int] = [], platformRuns: [Int] = []
        for k in out.indices {
            let (lo, hi) = (out[k].lo, out[k].hi)
            // (`Jr.`: the word and its full stop.)
            if isNumberedPart(lo, hi) || hasNoWord(lo, hi) || (hi - lo == 1 || hi - lo == 2 && t[lo + 1].text == ".") && t[lo].lists.contains(.nameless) {
                dropped.append(k)
            }
            else if platformNames(lo, hi) > 0 { platformRuns.append(k) }
            else if hi - lo >= 2, isBuildingHead(hi - 1), out[k].type == .person { (out[k].type, out[k].place) = (.org, nil) }
        }
        guard !dropped.isEmpty || !platformRuns.isEmpty else { return }
        var split: [EntityCandidate] = []
        for k in platformRuns {
            for j in out[k].lo..<out[k].hi where t[j].isWord && t[j].cap && !t[j].lists.contains(.shareWords) {
                split.append(EntityCandidate(lo: j, hi: j + 1, type: .org, strength: 3, words: words(j, j + 1), acronym: false))
            }
        }
        for k in (dropped + platformRuns).sorted(by: >) { out.remove(at: k) }
        out += split
    }

    /// Online platforms news names every day (`posted on Facebook`, `a Telegram channel`): firms,
    /// though the tagger reads a name after `on` as a place.
    static let platforms: Set<String> = [
        "facebook", "twitter", "instagram", "youtube", "whatsapp", "telegram", "tiktok", "wechat", "weibo", "snapchat",
        "linkedin", "reddit", "tumblr", "digg", "pinterest", "flickr", "vkontakte", "skype", "viber", "signal",
    ]

    private func isPlatform(_ k: Int) -> Bool { t[k].cap && t[k].lists.contains(.platforms) }

    /// Words of a row of share buttons that name no platform (`Send`, `Share`).
    static let shareWords: Set<String> = ["send", "share", "email", "print", "tweet", "follow", "like"]

    /// How many platforms a run names when it is one platform alone or a row of share buttons
    /// (`Send Facebook Twitter Google`), which names the firms it lists, not one name of them
    /// all; else 0. `Signal` counts only beside another platform.
    private func platformNames(_ lo: Int, _ hi: Int) -> Int {
        var named = 0
        for k in lo..<hi where isPlatform(k) && t[k].lower != "signal" { named += 1 }
        return named >= 2 || named == 1 && hi - lo == 1 ? named : 0
    }

    /// The region a run of compass words names before its kind (`the North-West region`): of its
    /// namesakes (Cameroon's, Botswana's, South Africa's), the one in a country its sentence names.
    func directedRegion(_ c: EntityCandidate) -> EntityLexicon.Place? {
        let options = lex.directedPlaces(EntityKey.bare(c.words))
        guard options.count > 1 else { return options.first }
        let sentence = t[c.lo].sentence
        var k = c.lo
        while k > 0, t[k - 1].sentence == sentence { k -= 1 }
        var countries = Set<String>()
        while k < t.count, t[k].sentence == sentence {
            // A country's name of one or two words (`Cameroon`, `South Africa`).
            for n in 1...2 where t[k].cap && k + n <= t.count {
                if let place = lex.place(EntityKey.bare(words(k, k + n))), place.code?.count == 2 { countries.insert(place.country) }
            }
            k += 1
        }
        return options.first { countries.contains($0.country) } ?? options.first
    }
}
