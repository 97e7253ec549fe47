/// Building one event from a draft: its parties, place and date.
extension ArticleEvents {
    /// `dead`: the sentence's count of the dead (`EventArguments.fatalities`), which the caller may have counted.
    mutating func makeEvent(_ draft: EventDraft, _ sentence: EventSentence, _ m: [SentenceMention], _ dates: [DateMention],
                            dead: () -> Int?) -> ExtractedEvent {
        let t = sentence.tokens
        let lastReport = t.indices.last { $0 < draft.first && Self.reportingWords.contains(t[$0].lower) } ?? -1
        let chains = PlaceChains.read(sentence)
        let cause = draft.subType.isProtestLike ? protestCause(draft, sentence) : nil
        // A place is never a party: neither a place mention nor a name a place chain holds; nor is
        // a source, a site, a protest's cause or a fragment of a name (`EventArguments+Sides`).
        // `Pokot raiders`: a people's armed band is a party though no name tagger finds it.
        let parties = EventArguments.withEthnicMilitias(m, sentence).filter { mention in
            (mention.first > lastReport || mention.first > draft.last) && mention.mention.type != .place
                && !chains.contains { $0.levels.contains { $0.start <= mention.mention.start && mention.mention.start < $0.end } }
                && EventArguments.mayBeParty(mention, t, m, cause: cause, ownKind: draft.kind != nil)
        }
        // A legislature is rarely a named entity; the names near `passed` are what the law is about.
        let hasParties = draft.kind != .legislation
        // In the passive of harm the subject was struck: it is actor2, and whoever else the rules of
        // the active find may be actor1 (`X were killed when Y attacked …`).
        let passive = hasParties && draft.kind == nil ? EventArguments.passiveSides(draft, parties, t) : nil
        let struck = passive?.1
        let others = struck.map { victim in parties.filter { $0.mention.key != victim.key } } ?? parties
        let actor1 = passive?.0 ?? (hasParties ? EventArguments.actor1(draft, others, t) : nil)
        let actor2 = struck ?? (hasParties ? EventArguments.actor2(draft, parties, actor1: actor1, t) : nil)
        var event = ExtractedEvent(subType: draft.subType, kind: draft.kind, date: nil, actor1: actor1, actor2: actor2,
                                   claimedBy: nil, countryCode: nil, admin1Code: nil, location: nil,
                                   fatalities: draft.subType.mayKill ? dead() : nil,
                                   notes: sentence.text, start: sentence.start, end: sentence.end, rank: draft.rank, generic: draft.generic)
        event.date = date(for: draft, sentence, dates)
        if event.date == nil, events.isEmpty, sentence.index < 2, published?.precision == .day {
            // A lead that gives no date tells what just happened: the report's own date.
            event.date = published
            defaultDated.insert(events.count)
        }
        // `the US dollar exchange rate`: a currency's country is not where a protest happened.
        var article = articleCountry.flatMap { currencies(sentence, m).contains($0) ? nil : $0 }
        // `Upvale raiders attacked herders in Downvale`: the attackers' home places the event last.
        let (placing, placingChains) = Self.withoutForcesHomes(m, chains, t)
        let location = EventArguments.location(placing, actors: [actor1, actor2])
            ?? paragraphPlace.flatMap { $0.paragraph == sentence.paragraph ? $0.place : nil }
        // `fishermen killed near Lake X by militia from Y`: a place no table knows is not in the country
        // the sentence names only as where the force came from.
        if let location, location.country == nil, location.code == nil, let country = article,
           isNamedOnlyAbroad(country, sentence, m) { article = nil }
        if let location { place(&event, at: location, articleCountry: article) }
        let near = chains.isEmpty && event.countryCode != nil ? nil : nearestCountry(to: draft, sentence, m)
        let fromAbroad = event.countryCode == nil && near?.abroad == true
        if event.countryCode == nil { event.countryCode = near?.country ?? article }
        if !placingChains.isEmpty, let resolved = chainPlace(Self.originsLast(placingChains.filter { !isOriginCountry($0, t) }.map { knownHome($0, t) }, t, trigger: draft.first),
                                                      context: near?.country ?? article, m) {
            apply(resolved, to: &event, m)
        }
        if event.countryCode == nil, let (town, level) = bareTown(in: sentence, m) ?? namedTown(in: sentence, m) {
            event.countryCode = String(town.region.prefix(2))
            event.admin1Code = town.region.contains("-") ? town.region : nil
            if event.location == nil {
                event.location = EventParty(name: level.name, key: "place:" + NameKey.fold(level.name), type: .place, start: level.start)
            }
        }
        if event.countryCode == nil { event.countryCode = countryInOrganisation(m, sentence) }
        if fromAbroad, event.admin1Code == nil, event.countryCode == near?.country { placeByPartiesHome(&event, sentence) }
        regionFromMentions(&event, placing, t)
        nearestNamesake(&event, chains, m)
        // `(coordinates for Ruritown used)`: the coder's own word on where the event is put, when it is a
        // place of the event's country, outweighs the more precise place the report names.
        if let coded = PlaceChains.coded(in: sentence) {
            let resolved = gazetteer.resolve(coded, context: event.countryCode)
            if let country = resolved.country, event.countryCode == nil || event.countryCode == country { apply(resolved, to: &event, m) }
        }
        return event
    }

