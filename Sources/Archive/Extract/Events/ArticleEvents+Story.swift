/// What a story tells besides its own news, read from the article as a whole or from a sentence's
/// grammar: crime, accidents and quarrels told where nothing in the article speaks of armed
/// forces, political violence or protest; the months before the story; what is, rather than what
/// happened; the life a death notice looks back on; the act a court case is about.
extension ArticleEvents {
    /// The drafts a story reports as its own news: ACLED's events long or months before
    /// publication, in a story with no word of political violence, in a life story, without a
    /// verb of the past, as what a court case is about, or in a question are dropped. Our own kinds are left to
    /// the judge: a law stays news while it is in force (a story of 2022 about the withdrawal a
    /// vote of 2020 asked for reports the vote).
    func ofTheStory(_ drafts: [EventDraft], _ sentence: EventSentence, _ dates: [DateMention]) -> [EventDraft] {
        // `Protest over RT?`, `Will the rebels attack the city?`: a question reports nothing.
        if sentence.tokens.last?.lower == "?" { return [] }
        // `READ MORE: Rebels seize town The army said …`: another story's headline runs into the sentence.
        var drafts = drafts
        if let link = Self.linkedHeadlineEnd(sentence.tokens) { drafts.removeAll { $0.first < link } }
        // A statement or threat of years back is no news either; a law stays news while it is in force.
        if published != nil, !dates.isEmpty, isLongBefore(dates) { return drafts.filter { $0.kind == .legislation } }
        guard drafts.contains(where: { $0.kind == nil }) else { return drafts }
        if topic.isStory && isMonthsBefore(dates) { return drafts.filter { $0.kind != nil } }
        if topic.isStory, !namesItsDay(dates), let season = pastSeason(sentence.tokens) {
            if !season.possessive { return drafts.filter { $0.kind != nil } }
            drafts.removeAll { $0.kind == nil && $0.first > season.index && $0.first <= season.index + 3 }
        }
        if published != nil, Self.spansPastYears(sentence.tokens, before: published!.year), !namesItsDay(dates) {
            return drafts.filter { $0.kind != nil }
        }
        // A life story's events are its past unless a recent day is named (`was arrested on Monday`).
        if topic.isLifeStory, !namesItsDay(dates) { return drafts.filter { $0.kind != nil } }
        let tellsNoAct = topic.isStory && sentence.index >= 2 && dates.isEmpty && !Self.hasPastVerb(sentence)
        // A strategic development is kept: an agreement stays the news while it holds.
        let weeksBefore = topic.isStory && sentence.index >= 2 && !dates.isEmpty && published != nil && isWeeksBefore(dates, sentence)
        let recent = topic.isStory && sentence.marks.contains(.recent) && !namesItsDay(dates)
        let court = sentence.marks.contains(.justice)
        let perfect = sentence.marks.contains(.perfect) && isUndatedPastLead(sentence, dates)
            && !(sentence.marks.contains(.since) && Self.sinceItsDays(sentence.tokens))
        // A follow-up's retelling: no date, past the lead (`ArticleEvents+Known`).
        let known = published != nil && topic.isStory && sentence.index >= 2 && dates.isEmpty
        let toldTime = published != nil && topic.isStory && !namesItsDay(dates) && Self.setsToldTime(sentence.tokens)
        let tally = sentence.marks.contains(.perfect) && drafts.contains { $0.kind == nil && $0.subType.eventType != .protests }
            && (Self.tallies(sentence.tokens) || Self.countsActs(sentence.tokens, drafts)) && !namesItsDay(dates)
        return drafts.filter { draft in
            guard draft.kind == nil else { return true }
            if tally, draft.subType.eventType != .protests, draft.subType.eventType != .riots { return false }
            if draft.subType.eventType != .protests, Self.countsUp(sentence.tokens, draft) { return false }
            if topic.isApolitical, !Self.standsWithoutParties(draft) { return false }
            if tellsNoAct || toldTime { return false }
            if published != nil, Self.isCharged(sentence.tokens, draft, dates) || Self.followsSpanOfActs(sentence.tokens, draft) { return false }
            if known, draft.subType.isViolent, Self.namesAsKnown(sentence.tokens, draft) { return false }
            if weeksBefore, draft.subType.eventType != .strategicDevelopments { return false }
            if recent, Self.isCalledRecent(sentence.tokens, draft.first) || Self.opensRecently(sentence.tokens) { return false }
            if court, Self.isWhatTheCaseIsAbout(sentence.tokens, draft.first) { return false }
            if perfect, Self.isToldInPerfect(sentence.tokens, draft) { return false }
            if published != nil, namesPastYear(sentence.tokens, draft.first) { return false }
            if published != nil, draft.subType.eventType != .strategicDevelopments, datesPastYearAfter(sentence.tokens, draft) { return false }
            if topic.isStory, sentence.index >= 2, Self.refersBack(sentence.tokens, draft.first) { return false }
            // `a flash mob`: dancers or singers gathered for a show.
            if draft.subType == .mobViolence, draft.first > 0, sentence.tokens[draft.first - 1].lower == "flash" { return false }
            return true
        }
    }

