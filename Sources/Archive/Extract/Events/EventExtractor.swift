/// Codes the events an article reports, ACLED-style: what happened (sub-event type), who did it to
/// whom, where (country, first-level region, most precise place), when (resolved against the
/// publication date) and how many died, each traced to the sentence that reports it. Reports of
/// one event in the same article are merged; the store merges them across articles.
public enum EventExtractor {
    /// Bumped whenever event coding changes, so stored articles can be re-extracted.
    public static let version: Int = 31

    public static func events(in body: String, published: PartialDate?, mentions: [EntityMention]) -> [ExtractedEvent] {
        events(in: EntityText(body), published: published, mentions: mentions)
    }

    /// `events(in:published:mentions:)` of a body already decoded, as entity extraction decodes it.
    static func events(in body: EntityText, published: PartialDate?, mentions: [EntityMention]) -> [ExtractedEvent] {
        let reader = read(body, published: published, mentions: mentions)
        let merged = reader.regionOfArticle(EventMerging.mergedWithinArticle(reader.events))
        return located(placedByParties(merged, reader), in: body)
    }

    /// Every sentence's report before reports of one event are merged: for measuring at sentence level.
    public static func reports(in body: String, published: PartialDate?, mentions: [EntityMention]) -> [ExtractedEvent] {
        let text = EntityText(body)
        let reader = read(text, published: published, mentions: mentions)
        return located(placedByParties(reader.regionOfArticle(reader.events), reader), in: text)
    }

    /// What the parties of the text say of where events are: the country of those its places leave
    /// without one, and the namesake at home of a place found abroad.
    private static func placedByParties(_ events: [ExtractedEvent], _ reader: ArticleEvents) -> [ExtractedEvent] {
        let parties = ActorCountries.shared
        return parties.inferred(parties.namesakesAtHome(events, reader.sentences, mentions: reader.mentions), reader.sentences)
    }

    /// Each event with its point on a map, once its place is settled (after merging, which may
    /// give it another report's place).
    private static func located(_ events: [ExtractedEvent], in body: EntityText) -> [ExtractedEvent] {
        events.map { event in
            var event = event
            if let (point, precision) = EventGazetteer.shared.locate(event, in: body) { (event.point, event.geoPrecision) = (point, precision) }
            return event
        }
    }

    /// Each sentence's offsets and the event model's features of it, for scripts/train-event-model.py.
    public static func features(in body: String, mentions: [EntityMention]) -> [(start: Int, end: Int, features: [String])] {
        let sentences = EventText.sentences(EntityText(body))
        let sorted = EventArguments.withoutPeoples(EventArguments.withoutOpeningWords(mentions.sorted { $0.start < $1.start }, sentences), sentences)
        var reader = ArticleEvents(published: nil, mentions: sorted, moneyNames: EventArguments.moneyNames(sorted, sentences))
        reader.topic = ArticleTopic(sentences, lexicon: .shared)
        reader.features = []
        reader.readAll(sentences)
        return zip(sentences, reader.features ?? []).map { ($0.start, $0.end, $1) }
    }

    private static func read(_ body: EntityText, published: PartialDate?, mentions: [EntityMention]) -> ArticleEvents {
        let sentences = EventText.sentences(body)
        let sorted = EventArguments.withoutPeoples(EventArguments.withoutOpeningWords(mentions.sorted { $0.start < $1.start }, sentences), sentences)
        var reader = ArticleEvents(published: published, mentions: sorted, moneyNames: EventArguments.moneyNames(sorted, sentences))
        reader.topic = ArticleTopic(sentences, lexicon: .shared)
        if reader.topic.isEnglish { reader.readAll(sentences) }
        return reader
    }
}

/// The state of reading one article's sentences in order: the events so far, the date the text
/// spoke of last, the place of the paragraph, what the previous sentence reported.
struct ArticleEvents {
    let published: PartialDate?
    let mentions: [EntityMention]
    let finder = EventFinder(lexicon: .shared)
    let coder = EventCoder(lexicon: .shared)
    let gazetteer = EventGazetteer.shared
    var topic = ArticleTopic.neutral
    /// When set, each sentence's model features are kept here (training).
    var features: [[String]]?
    var events: [ExtractedEvent] = []
    /// The article's sentences, for the cues of who acts (`ActorCountries`) once all are read.
    var sentences: [EventSentence] = []
    /// Events whose date is only the publication date of a lead sentence: a later explicit date wins.
    var defaultDated: Set<Int> = []
    var lastDate: PartialDate?
    var previousMeanings: [EventTrigger.Meaning] = []
    var previousEvents: [Int] = []
    var paragraphPlace: (paragraph: Int, place: EventPlace)?
    /// The regions the text's place mentions point to, then those its parties do: each read once per
    /// text, and the parties' only when the places choose no namesake (`nearestNamesake`).
    var textPlaceRegions: [String]?
    var textPartyRegions: [String]?
    /// Locations (name, country, region) whose namesakes cannot be chosen among, whatever the sentence:
    /// a text names its place many times, and the check folds and looks up the name.
    var namesakeless: Set<String> = []
    /// A follow-up story's signs (`ArticleEvents+Retold`): violence dated weeks back, violence dated
    /// to the story's days, and the events of undated violence past the lead.
    var datesViolenceBefore = false
    var datesViolenceNow = false
    var retellings: [Int] = []
    private var mentionCursor = 0
    let articleCountry: String?