    /// The tokens of what a protest was about: after it (`demanding the release of X`) or, when the
    /// sentence opens with it, before it (`Following the arrest of X, students protested`).
    func protestCause(_ draft: EventDraft, _ sentence: EventSentence) -> Range<Int>? {
        let t = sentence.tokens
        if let start = ProtestClause.grievanceStart(after: draft.last, sentence, .shared) {
            return start..<ProtestClause.causeEnd(from: start, t, .shared)
        }
        let lead = ProtestClause.leadingCauseEnd(t, draft.first)
        return lead > 0 ? 0..<lead : nil
    }

    /// The first place chain of the sentence that the gazetteer can put in a region, else the
    /// first it can put in a country: `outside the Press Building in X city (X, Y)` is placed by
    /// its second chain.
    func chainPlace(_ chains: [PlaceChain], context: String?, _ m: [SentenceMention]) -> ResolvedPlace? {
        var first: ResolvedPlace?
        for chain in chains {
            let resolved = gazetteer.resolve(chain, context: context, contextIsOwn: isOwnCountry(context, of: chain, m))
            if resolved.admin1 != nil { return resolved }
            if first == nil, !resolved.isEmpty { first = resolved }
        }
        return first
    }

    /// Whether the country the rest of the text points to comes from the chain's own names: the
    /// entity gazetteer gives a name one country of its namesakes (`Hollywood` is the United
    /// States' to it), which is no cue for the name itself (`EventGazetteer.resolve`).
    func isOwnCountry(_ context: String?, of chain: PlaceChain, _ m: [SentenceMention]) -> Bool {
        guard let context, chain.levels.count > 1 else { return false }
        return m.contains { x in
            x.mention.type == .place && (x.mention.country ?? x.mention.code.map { String($0.prefix(2)) }) == context
                && chain.levels.contains { $0.start <= x.mention.start && x.mention.start < $0.end }
        }
    }

    /// A chain says the place as the text wrote it, so it wins over single mentions.
    func apply(_ resolved: ResolvedPlace, to event: inout ExtractedEvent, _ m: [SentenceMention]) {
        guard let country = resolved.country else { return }
        if event.countryCode != country || resolved.admin1 != nil {
            event.admin1Code = resolved.admin1
            if let code = resolved.admin1, let name = resolved.admin1Written { event.admin1Written = WrittenRegion(code: code, name: name) }
        }
        event.countryCode = country
        if let level = resolved.location {
            // The entity's own key where the extractor found the name, so the store joins it.
            let mention = m.first { $0.mention.start == level.start && $0.mention.end == level.end }
            event.location = mention.map { EventParty(name: $0.mention.name, key: $0.mention.key, type: .place, start: level.start) }
                ?? EventParty(name: level.name, key: "place:" + NameKey.fold(level.name), type: .place, start: level.start)
        } else if resolved.admin1 != nil, let location = event.location,
                  gazetteer.cityRegion(country: country, NameKey.fold(location.name)) != resolved.admin1 {
            event.location = nil
        }
    }

