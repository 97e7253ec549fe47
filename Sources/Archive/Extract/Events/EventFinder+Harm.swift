/// Violence in its literal sense: a weak verb of violence (`attacked`, `shot`, `beat`) reports an
/// event without a word of armed conflict when it is done to people, and figures of speech are
/// done to plans, records and rivals' policies. People are struck when they are the verb's object
/// (`assaulted a reporter`, `beat up four persons`, `shot an election officer`), its subject in the
/// passive (`two traders were shot`, `a teacher was reportedly beaten`) or the ones who did it
/// (`wounded by soldiers' fire`, `attacked by a rival's supporters`).
extension EventFinder {
    func harmsPeople(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let verb = t[hit.last].lower
        guard let verbal = Self.harmVerbs[verb] else { return false }
        return personObject(t, after: hit.last, figurative: verbal)
            || personSubject(t, before: hit.first, figurative: verbal)
            || personAgent(t, after: hit.last)
            || (!verbal && crowdSubject(t, before: hit.first))
            // `youths attacked an election official`: a crowd's blow at a person, which a critic's words are not.
            || (verbal && crowdSubject(t, before: hit.first) && personObject(t, after: hit.last, figurative: false))
            || killedBy(t, after: hit.last)
            || headlinePassive(t, hit)
    }

    /// `villagers assaulted`, `angry local youths beat`: people in numbers strike with their hands,
    /// not with words, when the verb is one not said of speech.
    private func crowdSubject(_ t: [EventToken], before first: Int) -> Bool {
        var i = first - 1
        while i >= 0, i >= first - 3, Self.passiveAdverbs.contains(t[i].lower) || Self.crowdAdjectives.contains(t[i].lower) { i -= 1 }
        return i >= 0 && t[i].lists & lexicon.rules.crowds != 0 && (!t[i].isCapitalised || i == 0)
    }

    private static let crowdAdjectives: Set<String> = ["angry", "irate", "enraged", "local", "armed", "rival", "hundreds", "dozens"]

    /// `burnt the man to death`, `stoned two suspects to death`: what ends in a death is no figure of speech.
    private func killedBy(_ t: [EventToken], after last: Int) -> Bool {
        var i = last + 1
        while i + 1 < t.count, i <= last + 6 {
            if t[i].lower == "to", t[i + 1].lower == "death" { return true }
            if !t[i].isWord { return false }
            i += 1
        }
        return false
    }

    /// `hundreds of residents`, `members of the traders' union`, `a group of students`: people in
    /// numbers among the twelve tokens before a verb, within its clause.
    func actsAsCrowd(_ t: [EventToken], _ first: Int) -> Bool {
        var i = first - 1
        while i >= 0, i >= first - 12 {
            let token = t[i]
            if !token.isWord, [";", ".", ":"].contains(token.lower) { return false }
            if token.isWord, (token.lists & lexicon.rules.crowds != 0 && (!token.isCapitalised || i == 0)) || Self.crowdWords.contains(token.lower) {
                return true
            }
            i -= 1
        }
        return false
    }

    /// `burned twenty shops`, `burnt the county offices`, `houses were burned`: buildings, vehicles
    /// or goods among the five words after the verb (`burned in their homes` tells where, not
    /// what), or as the subject of its passive.
    func strikesProperty(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        for token in t[(hit.last + 1)..<min(t.count, hit.last + 6)] {
            if Self.places.contains(token.lower) || !token.isWord { break }
            if !token.isCapitalised, Self.property.contains(token.lower) { return true }
        }
        guard hit.first >= 2, ["was", "were", "been"].contains(t[hit.first - 1].lower) else { return false }
        return t[max(0, hit.first - 6)..<(hit.first - 1)].contains { Self.property.contains($0.lower) }
    }

    private static let places: Set<String> = ["in", "at", "on", "by", "to", "with", "for", "from", "into", "inside", "near", "outside"]

    private static let property: Set<String> = [
        "house", "houses", "home", "homes", "hut", "huts", "shop", "shops", "stall", "stalls", "store", "stores", "kiosk", "kiosks",
        "market", "vehicle", "vehicles", "car", "cars", "bus", "buses", "truck", "trucks", "lorry", "lorries", "motorcycle", "motorcycles",
        "office", "offices", "station", "church", "churches", "mosque", "mosques", "temple", "temples", "school", "schools",
        "building", "buildings", "property", "properties", "crops", "granary", "warehouse", "headquarters", "camp", "dormitory",
        "dormitories", "farm", "farms", "structures", "premises", "residence", "residences", "pastureland", "village", "villages",
        "van", "vans", "minibus", "taxi", "tractor", "motorbike", "motorbikes",
    ]

