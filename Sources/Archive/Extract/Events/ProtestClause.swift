/// The words of a sentence that tell what happened at a protest, apart from those that tell what
/// it was about: in `staged a human chain against the killing of a student` the killing is the
/// grievance, not force used on the crowd. The word lists are event-triggers.txt's ([grievance],
/// [interveners], [crowds]), read from each token's list bits so no word is looked up again.
struct ProtestClause {
    let sentence: EventSentence
    /// The protest's words (`first...last`); past the sentence's end when it names none (a sentence
    /// told after the protest: `Police then fired tear gas.`).
    let protestFirst: Int
    let protestLast: Int
    let lexicon: EventLexicon

    init(sentence: EventSentence, protest: TriggerHit?, lexicon: EventLexicon) {
        self.sentence = sentence
        protestFirst = protest?.first ?? sentence.tokens.count
        protestLast = protest?.last ?? sentence.tokens.count
        self.lexicon = lexicon
    }

    /// Where the cause of the sentence's first protest begins: the first word of [grievance]
    /// after the protest's word, or nil when the sentence names no protest or no cause.
    static func grievanceStart(_ hits: [TriggerHit], _ sentence: EventSentence, _ lexicon: EventLexicon) -> Int? {
        guard let protest = firstProtest(hits) else { return nil }
        return grievanceStart(after: protest.last, sentence, lexicon)
    }

    /// The sentence's first word of a protest.
    static func firstProtest(_ hits: [TriggerHit]) -> TriggerHit? {
        hits.first { if case let .subType(s) = $0.trigger.meaning { return s.eventType == .protests }; return false }
    }

    /// The words of the sentence's first protest's cause: from its first word to where the crowd's
    /// own acts begin again (`protested over fees and stoned a building`), or to the sentence's end.
    static func causeRange(_ hits: [TriggerHit], _ sentence: EventSentence, _ lexicon: EventLexicon) -> Range<Int>? {
        guard let start = grievanceStart(hits, sentence, lexicon) else { return nil }
        return start..<causeEnd(from: start, sentence.tokens, lexicon)
    }

    /// A cause runs to the end of its clause: `protesting the fees, burnt their dorm`, `protested
    /// the eviction and stoned the officers`, `protest against the firm turns violent`, `protest
    /// the killing by setting fire to stalls`. A comma or `and` ends it only where a verb of the
    /// crowd's violence follows at once, not a noun (`the killing and burning of homes`).
    static func causeEnd(from start: Int, _ t: [EventToken], _ lexicon: EventLexicon) -> Int {
        let acts = lexicon.rules.violentProtest
        var k = start + 1
        while k < t.count {
            let w = t[k].lower
            if turnVerbs.contains(w) { return k }
            if w == "by", k + 1 < t.count, t[k + 1].lower.hasSuffix("ing"), t[k + 1].lists & acts != 0 { return k }
            if w == "," || w == "and" || w == ";" {
                var j = k + 1
                while j < t.count, clauseOpeners.contains(t[j].lower) { j += 1 }
                if j < t.count, isCrowdAct(t, j, acts) { return k }
            }
            k += 1
        }
        return t.count
    }

    /// A verb of the crowd's violence (`stoned`, `burn`, `burning tyres`, `set ablaze`), not a noun
    /// listing more of a cause (`clashes and vandalism`, `corruption, looting, money laundering`)
    /// nor a participle describing it (`prices set by the wholesalers`, `set out on a march`).
    private static func isCrowdAct(_ t: [EventToken], _ j: Int, _ acts: UInt32) -> Bool {
        let w = t[j].lower
        guard !t[j].isCapitalised, t[j].lists & acts != 0 || fightVerbs.contains(w) else { return false }
        let next = j + 1 < t.count ? t[j + 1].lower : "."
        if w == "set" { return ["ablaze", "alight", "fire", "on"].contains(next) }
        if next == "by" || next == "of" { return false }
        if w.hasSuffix("ing") { return t[j + 1 < t.count ? j + 1 : j].isWord && next != "and" && next != "or" }
        return w.hasSuffix("ed") || pastOrPresent.contains(w) || fightVerbs.contains(w)
    }

    private static let pastOrPresent: Set<String> = ["burnt", "burn", "burns", "threw", "throw", "lit", "light", "stone", "pelt",
                                                     "torch", "smash", "hurl", "hurled", "vandalise", "vandalize", "loot"]

    private static let turnVerbs: Set<String> = ["turned", "turns", "turn", "turning", "degenerated", "escalated", "descended"]
    private static let clauseOpeners: Set<String> = ["then", "later", "also", "allegedly", "reportedly", "they", "and", "before"]
    private static let fightVerbs: Set<String> = ["engage", "engaged", "engaging", "fought", "blocked", "barricaded"]

    static func grievanceStart(after last: Int, _ sentence: EventSentence, _ lexicon: EventLexicon) -> Int? {
        let t = sentence.tokens
        let crowd = lexicon.rules.crowds | lexicon.rules.protestWords
        return t.indices.first { $0 > last && (t[$0].lists & lexicon.rules.grievance != 0 || opensCause(t, $0, last, crowd)) }
    }