    /// The date expression nearest the trigger; `two days after` counts from the event it names.
    private func date(for draft: EventDraft, _ sentence: EventSentence, _ dates: [DateMention]) -> PartialDate? {
        let resolver = DateResolver(published: published)
        // `On 9 June 2019, …`, `As reported on 2 July 2018, …`: a date that opens the sentence dates all it tells.
        if let lead = dates.first, isLead(lead, sentence.tokens), let date = resolver.resolve(lead.form, context: lastDate) { return date }
        let nearest = dates.min { distance($0, draft) < distance($1, draft) }
        guard let mention = nearest else {
            // `It was approved …`: the date of the event it continues.
            if sentence.tokens.first?.lower == "it", let last = previousEvents.last, last < events.count,
               events[last].kind == draft.kind, events[last].subType == draft.subType {
                return events[last].date
            }
            return nil
        }
        guard case .daysFromAnchor = mention.form else { return resolver.resolve(mention.form, context: lastDate) }
        if mention.last < draft.first {
            // `Two days after the attack, lawmakers approved …`
            let anchor = events.last { $0.date != nil && ($0.subType.isViolent || !isReferenceToViolence(mention, sentence)) }?.date
            return resolver.resolve(mention.form, context: anchor)
        }
        // `It was approved two days after the US assassinated …`: this event is the anchor's date + n;
        // the event after the expression is dated from this one by `anchoredDate`.
        if let last = previousEvents.last, last < events.count, events[last].subType == draft.subType, events[last].kind == draft.kind {
            return events[last].date
        }
        return nil
    }

    /// For the event told after `n days after`, given the date of the event before it.
    func anchoredDate(_ later: PartialDate?, _ n: Int) -> PartialDate? {
        later?.dayNumber.flatMap { DayNumber.date($0 - n) }
    }

    private static let leadWords: Set<String> = ["on", "as", "reported", "around", "about", "approximately", "early", "late", "the", "night",
                                                  "of", "morning", "evening", "afternoon", "overnight", "(", ",", "-"]

    /// A date before any word of the sentence's own but `On`, `As reported on`, or a label (`Looting:`).
    private func isLead(_ mention: DateMention, _ t: [EventToken]) -> Bool {
        guard mention.first < 8 else { return false }
        let label = t[..<mention.first].lastIndex { $0.lower == ":" }.map { $0 + 1 } ?? 0
        return t[label..<mention.first].allSatisfy { Self.leadWords.contains($0.lower) }
    }

    private func isReferenceToViolence(_ mention: DateMention, _ sentence: EventSentence) -> Bool {
        let after = sentence.tokens[(mention.last + 1)..<min(sentence.tokens.count, mention.last + 4)].map(\.lower)
        return after.contains { ["attack", "strike", "bombing", "blast", "explosion", "assassination", "killing"].contains($0) }
    }

    private func distance(_ date: DateMention, _ draft: EventDraft) -> Int {
        date.first > draft.last ? date.first - draft.last : max(0, draft.first - date.last)
    }

    /// The country named nearest the trigger, by a place (`leave Iraq under a resolution passed …`)
    /// or an adjective (`the Iraqi parliament voted`).
    func nearestCountry(to draft: EventDraft, _ sentence: EventSentence, _ m: [SentenceMention]) -> (country: String, abroad: Bool)? {
        let t = sentence.tokens
        var abroad: String?
        // Outward from the trigger, the earlier word first of two as near: no sort of every index.
        for step in 0..<(2 * t.count) {
            let i = step == 0 ? draft.first : step % 2 == 1 ? draft.first - (step + 1) / 2 : draft.first + step / 2
            guard t.indices.contains(i), t[i].isWord, t[i].isCapitalised else { continue }
            if let mention = m.first(where: { $0.first == i }), let place = mention.place, let country = place.country {
                if isCurrency(mention, t) { continue }
                // `militias from Ethiopia attacked herders in …`: where the force came from; so is a
                // country's name before such a force (`a Ruritania militia`), as its adjective is.
                if isOrigin(of: i, t) || place.isCountry && isForeignActor(t, after: mention.last) { abroad = abroad ?? country; continue }
                return (country, false)
            }
            guard let code = gazetteer.country(ofDemonym: sentence.text(of: t[i])),
                  !EventArguments.namesMoney(t, after: i) else { continue }
            // `Ethiopian raiders attacked a Kenyan village`: raiders and drones cross borders;
            // people, police and villages are where they live.
            if isForeignActor(t, after: i) { abroad = abroad ?? code; continue }
            return (code, false)
        }
        return abroad.map { ($0, true) }
    }

