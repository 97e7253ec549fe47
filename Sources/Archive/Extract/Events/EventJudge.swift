/// Weighs the rules' drafts of a sentence against the event models: `EventModel.gate` decides
/// whether a sentence with a trigger reports an ACLED event at all (`shells` in a football report
/// does not), `EventModel.types` which sub-event type, and the rules say where the trigger is
/// (for actors, place and date) and name what is too rare for the model to have learned, or what
/// a named weapon says outright. Statements, threats and the like stand only in sentences about an
/// armed conflict, never in a sports or business story.
struct EventJudge {
    let topic: ArticleTopic
    /// Past a story's lead, in a sentence that names no recent day (`ArticleEvents.isUndatedPastLead`):
    /// where a story tells what it sums up, recalls or supposes rather than reports.
    var undatedPastLead = false
    let gate = EventModel.gate
    let types = EventModel.types
    let lexicon: EventLexicon = .shared

    /// Below this probability of an event a sentence reports none: the model thinks it more likely not.
    static let threshold = 0.5

    func judged(_ drafts: [EventDraft], _ sentence: EventSentence, _ candidates: [TriggerHit], _ m: [SentenceMention],
                _ dates: [DateMention]) -> [EventDraft] {
        guard !gate.isEmpty, !drafts.isEmpty else { return drafts }
        // `was shot dead in 1996`: a sentence dated by a year alone tells history, not a report.
        if Self.tellsHistory(dates) { return [] }
        // A film's review or a match report: its words of violence need evidence in their own sentence.
        if topic.isPlainlyGeneral, !standsInGeneralNews(sentence, m, dates) { return [] }
        // Read the gate once, and only for a draft that may stand: most sentences with `said` are dropped before.
        var gated: Double?
        func gateProbability() -> Double {
            if let gated { return gated }
            let p = gate.probabilities(sentence, hits: candidates, mentions: m, topic: topic, lexicon: lexicon)?[1] ?? 0
            gated = p
            return p
        }
        var out: [EventDraft] = []
        var typeProbabilities: [Double]?
        for var draft in drafts {
            if draft.kind != nil {
                guard draft.kind == .legislation ? !isSportOrBusiness && topic.mayReportConflict : kindStands(sentence) else { continue }
                if draft.kind == .legislation, Self.votesAhead(sentence.tokens, draft.first) { continue }
                if draft.kind == .statement, speaksAsOnlooker(sentence) || speaksAsPoliceAlone(sentence)
                    || Self.attributesReport(sentence.tokens, draft.first) { continue }
                if draft.kind == .statement, sentence.marks.contains(.money)
                    || topic.isStory && gateProbability() < Self.doubtedStatement && !speaksAsParty(sentence) { continue }
                draft.confidence = 0.5 + gateProbability() / 2
                out.append(draft)
                continue
            }
            // The gate learned from violence and protests; a strategic development named by a strong
            // word (`agreed to a ceasefire`, `seized control`) beside an armed party or protesters, in a
            // story about a conflict, is the rules' to keep (a celebrity's arrest is not ACLED's).
            let strategic = draft.subType.eventType == .strategicDevelopments && draft.rank >= 5 && !isSportOrBusiness
                && topic.mayReportConflict && sentence.has(lexicon.rules.armedParties)
            // A named weapon or act (`drone strike`, `roadside bomb`, `intercepted`) says it outright in a
            // story about a conflict, or in a text too short to be about anything else.
            let named = draft.rank >= 6 && !draft.generic && topic.mayReportConflict && !isSportOrBusiness && !namesIdleWeapon(draft, sentence)
            if sentence.marks.contains(.acquired), namesAcquiredWeapon(draft, sentence) { continue }
            if draft.subType == .agreement, agreedAsOnlooker(draft, sentence) { continue }
            let p = gateProbability()
            guard named || strategic || p >= threshold else { continue }
            if undatedPastLead, p < Self.doubted { continue }
            let leading = !out.contains { $0.kind == nil }
            // The type model is read only where its answer is used: most drafts keep the rules' type.
            if typeProbabilities == nil, !leading || asksModel(draft) {
                typeProbabilities = types.probabilities(sentence, hits: candidates, mentions: m, topic: topic, lexicon: lexicon)
            }
            if leading {
                draft.subType = subType(for: draft, typeProbabilities, sentence, candidates)
            } else if probability(of: draft.subType, typeProbabilities) < 0.25 {
                continue
            }
            draft.confidence = strategic || named ? max(p, Self.threshold) : p
            out.append(draft)
        }
        return out
    }

    /// A story about something else (a film, a firm) that mentions a protest or a shooting in
    /// passing needs more of the gate than a report about a conflict.
    private var threshold: Double {
        topic.isLong && !topic.isAboutConflict ? Self.offTopicThreshold : Self.threshold
    }

    static let offTopicThreshold = 0.85

    /// `in 1996`, `last year`: dated by a past year alone.
    static func tellsHistory(_ dates: [DateMention]) -> Bool {
        !dates.isEmpty && dates.allSatisfy {
            if case let .absolute(d) = $0.form { return d.precision == .year }
            if case let .yearsFromPublication(n) = $0.form { return n < 0 }
            return false
        }
    }

    /// Whether `subType(for:)` would weigh the type model for this draft.
    private func asksModel(_ draft: EventDraft) -> Bool {
        if draft.rank >= 6 && !draft.generic || !types.classes.contains(draft.subType.rawValue) && draft.rank >= 5 { return false }
        switch draft.subType.eventType {
        case .battles: return draft.generic || draft.subType == .armedClash
        case .violenceAgainstCivilians: return draft.generic || draft.subType == .attack
        case .protests: return draft.subType == .peacefulProtest
        case .strategicDevelopments: return true
        default: return false
        }
    }