    private static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "two", "three", "several"]

    /// `following the killing of …`, `following reported abuses`, `after a teacher was hurt`,
    /// `protested the burning of …`, `to protest violence that marred the vote`: what a protest
    /// answered, told after a preposition of time or as the protest verb's object; not what the crowd
    /// or police did after (`after the protesters blocked the road`, `after police fired`) nor where
    /// or how it went (`protested in the square`, `protests turned violent`).
    private static func opensCause(_ t: [EventToken], _ i: Int, _ last: Int, _ crowd: UInt32) -> Bool {
        let actors = crowd | EventLexicon.shared.rules.interveners
        if t[i].lower == "following" || t[i].lower == "after" {
            guard i + 2 < t.count, t[i + 1].lists & actors == 0, t[i + 2].lists & actors == 0,
                  !pronouns.contains(t[i + 1].lower) else { return false }
            // `after a pedestrian was killed`, `after pedestrian killed`; not `after many of the crowd began …`.
            let harm = EventLexicon.shared.rules.lethal
            return t[i].lower == "following" || determiners.contains(t[i + 1].lower) || (t[i + 1].lists | t[i + 2].lists) & harm != 0
        }
        guard i > last, t[i - 1].lists & EventLexicon.shared.rules.protestWords != 0, protestVerbs.contains(t[i - 1].lower) else { return false }
        return determiners.contains(t[i].lower) || causeWords.contains(t[i].lower) || t[i].lists & EventLexicon.shared.rules.lethal != 0
    }

    private static let pronouns: Set<String> = ["they", "it", "he", "she", "we", "which", "that", "this"]
    private static let protestVerbs: Set<String> = ["protest", "protested", "protests", "protesting", "demonstrated"]
    private static let causeWords: Set<String> = ["of", "for", "recent", "alleged", "increasing", "rising", "violence", "killings",
                                                  "insecurity", "abuses", "attacks", "harassment", "brutality"]

    /// `Following the killing of two guards, residents protested …`: a sentence that opens with what
    /// the protest answered, up to the comma before the protest.
    static func leadingCauseEnd(_ t: [EventToken], _ protestFirst: Int) -> Int {
        guard let first = t.first, first.lower == "following" || first.lower == "after",
              let comma = t.indices.first(where: { t[$0].lower == "," }), comma < protestFirst else { return 0 }
        return comma
    }

    /// `Youths looted shops`, `villagers burned down a police post`: ACLED codes looting and
    /// destruction by a crowd as mob violence; by an armed group or forces, as looting.
    static func crowdLooting(_ sub: SubEventType, _ hit: TriggerHit, _ sentence: EventSentence, _ lexicon: EventLexicon) -> SubEventType {
        let rules = lexicon.rules
        guard sub == .lootingPropertyDestruction, !sentence.has(rules.protestWords), sentence.has(rules.crowds) else { return sub }
        let before = sentence.tokens[..<hit.first]
        guard before.contains(where: { $0.lists & rules.crowds != 0 }),
              !before.contains(where: { $0.lists & (rules.military | rules.armedParties) != 0 && $0.lists & rules.crowds == 0 })
        else { return sub }
        return .mobViolence
    }

    /// `rallied to mourn the demonstrators killed last week`, `demanding the release of those
    /// arrested`: the words of violence or force are all in the protest's cause, none in what happened.
    static func violenceOnlyInCause(_ sentence: EventSentence, _ hits: [TriggerHit], _ lexicon: EventLexicon) -> Bool {
        let t = sentence.tokens
        guard let protest = firstProtest(hits) else { return false }
        let lead = leadingCauseEnd(t, protest.first)
        guard let start = grievanceStart(hits, sentence, lexicon) ?? (lead > 0 ? t.count : nil) else { return false }
        let end = start < t.count ? causeEnd(from: start, t, lexicon) : t.count
        let violence = lexicon.rules.violentProtest | lexicon.rules.lethal | lexicon.rules.force
        return !t[lead..<start].contains { $0.lists & violence != 0 } && !t[end...].contains { $0.lists & violence != 0 }
            && (t[start..<end].contains { $0.lists & violence != 0 } || t[..<lead].contains { $0.lists & violence != 0 })
    }

    /// Peaceful, with intervention, excessive force or violent, from the words outside the cause and
    /// who did what they tell: stones thrown by the crowd make a violent demonstration, stones thrown
    /// at it by police or a rival group an intervention. Excessive force needs lethal force and someone
    /// to use it (police, troops); deaths at a protest with no one named to cause them tell of a violent one.
    func subType(riots: [TriggerHit]) -> SubEventType {
        let t = sentence.tokens
        let end = ProtestClause.grievanceStart(after: protestLast, sentence, lexicon) ?? t.count
        let resumes = end < t.count ? ProtestClause.causeEnd(from: end, t, lexicon) : t.count
        let rules = lexicon.rules
        let acts = rules.violentProtest | rules.lethal
        var lists: UInt32 = 0
        var rioting = false
        for hit in riots where hit.first < end || hit.first >= resumes {
            if act(at: hit.first) == .byCrowd { rioting = true } else { lists |= rules.force }
        }
        let lead = ProtestClause.leadingCauseEnd(t, protestFirst)
        for i in lead..<max(lead, t.count) where i < end || i >= resumes {
            // Only words of violence need reading closely; the list bits say which they are.
            guard t[i].lists & acts != 0 else { lists |= t[i].lists; continue }
            if isSymbolic(t, i) || isNegated(t, i) || describesCrowd(t, i) || isAttribute(t, i) { continue }
            switch act(at: i) {
            case .byCrowd: lists |= t[i].lists
            case .byPolice: lists |= t[i].lists & rules.lethal != 0 ? t[i].lists : rules.force
            case .onCrowd: lists |= rules.force
            }
        }
        let violent = rioting || lists & rules.violentProtest != 0
        let lethal = lists & rules.lethal != 0
        if lethal && lists & rules.interveners != 0 && !violent { return .excessiveForce }
        if violent || lethal { return .violentDemonstration }
        if lists & rules.force != 0 { return .protestWithIntervention }
        return .peacefulProtest
    }
}

