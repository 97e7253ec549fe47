import Foundation

/// How sure a story's report is, from what its sentence shows besides the gate's reading. The gate
/// reads a sentence's words and is as sure of a war's background (`fighting continues in many parts
/// of the country`) as of its news. In a story (eight sentences or more), a report of an event of
/// its own shows the evidence a coder codes from: it leads the story, names its day, a place, the
/// dead counted, armed actors. Its doubts are a quotation (what someone says, supposes or fears), a
/// second report of a kind of event the story has told already with no day of its own, and no verb
/// of the past. Coders' notes and snippets (no story) keep the gate's confidence: each of their
/// sentences is the report.
extension ArticleEvents {
    /// Weight of the gate's log-odds beside the sentence's evidence: the gate is overconfident
    /// on stories (0.99 for a quoted generality), so its reading counts half.
    static let gateWeight = 0.5
    /// Log-odds each piece of evidence adds, counted from `evidenceExpected` (two of five).
    static let evidenceWeight = 1.0
    static let evidenceExpected = 2.0
    static let quotedWeight = 1.5
    static let retoldWeight = 0.8
    static let presentWeight = 0.8

    /// A draft's confidence in a story, weighed by its sentence's evidence and doubts, never under
    /// `EventJudge.threshold`: the weighing orders what the judge kept, it drops nothing (a drop by
    /// doubts took a quarter of WikiEvents' attack sentences, second reports of a told attack).
    func weighedConfidence(_ draft: EventDraft, _ sentence: EventSentence, _ m: [SentenceMention],
                           _ dates: [DateMention], dead: () -> Int?) -> Double {
        guard topic.isStory else { return draft.confidence }
        let evidence = Self.evidence(sentence, m, dates, dead: dead)
        let doubts = doubts(draft, sentence, dates)
        let p = min(max(draft.confidence, EventJudge.threshold), 0.999)
        let logOdds = Self.gateWeight * log(p / (1 - p)) + Self.evidenceWeight * (Double(evidence) - Self.evidenceExpected) - doubts
        return max(1 / (1 + exp(-logOdds)), EventJudge.threshold)
    }

    /// What a report of the story's own news shows: it leads (headline or first sentence), names
    /// its day, a place, the dead counted, armed actors in words. Counted 0 to 5.
    static func evidence(_ sentence: EventSentence, _ m: [SentenceMention], _ dates: [DateMention], dead: () -> Int?) -> Int {
        let lexicon = EventLexicon.shared
        var n = sentence.index <= 1 ? 1 : 0
        if !dates.isEmpty { n += 1 }
        if m.contains(where: { $0.mention.type == .place }) { n += 1 }
        if (dead() ?? 0) > 0 { n += 1 }
        if EventJudge.namesArmedActors(sentence, lexicon) || opensWithArmedActors(sentence, lexicon) { n += 1 }
        return n
    }

    /// `Soldiers killed …`, `Gunmen shot …`: armed actors as the sentence's first word, capitalised
    /// only by their place.
    static func opensWithArmedActors(_ sentence: EventSentence, _ lexicon: EventLexicon) -> Bool {
        guard let first = sentence.tokens.first, first.isWord else { return false }
        return first.lists & lexicon.rules.armedParties != 0 && first.lists & lexicon.rules.protestWords == 0
            && !EventJudge.civic.contains(first.lower)
    }

    /// The log-odds a sentence's doubts take away: a quotation, a second report of a kind of event
    /// told already with no day of its own, no verb of the past past the lead.
    func doubts(_ draft: EventDraft, _ sentence: EventSentence, _ dates: [DateMention]) -> Double {
        var doubt = 0.0
        if Self.opensQuotation(sentence) { doubt += Self.quotedWeight }
        // By index: a closure over the events copies each one it is handed.
        if dates.isEmpty, events.indices.contains(where: { events[$0].subType.eventType == draft.subType.eventType && events[$0].kind == draft.kind }) {
            doubt += Self.retoldWeight
        }
        if sentence.index >= 2, !Self.hasPastVerb(sentence) { doubt += Self.presentWeight }
        return doubt
    }

    /// `"We will answer any attack," he said.`: a sentence that opens with a quotation mark tells
    /// what someone says.
    static func opensQuotation(_ sentence: EventSentence) -> Bool {
        // Unicode's own property, not `CharacterSet`, whose lookups cost thousands of instructions
        // here; and ASCII by its value, before any property is looked up.
        guard let first = sentence.text.unicodeScalars.first(where: { $0.value < 0x80 ? !isASCIISpace($0.value) : !$0.properties.isWhitespace })
        else { return false }
        switch first.value {
        case 0x22, 0x27, 0x201C, 0x2018, 0x00AB: return true
        default: return false
        }
    }

    private static func isASCIISpace(_ v: UInt32) -> Bool { v == 0x20 || (v >= 0x09 && v <= 0x0D) }
}