    /// `In January, militants attacked …`, `last November`, `in May 2015`: a story tells its own news
    /// by the day; a past month named alone (every date of the sentence of a month or coarser, before
    /// the month of publication) tells what came before it. So does a past year beside it (`in January
    /// after retaking the city in December of last year`).
    func isMonthsBefore(_ dates: [DateMention]) -> Bool {
        guard let published, let month = published.month, !dates.isEmpty else { return false }
        let resolver = DateResolver(published: published)
        return dates.allSatisfy { mention in
            switch mention.form {
            case .month, .monthsFromPublication: break
            case let .absolute(d) where d.precision == .month || d.precision == .year: break
            case let .yearsFromPublication(n) where n < 0: break
            default: return false
            }
            guard let date = resolver.resolve(mention.form, context: nil) else { return false }
            guard let m = date.month else { return date.year < published.year }
            return date.year * 12 + m < published.year * 12 + month
        }
    }

    /// A crime, an accident or a quarrel: only a named bomb or device, or a protest, is ACLED's
    /// without an armed party or a crowd in the story.
    static func standsWithoutParties(_ draft: EventDraft) -> Bool {
        switch draft.subType.eventType {
        case .protests: return true
        case .explosions: return draft.rank >= 6 && !draft.generic
        default: return false
        }
    }

    /// `the battle for the city will look much like the last`, `chlorine is easy to obtain`: past the
    /// lead, a report tells what happened in a verb of the past (`attacked`, `were killed`, `fled`, `had`);
    /// a sentence without one and without a date says what is or may be.
    static func hasPastVerb(_ sentence: EventSentence) -> Bool {
        if !sentence.marks.isDisjoint(with: [.past, .had]) { return true }
        return sentence.tokens.contains { token in
            guard token.isWord, !token.isCapitalised else { return false }
            let u = token.lower.utf8
            guard u.count > 3, let last = u.last, last == UInt8(ascii: "d") else { return false }
            return u[u.index(u.endIndex, offsetBy: -2)] == UInt8(ascii: "e")
        }
    }

    /// `a plea deal over her involvement in the protest`, `jailed for his role in the killing`: in a
    /// sentence about a court case, the act named after `role in`, `part in`, `involvement in` is what
    /// the case is about, reported when it happened.
    static func isWhatTheCaseIsAbout(_ t: [EventToken], _ first: Int) -> Bool {
        var i = first - 1
        if i >= 0, ["the", "a", "an", "this", "that", "their", "his", "her", "its", "last", "year's"].contains(t[i].lower) { i -= 1 }
        guard i >= 1, t[i].lower == "in" else { return false }
        return ["role", "roles", "part", "involvement", "participation", "taking"].contains(t[i - 1].lower)
    }
}

extension ArticleTopic {
    /// No sentence speaks of armed forces or groups, political violence or protest in a word
    /// written in lowercase (police alone keep order; `the Army` in a name is no army at work).
    static func isApolitical(_ sentences: [EventSentence], lexicon: EventLexicon) -> Bool {
        let bits = lexicon.rules.armedParties | lexicon.rules.protestWords
        return !sentences.contains { $0.hasLowercase(bits) || $0.marks.contains(.political) && hasLowercasePolitical($0) }
    }

    private static func hasLowercasePolitical(_ sentence: EventSentence) -> Bool {
        sentence.tokens.contains { !$0.isCapitalised && $0.marks.contains(.political) }
    }

    /// `Jimmy Breslin … dies`, `who died Sunday at 88`: a death told with an old age in the lead is
    /// a life story, and the riots and wars it tells are the life's.
    static func isLifeStory(_ sentences: [EventSentence]) -> Bool {
        for sentence in sentences.prefix(3) where sentence.marks.contains(.died) {
            let t = sentence.tokens
            for i in t.indices where t[i].marks.contains(.died) {
                for k in (i + 1)..<min(t.count, i + 4) where t[k].lower == "at" || t[k].lower == "aged" {
                    if k + 1 < t.count, t[k + 1].isNumber, let age = Int(t[k + 1].lower), (50...120).contains(age) { return true }
                }
            }
        }
        return false
    }
}