    private static let actorsAbroad: Set<String> = ["raiders", "militia", "militias", "militiamen", "rustlers", "bandits", "gunmen", "jets",
                                                    "warplanes", "drone", "drones", "mercenaries", "coalition"]

    /// A demonym before the words of a force that crosses borders (`Ethiopian raiders`, `US
    /// drone`, `Saudi-led coalition`), a word or two on; a state's own forces mostly act at home.
    func isForeignActor(_ t: [EventToken], after i: Int) -> Bool { Self.isForeignActorAt(t, after: i) }

    static func isForeignActorAt(_ t: [EventToken], after i: Int) -> Bool {
        // Every such word begins with one of a few letters and has four letters or more: most words are
        // told apart by their bytes before their hash.
        t[(i + 1)..<min(t.count, i + 3)].contains { token in
            let bytes = token.lower.utf8
            guard bytes.count >= 4, let first = bytes.first, "rmbgjwdc".utf8.contains(first) else { return false }
            return actorsAbroad.contains(token.lower)
        }
    }

    /// `raiders from X`, `gunmen from across the border in X`: a place a force that crosses borders
    /// came from, a few words after it.
    func isOrigin(of i: Int, _ t: [EventToken]) -> Bool { Self.isOriginAt(i, t) }

    static func isOriginAt(_ i: Int, _ t: [EventToken]) -> Bool {
        guard i >= 2, let from = t[max(0, i - 4)..<i].lastIndex(where: { $0.end - $0.start == 4 && $0.lower == "from" }) else { return false }
        return t[max(0, from - 3)..<from].contains { actorsAbroad.contains($0.lower) || crossingWords.contains($0.lower) }
    }

    /// Words of people who cross into a place from another (`suspected to have come from`).
    private static let crossingWords: Set<String> = ["came", "come", "coming", "crossed", "infiltrated", "herders", "pastoralists", "fighters",
                                                     "attackers", "assailants", "armed", "men", "insurgents", "militants"]

    /// `residents of X in Y`, X a village no table holds: where they live is coded, as ACLED codes
    /// a place it cannot find, to the larger place named with it. Not `residents of X (Y, Z)`, whose
    /// bracket says where X lies: X is the place.
    func knownHome(_ chain: PlaceChain, _ t: [EventToken]) -> PlaceChain {
        guard chain.levels.count > 1, !chain.levels[1].inBracket, t.indices.contains(chain.first), t[chain.first].lower == "of",
              gazetteer.townsFolded(NameKey.fold(chain.levels[0].name)).isEmpty else { return chain }
        return PlaceChain(levels: Array(chain.levels.dropFirst()), first: chain.first)
    }

    /// Chains opened by `of` (`residents of X staged a protest in Y`: where they live) and then
    /// by `from` (`raiders from X attacked Y in Z`: where they came from) after the others: the
    /// place where it happened comes first. So does a place where the attackers stood, told before
    /// the act with `located`, `stationed` … (`troops located at X fired at positions near Y`), when
    /// the sentence names a place after the act: an attack is coded where it fell.
    static func originsLast(_ chains: [PlaceChain], _ t: [EventToken], trigger: Int) -> [PlaceChain] {
        guard chains.count > 1 else { return chains }
        let placeAfter = chains.contains { $0.first > trigger }
        let rank = { (c: PlaceChain) -> Int in
            guard t.indices.contains(c.first) else { return 0 }
            if t[c.first].lower == "from" { return 2 }
            if t[c.first].lower == "of" { return 1 }
            guard placeAfter, c.first < trigger else { return 0 }
            // Each word ends in `d`: its last byte is tried before its hash.
            return t[max(0, c.first - 4)..<c.first].contains { $0.lower.utf8.last == UInt8(ascii: "d") && positionWords.contains($0.lower) } ? 1 : 0
        }
        guard chains.contains(where: { rank($0) > 0 }) else { return chains }
        return chains.filter { rank($0) == 0 } + chains.filter { rank($0) == 1 } + chains.filter { rank($0) == 2 }
    }