    static let reportingWords: Set<String> = ["said", "says", "reported", "reports", "told", "indicated", "according",
                                               "announced", "stated", "added", "confirmed", "claimed", "noted", "quoted"]
    static let anaphors: Set<String> = ["incident", "attack", "blast", "explosion", "bombing", "strike", "operation", "vote",
                                         "bill", "resolution", "clash", "clashes", "protest", "raid", "ambush", "convoy"]

    /// `moneyNames`: starts of the place mentions that name a currency (`the US dollar`), which say
    /// nothing of where the text is.
    init(published: PartialDate?, mentions: [EntityMention], moneyNames: Set<Int> = []) {
        self.published = published
        self.mentions = mentions
        var counts: [String: Int] = [:]
        for m in mentions where m.type == .place && !moneyNames.contains(m.start) { if let c = m.country ?? m.code.map({ String($0.prefix(2)) }) { counts[c, default: 0] += 1 } }
        articleCountry = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Reads the sentences in order; each sees the word lists of the next one in its paragraph.
    mutating func readAll(_ sentences: [EventSentence]) {
        self.sentences = sentences
        for (i, sentence) in sentences.enumerated() {
            let next = i + 1 < sentences.count && sentences[i + 1].paragraph == sentence.paragraph ? sentences[i + 1].lists : 0
            read(sentence, following: next)
        }
        dropRetold()
    }

    /// `following`: the word lists of the next sentence of the paragraph (`The body of a driver lay
    /// by the well. His wrists were tied.`: the signs of an attack may come after the finding).
    mutating func read(_ sentence: EventSentence, following: UInt32 = 0) {
        let inSentence = sentenceMentions(sentence)
        let candidates = finder.candidates(in: sentence, continuing: previousMeanings, following: following)
        var hits = finder.suppressed(candidates, sentence, topic: topic)
        // Only a capitalised trigger can stand inside a name: most sentences keep their hits untouched.
        if hits.contains(where: { sentence.tokens[$0.first].isCapitalised }) {
            hits.removeAll { finder.inPersonName($0, sentence.tokens, inSentence) }
        }
        let dates = DateFinder.dates(in: sentence.tokens).filter { !isDeadline($0, sentence.tokens) }
        let ruleDrafts = coder.drafts(hits, in: sentence, isDated: !dates.isEmpty)
        if published != nil, !ruleDrafts.isEmpty, !dates.isEmpty { noteRetelling(ruleDrafts, sentence, dates) }
        if features != nil {
            // `x:` entries are no features: they let the training script replay the judge's decisions.
            var names = EventFeatures.names(sentence, hits: candidates, mentions: inSentence, topic: topic, lexicon: .shared)
            names += ruleDrafts.map { "x:draft=\($0.subType.rawValue)|\($0.kind?.rawValue ?? "")|\($0.rank)|\($0.generic)" }
            if topic.isAboutConflict { names.append("x:conflict-article") }
            if topic.isLong { names.append("x:long") }
            if EventJudge.tellsHistory(dates) { names.append("x:year-only") }
            features?.append(names)
        }
        defer {
            previousMeanings = hits.filter { !$0.isReference }.map(\.trigger.meaning)
            rememberPlace(inSentence, sentence)
            if !events.isEmpty, let stated = EventArguments.statedFatalities(sentence.tokens), let index = events.lastIndex(where: { $0.subType.isViolent }) {
                events[index].fatalities = stated
            }
        }
        if continues(sentence, hits) {
            extendLastEvent(sentence, dates, inSentence)
            return
        }
        if turnedViolent(sentence, hits) || metForce(sentence, hits) { return }
        // Only a sentence with drafts is looked at for background: most have none.
        let judged = ruleDrafts.isEmpty || tellsBackground(sentence) || tellsRecalled(sentence, dates, ruleDrafts) ? []
            : EventJudge(topic: topic, undatedPastLead: isUndatedPastLead(sentence, dates))
                .judged(ofTheStory(ruleDrafts, sentence, dates), sentence, candidates, inSentence, dates)
        // The dead a sentence counts, counted once: the weighing and each event of the sentence ask.
        var counted: Int?? = nil
        func dead() -> Int? {
            if let counted { return counted }
            let n = EventArguments.fatalities(in: sentence)
            counted = .some(n)
            return n
        }
        let drafts = judged.map { draft in
            var draft = draft
            draft.confidence = weighedConfidence(draft, sentence, inSentence, dates, dead: dead)
            return draft
        }
        let claim = hits.first { $0.trigger.meaning == .kind(.claim) }
        var claimant: EventParty?
        if let claim { claimant = party(claiming: claim.first, inSentence, sentence.tokens) }
        var created: [Int] = []
        for draft in drafts {
            var event = makeEvent(draft, sentence, inSentence, dates, dead: dead)
            event.confidence = draft.confidence
            if draft.kind == nil, !events.isEmpty { event.pointsBack = Self.pointsBack(sentence.tokens, draft, hits) }
            if event.subType.isViolent, let claimant { event.claimedBy = claimant }
            created.append(events.count)
            events.append(event)
        }
        if published != nil, dates.isEmpty, !created.isEmpty { markRetellings(created, sentence) }
        if drafts.isEmpty { carryDeaths(sentence, dates) }
        datePairs(drafts, created, dates)
        if let claimant, !drafts.contains(where: { $0.subType.isViolent }) {
            attachClaim(claimant, claim!, sentence, dates)
        }
        previousEvents = created
        if let latest = dates.last.flatMap({ DateResolver(published: published).resolve($0.form, context: lastDate) }) { lastDate = latest }
    }

    /// `approved two days after the US assassinated …`: the event after the expression is dated
    /// from the one before it.
    private mutating func datePairs(_ drafts: [EventDraft], _ created: [Int], _ dates: [DateMention]) {
        for mention in dates {
            guard case let .daysFromAnchor(n) = mention.form else { continue }
            let pairs = Array(zip(drafts, created))
            guard let before = pairs.first(where: { $0.0.last < mention.first }),
                  let after = pairs.first(where: { $0.0.first > mention.last }) else { continue }
            events[after.1].date = anchoredDate(events[before.1].date, n)
        }
    }

    private mutating func sentenceMentions(_ sentence: EventSentence) -> [SentenceMention] {
        while mentionCursor < mentions.count, mentions[mentionCursor].start < sentence.start { mentionCursor += 1 }
        var end = mentionCursor
        while end < mentions.count, mentions[end].start < sentence.end { end += 1 }
        return EventArguments.mentions(in: sentence, mentions[mentionCursor..<end])
    }

    /// `by 31/12/2021`, `after the end of the year`: a deadline, not when something happened.
    private func isDeadline(_ date: DateMention, _ t: [EventToken]) -> Bool {
        guard date.first > 0 else { return false }
        return ["by", "until", "till", "before", "after", "from", "since", "between", "and"].contains(t[date.first - 1].lower)
    }

    /// `The incident took place near the Kalsu Bridge on Monday`: more about the last event.
    private func continues(_ sentence: EventSentence, _ hits: [TriggerHit]) -> Bool {
        guard let last = previousEvents.last, last < events.count else { return false }
        let words = sentence.tokens.prefix(3).map(\.lower)
        guard words.first == "the" || words.first == "it", words.contains(where: Self.anaphors.contains) || words.first == "it" else { return false }
        return !hits.contains { hit in
            if hit.isReference { return false }
            if case let .subType(sub) = hit.trigger.meaning { return !(sub.isViolent && events[last].subType.isViolent) && sub != events[last].subType }
            if case let .kind(kind) = hit.trigger.meaning { return kind != events[last].kind && kind != .statement && kind != .claim }
            return false
        }
    }

    private static let deathWords: Set<String> = ["killed", "killing", "dead", "died", "death", "deaths", "ammunition"]
    private static let someOf: Set<String> = ["several", "some", "many", "dozens", "scores", "hundreds", "few", "others", "them", "two", "three"]
    private static let interveners: Set<String> = ["police", "policemen", "officers", "security", "soldiers", "troops", "army", "guards", "authorities"]

    /// `Officers fired tear gas and scattered the marchers.`, `Several were arrested.` right after a peaceful
    /// protest: the protest met force, which makes it a protest with intervention (excessive force
    /// where the sentence tells of deaths), not an event of its own.
    private mutating func metForce(_ sentence: EventSentence, _ hits: [TriggerHit]) -> Bool {
        guard let last = previousEvents.last, last < events.count, events[last].subType == .peacefulProtest else { return false }
        let t = sentence.tokens
        let byForces = t.contains { Self.interveners.contains($0.lower) }
        // `He was arrested last week on a charge of …` tells of the man the protest was about; an
        // arrest at the protest is made by police or takes some of the crowd.
        let arrests = t.contains { $0.lower.hasPrefix("arrest") || $0.lower == "detained" }
            && (byForces || sentence.has(EventLexicon.shared.rules.crowds) || t.contains { $0.isNumber || Self.someOf.contains($0.lower) })
        let force = sentence.has(EventLexicon.shared.rules.force) && byForces
        guard arrests || force else { return false }
        // A sentence that reports something else besides (a bombing, a new protest elsewhere) is read as it is.
        let onlyThis = hits.allSatisfy { hit in
            guard case let .subType(sub) = hit.trigger.meaning else { return false }
            return sub == .arrests || sub.eventType == .protests || sub == .violentDemonstration || sub == .armedClash && hit.trigger.generic
        }
        guard onlyThis else { return false }
        events[last].subType = t.contains(where: { Self.deathWords.contains($0.lower) }) && force ? .excessiveForce : .protestWithIntervention
        return true
    }

    /// `They set tyres alight on the bridge.`, `It turned violent.` right after a protest: the
    /// protest was a violent demonstration, not a new event; `Police barricaded the road.` an
    /// intervention; `No violence was reported.` nothing new.
    private mutating func turnedViolent(_ sentence: EventSentence, _ hits: [TriggerHit]) -> Bool {
        guard let last = previousEvents.last, last < events.count, events[last].subType.eventType == .protests,
              sentence.hasLowercase(EventLexicon.shared.rules.violentProtest) else { return false }
        let onlyThis = hits.allSatisfy { hit in
            guard case let .subType(sub) = hit.trigger.meaning else { return false }
            return sub == .arrests || sub.eventType == .protests || sub.eventType == .riots || sub == .lootingPropertyDestruction
                || sub.isViolent && hit.trigger.generic
                || sub == .armedClash && (isCrowdClash(hit, sentence) || saysTheClash(hit, sentence) && hits.contains { isCrowdClash($0, sentence) })
        }
        guard onlyThis, let aftermath = ProtestClause.aftermath(sentence, hits, .shared) else { return false }
        switch aftermath {
        case .violent: events[last].subType = .violentDemonstration
        case .force: if events[last].subType == .peacefulProtest { events[last].subType = .protestWithIntervention }
        case .calm: break
        }
        return true
    }

    /// `Police and the marchers clashed near the court.`: after a protest, a clash told as what
    /// happened (a verb, not `in the clash`, not `armed clashes`) with no armed group named (only
    /// police, troops or crowds) is the protest's own.
    private func isCrowdClash(_ hit: TriggerHit, _ sentence: EventSentence) -> Bool {
        let rules = EventLexicon.shared.rules, t = sentence.tokens
        guard case .subType(.armedClash) = hit.trigger.meaning else { return false }
        if hit.first > 0, ["the", "a", "an", "armed", "of"].contains(t[hit.first - 1].lower) { return false }
        return !t.contains {
            $0.lists & (rules.military | rules.armedParties) != 0 && $0.lists & (rules.interveners | rules.crowds | rules.protestWords) == 0
        }
    }

    /// `during the clash`: the clash the sentence has already told.
    private func saysTheClash(_ hit: TriggerHit, _ sentence: EventSentence) -> Bool {
        hit.first > 0 && sentence.tokens[hit.first - 1].lower == "the"
    }

    /// `Militants attacked the town. 2 people were killed.`: a count in the next sentence, which is
    /// no event of its own, is the dead of the event before it; not when that sentence is dated or
    /// looks back (`five died in a similar raid last year`).
    private mutating func carryDeaths(_ sentence: EventSentence, _ dates: [DateMention]) {
        // Most sentences after an event name no death: the word lists' bits say so before any scan.
        let rules = EventLexicon.shared.rules
        guard sentence.has(rules.conflict | rules.lethal), dates.isEmpty, let index = previousEvents.last, index < events.count,
              events[index].fatalities == nil, events[index].subType.mayKill, EventArguments.mayCountDead(sentence),
              !Self.looksBack(sentence) else { return }
        events[index].fatalities = EventArguments.fatalities(sentence.tokens)
    }

    private static let lookingBack: Set<String> = ["earlier", "previous", "previously", "similar", "ago", "since"]

    private static func looksBack(_ sentence: EventSentence) -> Bool {
        sentence.tokens.contains { lookingBack.contains($0.lower) }
    }

    private mutating func extendLastEvent(_ sentence: EventSentence, _ dates: [DateMention], _ m: [SentenceMention]) {
        guard let index = previousEvents.last else { return }
        if let mention = dates.first, events[index].date == nil || defaultDated.contains(index),
           let date = DateResolver(published: published).resolve(mention.form, context: lastDate ?? events[index].date) {
            events[index].date = date
            defaultDated.remove(index)
        }
        if !placeByChain(of: index, sentence, m), let place = EventArguments.location(m, actors: []) { improvePlace(of: index, with: place) }
        if events[index].fatalities == nil, EventArguments.mayCountDead(sentence), !Self.looksBack(sentence) {
            events[index].fatalities = EventArguments.fatalities(sentence.tokens)
        }
    }

    /// `… left one dead. The clash occurred in X village, Y County.`: the sentence that tells where the
    /// last event happened is read as an event's own sentence is, by its place chains, so the region
    /// it names places a village the table lacks, or tells which of the table's namesakes it is. Only
    /// for an event its own sentence left without a region, and a chain of its country.
    private mutating func placeByChain(of index: Int, _ sentence: EventSentence, _ m: [SentenceMention]) -> Bool {
        guard events[index].admin1Code == nil else { return false }
        let chains = PlaceChains.read(sentence)
        guard !chains.isEmpty, let resolved = chainPlace(chains, context: events[index].countryCode ?? articleCountry, m),
              resolved.admin1 != nil, events[index].countryCode == nil || events[index].countryCode == resolved.country else { return false }
        var event = events[index]
        apply(resolved, to: &event, m)
        events[index] = event
        return true
    }

    private mutating func rememberPlace(_ m: [SentenceMention], _ sentence: EventSentence) {
        guard let last = m.last(where: { $0.isLocative && $0.place?.isCountry == false }), let place = last.place else { return }
        // `In X, Y, police raided the Z community. A shoot-out broke out …`: a neighbourhood named after
        // its city is no place of its own for what follows; the city the sentence names, which the
        // gazetteer puts in a region, is.
        // The first such town: `in X, Y` names the town before its state, whose capital may bear its name.
        if Self.isPartOfCity(last, sentence.tokens), let city = m.first(where: { mention in
            guard mention.isLocative, mention.last < last.first, !Self.isPartOfCity(mention, sentence.tokens),
                  let town = mention.place, !town.isCountry, !town.isRegion else { return false }
            return gazetteer.region(of: town) != nil
        })?.place ?? settingTown(before: last, sentence) {
            paragraphPlace = (sentence.paragraph, city)
            return
        }
        paragraphPlace = (sentence.paragraph, place)
    }

    /// `On 2 May, in X, Y, police raided the Z community.`: where the tagger took X for a person and Y
    /// follows a comma, no locative mention names the town; the sentence's place chain before the
    /// community does (`in X, Y`), when the gazetteer puts its most precise level in a region. Read
    /// only for a part of a city, which few sentences name.
    private func settingTown(before part: SentenceMention, _ sentence: EventSentence) -> EventPlace? {
        for chain in PlaceChains.read(sentence) {
            guard let end = chain.levels.last?.end, end <= part.mention.start else { break }
            let resolved = gazetteer.resolve(chain, context: articleCountry)
            guard let country = resolved.country, resolved.admin1 != nil, let level = resolved.location else { continue }
            let town = EventPlace(name: level.name, key: "place:" + NameKey.fold(level.name), code: nil, country: country, start: level.start)
            if gazetteer.region(of: town) == resolved.admin1 { return town }
        }
        return nil
    }

    /// Words after a name that say it is a part of a city.
    static let cityPartWords: Set<String> = ["neighbourhood", "neighborhood", "community", "suburb", "quarter"]

    /// Whether a mention is followed by a word that makes it a part of a city (`the Z community`); the
    /// word's length is tried before its hash.
    private static func isPartOfCity(_ mention: SentenceMention, _ t: [EventToken]) -> Bool {
        guard mention.last + 1 < t.count else { return false }
        let next = t[mention.last + 1]
        let length = next.end - next.start
        return length >= 6 && length <= 13 && length != 8 && length != 10 && length != 11 && cityPartWords.contains(next.lower)
    }
}