    private static let crowdWords: Set<String> = ["group", "groups", "members", "hundreds", "dozens", "thousands", "scores", "crowd"]

    /// The verbs of harm and whether they are often said of words (`attacked the plan`,
    /// `targeted voters`): their objects must be people no speech is aimed at.
    private static let harmVerbs: [String: Bool] = [
        "attack": true, "attacks": true, "attacked": true, "attacking": true, "targeted": true, "targeting": true,
        "assault": false, "assaults": false, "assaulted": false, "beat": false, "beats": false, "beaten": false,
        "beating": false, "up": false, "shot": false, "shoot": false, "shoots": false, "hacked": false,
        "wounded": false, "injured": false, "stabbed": false, "down": false, "stoned": false, "injure": false, "injures": false,
        "hacks": false, "stone": false, "stones": false, "raid": true, "raids": true, "raided": true, "raiding": true,
    ]

    /// Words that may stand between a verb and the people it struck: `assaulted the two local
    /// traders`, `shot an AP officer`, `beat up at least four persons`.
    private static let modifiers: Set<String> = [
        "a", "an", "the", "two", "three", "four", "five", "six", "several", "some", "local", "unarmed", "up", "at", "least",
        "about", "another", "other", "fellow", "one", "his", "her", "their", "its", "innocent", "young", "elderly", "female",
        "male", "senior", "off-duty", "former", "group", "of", "seven", "eight", "nine", "ten", "dozen", "dozens", "scores",
        "hundreds", "thousands", "many", "numerous",
    ]

    /// Words that end the phrase naming what was struck: what follows them is no longer its head.
    private static let connectives: Set<String> = ["of", "in", "on", "at", "with", "for", "over", "to", "from", "by", "and", "or", "as", "into", "after", "before"]

    /// People a speech is aimed at as often as a blow: not a sign of violence after `attacked`.
    private static let addressees: Set<String> = ["official", "officials", "leader", "leaders", "candidate", "candidates", "member", "members", "them", "him", "her"]

    private func isPerson(_ token: EventToken) -> Bool {
        !token.isCapitalised && token.lists & (lexicon.rules.civilians | lexicon.rules.people) != 0
    }

    private func personObject(_ t: [EventToken], after last: Int, figurative: Bool) -> Bool {
        var i = last + 1
        if i < t.count, ["him", "her", "them"].contains(t[i].lower) { return !figurative }
        while i < t.count, i <= last + 4, t[i].isNumber || Self.modifiers.contains(t[i].lower) || (t[i].isCapitalised && t[i].isWord) {
            i += 1
        }
        // `the county official`, `a boda boda rider`: a word or two may say which people.
        // `attacked a group of Christians`: a group of people named by their faith or their people.
        if let group = (last + 1..<i).first(where: { t[$0].lower == "group" }), group + 2 < i, t[group + 1].lower == "of", t[i - 1].isCapitalised {
            return true
        }
        var k = i
        while k < t.count, k < i + 2, !isPerson(t[k]), t[k].isWord, !t[k].isCapitalised, !Self.connectives.contains(t[k].lower) { k += 1 }
        i = k
        guard i < t.count, isPerson(t[i]), !(figurative && Self.addressees.contains(t[i].lower)) else { return false }
        // `attacked residents' plans`: what belongs to people is no person.
        return i + 1 >= t.count || !["'", "'s", "’"].contains(t[i + 1].lower)
    }

    /// `A trader was shot`, `two girls were wounded`, `he was allegedly beaten`.
    private func personSubject(_ t: [EventToken], before first: Int, figurative: Bool) -> Bool {
        var i = first - 1
        while i >= 0, Self.passiveAdverbs.contains(t[i].lower) { i -= 1 }
        guard i >= 1, ["was", "were", "been", "being", "got"].contains(t[i].lower) else { return false }
        var k = i - 1
        if k >= 1, t[k].lower == "had" || t[k].lower == "have" || t[k].lower == "has" { k -= 1 }
        if figurative { return isPerson(t[k]) && !Self.addressees.contains(t[k].lower) }
        return ["he", "she", "they"].contains(t[k].lower) || isPerson(t[k])
    }