    /// Words that tell where a party stands.
    static let positionWords: Set<String> = ["located", "stationed", "positioned", "deployed", "based"]

    /// `US dollar`, `Lebanese pound`: a country named by its money.
    func isCurrency(_ mention: SentenceMention, _ t: [EventToken]) -> Bool {
        EventArguments.namesMoney(t, after: mention.last)
    }

    /// Countries the sentence names only by their money.
    func currencies(_ sentence: EventSentence, _ m: [SentenceMention]) -> Set<String> {
        let countries = m.compactMap { mention in mention.place?.country.map { (mention, $0) } }
        let money = Set(countries.filter { isCurrency($0.0, sentence.tokens) }.map(\.1))
        return money.subtracting(countries.filter { !isCurrency($0.0, sentence.tokens) }.map(\.1))
    }

    mutating func place(_ event: inout ExtractedEvent, at found: EventPlace, articleCountry: String?) {
        var location = found
        // A place the gazetteer does not know (`Kalsu Bridge`) is taken to be in the article's country.
        if location.country == nil, location.code == nil, let country = event.countryCode ?? articleCountry {
            location = EventPlace(name: found.name, key: found.key, code: nil, country: country, start: found.start)
        }
        // A region or a country is said by admin1 and country; location is what is more precise,
        // or the region's own town of its name, which is where ACLED puts an event told by region.
        let regionTown = location.isRegion && location.code.map { gazetteer.hasTown(named: location.name, in: $0) } == true
        event.location = location.isCountry || location.isRegion && !regionTown
            ? nil : EventParty(name: location.name, key: location.key, type: .place, start: location.start)
        event.countryCode = location.country ?? location.code.map { String($0.prefix(2)) }
        event.admin1Code = gazetteer.region(of: location)
        if location.isRegion, let code = location.code { event.admin1Written = WrittenRegion(code: code, name: location.name) }
        if event.admin1Code == nil, location.code == nil, found.country == nil, let region = gazetteer.uniqueRegion(named: location.name) {
            event.admin1Code = region
            event.countryCode = String(region.prefix(2))
        }
        if event.admin1Code == nil, location.code == nil, let country = event.countryCode, EventGazetteer.mayNameLandmark(location.name),
           let region = gazetteer.regionOfLandmark(NameKey.fold(location.name), in: country) {
            event.admin1Code = region
        }
        if event.admin1Code == nil, !location.isCountry, let regional = paragraphPlace?.place,
           regional.isRegion, regional.country == event.countryCode {
            event.admin1Code = regional.code
        }
    }

    mutating func improvePlace(of index: Int, with place: EventPlace) {
        let current = events[index]
        let better = current.location == nil && (!place.isCountry || current.countryCode == nil)
            || (current.admin1Code != nil && place.isRegion == false && !place.isCountry && gazetteer.region(of: place) == current.admin1Code)
        guard better else { return }
        var event = current
        self.place(&event, at: place, articleCountry: articleCountry)
        if event.admin1Code == nil { event.admin1Code = current.admin1Code }
        events[index] = event
    }

    /// The first organisation or person of the clause that claims: `X, the Y, claimed …` is X.
    func party(claiming index: Int, _ m: [SentenceMention], _ t: [EventToken]) -> EventParty? {
        let lastReport = t.indices.last { $0 < index && Self.reportingWords.contains(t[$0].lower) && t[$0].lower != "claimed" } ?? -1
        return m.first { $0.first > lastReport && $0.last < index && $0.mention.type != .place }?.party
    }

    /// A claim with no violence in its sentence is about the last violent event told.
    mutating func attachClaim(_ claimant: EventParty, _ hit: TriggerHit, _ sentence: EventSentence, _ dates: [DateMention]) {
        if let index = events.lastIndex(where: { $0.subType.isViolent && $0.claimedBy == nil }) {
            events[index].claimedBy = claimant
            return
        }
        let draft = EventDraft(subType: .other, kind: .claim, first: hit.first, last: hit.last, rank: 1, generic: false)
        var event = makeEvent(draft, sentence, [], dates) { EventArguments.fatalities(in: sentence) }
        event.actor1 = claimant
        event.claimedBy = claimant
        events.append(event)
    }
}
