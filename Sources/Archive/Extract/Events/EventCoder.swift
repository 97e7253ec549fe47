/// An event a sentence reports, coded but not yet given its actors, place and date.
struct EventDraft: Sendable {
    var subType: SubEventType
    var kind: EventKind?
    /// The trigger's token range in its sentence.
    var first: Int
    var last: Int
    var rank: Int
    var generic: Bool
    /// The event model's probability that this is a real event of this type; 1 without a model.
    var confidence: Double = 1
}

/// Decides what a sentence's triggers report: at most one violent, protest or riot event, one
/// strategic development, and one event of our own kinds (legislation beside the others;
/// statements, threats and withdrawals only when nothing else happened and the sentence dates them).
struct EventCoder {
    let lexicon: EventLexicon

    func drafts(_ hits: [TriggerHit], in sentence: EventSentence, isDated: Bool) -> [EventDraft] {
        var live = hits.filter { !$0.isReference }
        // `staged a protest demanding the release of those arrested`: what a protest is about is no event of its own.
        if let cause = ProtestClause.causeRange(live, sentence, lexicon) {
            live = live.filter { hit in
                if case let .subType(s) = hit.trigger.meaning, s.eventType == .protests { return true }
                return !cause.contains(hit.first)
            }
        }
        var out: [EventDraft] = []
        let violence = live.filter { if case let .subType(s) = $0.trigger.meaning { return s.eventType != .strategicDevelopments }; return false }
        let strategic = live.filter { if case let .subType(s) = $0.trigger.meaning { return s.eventType == .strategicDevelopments }; return false }
        if let event = violentOrProtest(violence, sentence) { out.append(event) }
        if let best = strongest(strategic), case let .subType(sub) = best.trigger.meaning {
            // `attacked a checkpoint`: beside violence, only a strong word is a development of its own.
            let weak = best.trigger.rank <= 4 && !out.isEmpty
            // `seized rifles and a grenade launcher`: weapons named as what was seized (a clash of rank 6 or
            // more is one `WeaponMix` made of named weapons).
            if sub == .disruptedWeaponsUse, let first = out.first,
               first.subType.eventType == .explosions || (first.subType == .armedClash && first.rank >= 6)
                || (first.subType == .mobViolence && namesDevice(first, sentence)) { out.removeAll() }
            if !weak { out.append(draft(best, ProtestClause.crowdLooting(sub, best, sentence, lexicon))) }
        }
        let kinds = live.filter { if case .kind = $0.trigger.meaning { return true }; return false }
        for kind in [EventKind.legislation, .threat, .withdrawal, .statement] {
            guard let hit = strongest(kinds.filter { $0.trigger.meaning == .kind(kind) }) else { continue }
            if kind != .legislation, !out.isEmpty || !isDated { continue }
            if hit.trigger.needsDate, !isDated { continue }
            out.append(EventDraft(subType: .other, kind: kind, first: hit.first, last: hit.last, rank: hit.trigger.rank, generic: false))
            if kind != .legislation { break }
        }
        // Looting or arrests beside violence, a riot or a protest in one sentence are part of it
        // (`youths blocked roads and looted shops`, `ten were arrested as youths fought police`):
        // the violence leads, whatever the words' ranks.
        guard out.count > 1 else { return out }
        return out.sorted { (Self.isPartOfViolence($1) ? 1 : 0, $0.rank) > (Self.isPartOfViolence($0) ? 1 : 0, $1.rank) }
    }

    private static func isPartOfViolence(_ draft: EventDraft) -> Bool {
        draft.kind == nil && (draft.subType == .lootingPropertyDestruction || draft.subType == .arrests)
    }

    /// `police recovered crude bombs`: a riot's weapon named, not used.
    private func namesDevice(_ draft: EventDraft, _ sentence: EventSentence) -> Bool {
        sentence.tokens[draft.first...draft.last].contains { $0.lists & lexicon.rules.devices != 0 || $0.lower.hasPrefix("molotov") }
    }

    private func violentOrProtest(_ hits: [TriggerHit], _ sentence: EventSentence) -> EventDraft? {
        let protests = hits.filter { if case let .subType(s) = $0.trigger.meaning { return s.eventType == .protests }; return false }
        let riots = hits.filter { if case let .subType(s) = $0.trigger.meaning { return s.eventType == .riots }; return false }
        let violent = hits.filter { if case let .subType(s) = $0.trigger.meaning { return s.isViolent }; return false }
        let strongWeapon = strongest(violent).map { $0.trigger.rank >= 6 } ?? false
        if let protest = strongest(protests), !strongWeapon {
            let sub = ProtestClause(sentence: sentence, protest: protest, lexicon: lexicon).subType(riots: riots)
            return EventDraft(subType: sub, kind: nil, first: protest.first, last: protest.last, rank: protest.trigger.rank, generic: false)
        }
        if let riot = strongest(riots), case let .subType(sub) = riot.trigger.meaning, strongest(violent).map({ $0.trigger.rank <= riot.trigger.rank }) ?? true {
            return draft(riot, sub)
        }
        guard let best = strongest(violent), case var .subType(sub) = best.trigger.meaning else { return nil }
        if best.trigger.generic || sub == .armedClash {
            // Violence without a named weapon is a clash between armed groups unless it fell on civilians.
            // The words after the trigger say who was hit; the whole sentence, when they do not.
            let after = sentence.tokens[best.last..<min(sentence.tokens.count, best.last + 10)]
            let civilianAfter = after.contains { $0.lists & lexicon.rules.civilians != 0 }
            let militaryAfter = after.contains { $0.lists & lexicon.rules.military != 0 }
            if civilianAfter && !militaryAfter { sub = .attack }
            else if !civilianAfter && !militaryAfter, sentence.has(lexicon.rules.civilians), !sentence.has(lexicon.rules.military) { sub = .attack }
        }
        sub = WeaponMix.subType(sub, best, sentence, lexicon)
        if sub == .nonStateActorOvertakesTerritory, Self.takenByState(best, sentence.tokens) { sub = .governmentRegainsTerritory }
        var event = draft(best, sub)
        event.generic = best.trigger.generic
        return event
    }

    private func strongest(_ hits: [TriggerHit]) -> TriggerHit? {
        hits.max { $0.trigger.rank < $1.trigger.rank || ($0.trigger.rank == $1.trigger.rank && $0.first > $1.first) }
    }

    private func draft(_ hit: TriggerHit, _ sub: SubEventType) -> EventDraft {
        EventDraft(subType: sub, kind: nil, first: hit.first, last: hit.last, rank: hit.trigger.rank, generic: hit.trigger.generic)
    }
}