extension ProtestClause {
    /// `burned effigies of the minister`, `burnt copies of the decree`: fire as a sign of anger at
    /// someone, not violence (ACLED's codebook counts it a peaceful protest).
    func isSymbolic(_ t: [EventToken], _ i: Int) -> Bool {
        // `carried a coffin`, `placed the dead body of their leader on the road`, `a mock dead body`.
        if t[i].lower == "dead", i + 1 < t.count, t[i + 1].lower.hasPrefix("bod") { return true }
        guard t[i].lower.hasPrefix("burn") || t[i].lower.hasPrefix("torch") || t[i].lower == "set" else { return false }
        return t[(i + 1)..<min(t.count, i + 4)].contains { $0.lower.hasPrefix("effig") || $0.lower == "flag" || $0.lower == "flags" || $0.lower == "copies" }
    }

    /// `no violence was reported`, `without violence`, `no reports of violence`, `not violent`: the word
    /// says it did not happen.
    func isNegated(_ t: [EventToken], _ i: Int) -> Bool {
        guard i > 0, t[i].lists & lexicon.rules.violentProtest != 0 else { return false }
        return t[max(0, i - 3)..<i].contains { ["no", "without", "non", "not"].contains($0.lower) }
    }

    /// `beside the burnt market hall`, `the vandalised office`: a participle after an article describes
    /// a thing; it tells of no act at this protest.
    func isAttribute(_ t: [EventToken], _ i: Int) -> Bool {
        guard i > 0, i + 1 < t.count, ["a", "an", "the"].contains(t[i - 1].lower), t[i + 1].isWord else { return false }
        let w = t[i].lower
        return (w.hasSuffix("ed") || w.hasSuffix("burnt")) && t[i].lists & lexicon.rules.violentProtest != 0
    }
}

/// What the weapons named beside shelling or explosions make of it: `fired mortars and small arms
/// at the positions` is an armed clash (the sides were within rifle range), as is shelling told
/// with both sides fighting (`clashed with heavy artillery`); explosions counted with no bomb or
/// mine named (`twenty explosions near the line`) are shelling.
enum WeaponMix {
    static func subType(_ sub: SubEventType, _ hit: TriggerHit, _ sentence: EventSentence, _ lexicon: EventLexicon) -> SubEventType {
        let explosionWord = sub == .remoteExplosive && hit.trigger.rank <= 3
        guard sub == .shelling || explosionWord else { return sub }
        let t = sentence.tokens
        if sentence.has(lexicon.rules.twoSided | lexicon.rules.smallArms) || hasWeaponPair(t) { return .armedClash }
        if explosionWord, t[hit.last].lower.hasSuffix("s"), isCounted(t, hit.first), !sentence.has(lexicon.rules.devices) {
            return .shelling
        }
        return sub
    }

    /// The pairs the word lists cannot hold: `small arms`, `machine guns`, `bursts of fire`, `both directions`.
    static func hasWeaponPair(_ t: [EventToken]) -> Bool {
        for i in t.indices.dropLast() {
            let (w, next) = (t[i].lower, t[i + 1].lower)
            if (w == "small" && next == "arms") || (w == "machine" && next.hasPrefix("gun")) || (w == "bursts" && next == "of")
                || (w == "both" && (next == "directions" || next == "sides")) {
                return true
            }
        }
        return false
    }

    private static let counts: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                                              "multiple", "dozens", "dozen", "numerous", "many", "series", "hundreds"]

    /// A number or count word up to three words before: `a total of 19 explosions`, `several loud explosions`.
    static func isCounted(_ t: [EventToken], _ first: Int) -> Bool {
        for i in stride(from: first - 1, through: max(0, first - 3), by: -1) {
            if t[i].isNumber || counts.contains(t[i].lower) { return true }
        }
        return false
    }
}