    private func probability(of sub: SubEventType, _ probabilities: [Double]?) -> Double {
        guard let probabilities, let c = types.classes.firstIndex(of: sub.rawValue) else { return 0 }
        return probabilities[c]
    }

    /// The model's type, but where the rules name a weapon or an act the model has too few examples of.
    private func subType(for draft: EventDraft, _ probabilities: [Double]?, _ sentence: EventSentence, _ candidates: [TriggerHit]) -> SubEventType {
        guard let probabilities, let c = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }),
              let best = SubEventType(rawValue: types.classes[c]) else { return draft.subType }
        // A named weapon or act (`grenade`, `defused`, `air strike`) says the type outright; the model
        // weighs what the words leave open: clash or attack, which kind of protest or riot.
        if draft.rank >= 6 && !draft.generic || !types.classes.contains(draft.subType.rawValue) && draft.rank >= 5 { return draft.subType }
        switch (draft.subType.eventType, best.eventType) {
        case (.battles, _) where draft.generic || draft.subType == .armedClash, (.violenceAgainstCivilians, _) where draft.generic || draft.subType == .attack:
            // Who fought whom decides clash, attack or mob violence: the model reads the parties' words.
            return best.isViolent || best.eventType == .riots ? best : draft.subType
        case (.protests, .protests) where draft.subType == .peacefulProtest, (.protests, .riots) where draft.subType == .peacefulProtest:
            // Tear gas, live fire and stones are named by the rules; a plain protest may be what the rules
            // miss, but an intervention needs someone in the sentence to intervene.
            if best == .protestWithIntervention || best == .excessiveForce,
               !sentence.has(lexicon.rules.force | lexicon.rules.lethal | lexicon.rules.military) { return draft.subType }
            // Lethal force needs its words outside the protest's cause (`protested the killing of`),
            // which `ProtestClause` found absent: the model reads the cause's words too.
            if best == .excessiveForce { return draft.subType }
            if best.eventType == .riots || best == .protestWithIntervention,
               ProtestClause.violenceOnlyInCause(sentence, candidates, lexicon) { return draft.subType }
            // Words of violence the rules read as the cause, as police's or as no act (`a burnt
            // school`, `no violence`) left the protest peaceful: the model weighs the words, not who did it.
            if best.eventType == .riots, sentence.has(lexicon.rules.violentProtest | lexicon.rules.lethal) { return draft.subType }
            return best
        case (.strategicDevelopments, let type) where type != .strategicDevelopments && (probabilities.max() ?? 0) >= 0.8:
            // `demanded the arrest of`: the arrest is what the protest was about.
            return best
        default:
            return draft.subType
        }
    }

    /// A statement, threat or claim is an event where a party to a conflict makes it about the
    /// conflict: in an article about one, in a sentence that names armed or security forces. Police
    /// in a story with no armed party, political violence or protest speak of crime or accidents.
    private func kindStands(_ sentence: EventSentence) -> Bool {
        topic.isAboutArmedConflict && !topic.isApolitical && sentence.has(lexicon.rules.military | lexicon.rules.conflict) && !isSportOrBusiness
    }

    /// `an analyst said`, `a correspondent reported`, `the police commissioner said`: people who tell
    /// or study a conflict, or police at an ordinary crime, are no party to one.
    private func speaksAsOnlooker(_ sentence: EventSentence) -> Bool {
        if sentence.marks.contains(.envoy), Self.namesEnvoy(sentence.tokens) { return true }
        return sentence.tokens.contains { !$0.isCapitalised && $0.marks.contains(.onlooker) }
    }

    /// `a missile cruiser`, `equipped with Hellfire missiles`, `tested a rocket engine`: a weapon named
    /// as hardware, with no word of its use in the sentence, says nothing outright; the gate weighs it.
    private func namesIdleWeapon(_ draft: EventDraft, _ sentence: EventSentence) -> Bool {
        let word = sentence.tokens[draft.first].lower
        guard Self.hardware.contains(where: { word.hasPrefix($0) }), !sentence.has(lexicon.rules.lethal) else { return false }
        return !sentence.tokens.contains { Self.useWords.contains($0.lower) }
    }

    static let hardware = ["missile", "rocket", "artiller", "mortar", "grenade", "warplane", "war", "fighter", "gunship", "drone", "sniper",
                                   "helicopter", "jets", "katyusha", "projectile", "nerve", "chemical", "sarin", "mustard",
                                   "chlorine", "poison", "toxic"]
    static let useWords: Set<String> = [
        "fired", "fire", "fires", "firing", "hit", "hits", "struck", "strike", "strikes", "striking", "landed", "landing", "fell",
        "pounded", "pounding", "shelled", "shelling", "targeted", "targeting", "damaged", "destroyed", "exploded", "explosion",
        "exploding", "impact", "impacted", "threw", "thrown", "throwing", "hurled", "lobbed", "attack", "attacks", "attacking",
        "barrage", "salvo", "salvos", "bombarded", "bombardment", "rained", "casualties", "dead", "died", "used", "using",
        "dropped", "sprayed", "exposed", "released", "inhaled", "wounds", "kills", "injures", "hurt", "hurts", "maimed", "blew", "went",
        "killing", "wounding", "injuring", "bombed", "bombing", "shot", "shooting",
    ]

    private var isSportOrBusiness: Bool { topic.flags.contains { $0.hasPrefix("sport") || $0.hasPrefix("business") } }
}