    private static let passiveAdverbs: Set<String> = [
        "reportedly", "allegedly", "fatally", "seriously", "critically", "severely", "badly", "brutally", "physically",
        "reported", "also", "then", "later", "first", "repeatedly",
    ]

    /// `wounded by Afghan forces' fire`, `attacked by supporters of a rival`, `assaulted by unknown
    /// men`, `attacked with pepper spray by a rival group`.
    private func personAgent(_ t: [EventToken], after last: Int) -> Bool {
        guard let by = t[(last + 1)..<min(t.count, last + 5)].firstIndex(where: { $0.lower == "by" }),
              t[(last + 1)..<by].allSatisfy({ $0.isWord && !$0.isCapitalised }) else { return false }
        var i = by + 1
        while i < t.count, i <= by + 4, t[i].isNumber || Self.modifiers.contains(t[i].lower) || (t[i].isCapitalised && t[i].isWord) {
            i += 1
        }
        // `by unidentified youths`, `by a rival group`: a word or two may say which people.
        var k = i
        while k < t.count, k < i + 2, t[k].isWord, !t[k].isCapitalised, !isAgent(t[k]), !Self.connectives.contains(t[k].lower) { k += 1 }
        return k < t.count && !t[k].isCapitalised && isAgent(t[k])
    }

    private func isAgent(_ token: EventToken) -> Bool {
        token.lists & (lexicon.rules.people | lexicon.rules.military | lexicon.rules.armedParties | lexicon.rules.crowds) != 0
            || Self.agentBands.contains(token.lower)
    }

    private static let agentBands: Set<String> = ["group", "gang", "men", "mob", "assailants", "attackers"]

    /// `Journalist attacked for taking photos`, `Activist assaulted by unknown men`: a headline's
    /// passive, the person first and the participle after with no object.
    private func headlinePassive(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard hit.first >= 1, hit.first <= 3, t[hit.last].lower.hasSuffix("ed"), isPersonWord(t[hit.first - 1]),
              hit.last + 1 < t.count else { return false }
        return ["by", "for", "in", "at", "on", "during", "while", "after", "over", "near"].contains(t[hit.last + 1].lower) || !t[hit.last + 1].isWord
    }

    private func isPersonWord(_ token: EventToken) -> Bool {
        token.lists & (lexicon.rules.civilians | lexicon.rules.people) != 0
    }

    /// `battled`, `shot`: a weak word of violence needs a sign of armed conflict, in a word and not
    /// in a name (`Spears`, `Gunn`), unless the name is of armed forces (`the Army`, `Police`). A
    /// sentence's first word is a word (`Raiders attacked …`).
    func hasConflictSign(_ sentence: EventSentence) -> Bool {
        let rules = lexicon.rules
        if sentence.hasLowercase(rules.conflict) || (sentence.tokens.first?.lists ?? 0) & rules.conflict != 0 { return true }
        return sentence.has(rules.conflict) && sentence.tokens.contains { $0.lists & rules.conflict != 0 && $0.lists & rules.military != 0 }
    }

    /// `are set to protest`, `is set to attack`: what is arranged has not happened.
    func isSetTo(_ t: [EventToken], _ first: Int) -> Bool {
        first >= 2 && t[first - 1].lower == "to" && t[first - 2].lower == "set"
    }

    /// `protest groups`, `a protest vote`, `resigned in protest`: the word names people, a ballot or
    /// one person's gesture, not a crowd that protested.
    func isProtestAct(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        if hit.last + 1 < t.count, Self.protestNouns.contains(t[hit.last + 1].lower) { return false }
        // `sent notes of protest`, `a letter of protest`: the writing, as `protest notes` above.
        if hit.first >= 2, t[hit.first - 1].lower == "of", Self.writtenProtests.contains(t[hit.first - 2].lower) { return false }
        if isScheduled(t, after: hit.last) || isShowing(t, hit) || isBanned(t, hit) { return false }
        if hit.first >= 1, t[hit.first - 1].lower == "in",
           t[max(0, hit.first - 5)..<(hit.first - 1)].contains(where: { $0.lower.hasPrefix("resign") || $0.lower.hasPrefix("quit") }) {
            return false
        }
        return true
    }

    /// `a march set for Friday`, `the rally scheduled for next week`: one that has not happened yet.
    private func isScheduled(_ t: [EventToken], after last: Int) -> Bool {
        let word = t[last].lower
        guard !word.hasSuffix("ed"), !word.hasSuffix("ing") else { return false }
        var k = last + 1
        while k < min(t.count - 1, last + 7) {
            if Self.scheduleWords.contains(t[k].lower), t[k + 1].lower == "for" || t[k + 1].lower == "to" { return true }
            if !t[k].isWord || t[k].lower == "and" { return false }
            k += 1
        }
        return false
    }

    // Not `due to`, which gives a cause (`protested due to power cuts`).
    private static let scheduleWords: Set<String> = ["set", "scheduled", "planned", "slated"]

    /// `a live demonstration of how a lock is picked`, `a product demonstration`: showing, not protesting.
    private func isShowing(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard t[hit.last].lower.hasPrefix("demonstration") else { return false }
        if hit.first > 0, Self.showingWords.contains(t[hit.first - 1].lower) { return true }
        return hit.last + 2 < t.count && t[hit.last + 1].lower == "of" && Self.showingObjects.contains(t[hit.last + 2].lower)
    }

    private static let showingWords: Set<String> = ["live", "product", "practical", "cooking", "software", "technical", "technology", "flight", "hands-on"]
    private static let showingObjects: Set<String> = ["how", "what", "why", "whether", "its", "his", "her", "their", "the"]

    /// `drone footage`, `a drone show`: a camera or a toy in the air, not a weapon.
    func isCivilDrone(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        guard t[hit.last].lower.hasPrefix("drone"), hit.last + 1 < t.count else { return false }
        return Self.civilDroneWords.contains(t[hit.last + 1].lower)
    }

    private static let civilDroneWords: Set<String> = [
        "footage", "video", "videos", "camera", "cameras", "photo", "photos", "photograph", "photographs", "photography",
        "image", "images", "picture", "pictures", "delivery", "deliveries", "show", "shows", "racing", "race", "races",
        "hobbyist", "hobbyists", "enthusiast", "enthusiasts", "maker", "makers", "manufacturer", "manufacturers", "industry",
        "company", "companies", "startup", "retailer", "sales", "market", "sighting", "sightings", "survey", "surveys", "mapping",
    ]

    private static let writtenProtests: Set<String> = ["letter", "letters", "note", "notes"]

    private static let protestNouns: Set<String> = [
        "group", "groups", "movement", "movements", "vote", "votes", "voters", "song", "songs", "singer", "leader", "leaders",
        "organiser", "organisers", "organizer", "organizers", "letter", "letters", "note", "notes", "party",
        // A motor rally: `a rally driver`, `the rally school`, `rally cars`.
        "driver", "drivers", "car", "cars", "school", "team", "championship", "stage", "stages",
    ]

    /// A disaster or accident the sentence tells, not one it gives as the cause of what it tells
    /// (`beat the driver to death following a road accident`).
    /// `besides`: words of the list not to count.
    func tellsDisaster(_ sentence: EventSentence, besides: Set<String> = []) -> Bool {
        guard sentence.hasLowercase(lexicon.rules.suppress) else { return false }
        let t = sentence.tokens
        return t.indices.contains { i in
            !t[i].isCapitalised && t[i].lists & lexicon.rules.suppress != 0 && !isStormingVerb(t, i)
                && (besides.isEmpty || !besides.contains(t[i].lower))
                && !t[max(0, i - 3)..<i].contains { ["following", "after", "over", "since"].contains($0.lower) }
        }
    }

    /// `gunmen stormed the village`, `youths storm the office`: people storming a place, not weather.
    private func isStormingVerb(_ t: [EventToken], _ i: Int) -> Bool {
        guard t[i].lower.hasPrefix("storm") else { return false }
        if t[i].lower != "storm" && t[i].lower != "storms" { return true }
        // `storm the office` with no article before it: a verb whatever its subject.
        if i + 1 < t.count, ["a", "an", "the"].contains(t[i + 1].lower), i == 0 || !["a", "an", "the"].contains(t[i - 1].lower) { return true }
        return i > 0 && t[i - 1].lists & (lexicon.rules.conflict | lexicon.rules.crowds | lexicon.rules.armedParties | lexicon.rules.military | lexicon.rules.people) != 0
    }
}
