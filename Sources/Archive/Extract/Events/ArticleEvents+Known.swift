/// What a follow-up story names as already known rather than reports: the act a suspect is accused
/// of, the attack it names with `the` and nothing of its own, the protests a decision came after, a
/// month the story has already set. A report of a new act tells it with a verb or an indefinite noun
/// (`gunmen attacked`, `an air raid killed`) and gives it a day, a place or a count; a story whose
/// news is a charge, a trial, a visa or a funeral names the old act as a thing the reader knows.
/// Notes and snippets have no publication date and are read as before.
extension ArticleEvents {
    /// `accused of murdering`, `suspected of killing`, `charged with the murder of`, `convicted of
    /// attacking`: the act a charge names was reported when it happened; the charge is the news. A day
    /// named right after the act (`accused of stabbing two guards on Monday`) dates a new one.
    static func isCharged(_ t: [EventToken], _ draft: EventDraft, _ dates: [DateMention]) -> Bool {
        var k = draft.first - 1, n = 0
        while k >= 1, n < 4, t[k].isWord, !t[k].isCapitalised {
            let w = t[k].lower
            if w == "of" || w == "with" || w == "in", charges[t[k - 1].lower] == w {
                return !dates.contains { $0.first > draft.last && $0.first <= draft.last + 8 }
            }
            k -= 1; n += 1
        }
        return false
    }

    /// Each word of a charge and the preposition that names its act.
    private static let charges: [String: String] = [
        "accused": "of", "accusing": "of", "accuses": "of", "suspected": "of", "convicted": "of", "guilty": "of",
        "acquitted": "of", "cleared": "of", "charges": "of", "charged": "with", "suspect": "in", "suspects": "in",
    ]

    /// `after days of massive protests`, `despite months of fighting`, `amid weeks of clashes`: acts
    /// spread over days or more, before the news the sentence tells: no one event.
    static func followsSpanOfActs(_ t: [EventToken], _ draft: EventDraft) -> Bool {
        var k = draft.first - 1
        if k >= 0, t[k].lower != "of" { k -= 1 }
        guard k >= 2, t[k].lower == "of", spans.contains(t[k - 1].lower) else { return false }
        // `after two weeks of fighting`: a count of the span between.
        return spanOpeners.contains(t[k - 2].lower) || k >= 3 && spanOpeners.contains(t[k - 3].lower)
    }

    private static let spans: Set<String> = ["days", "weeks", "months", "years", "decades"]
    private static let spanOpeners: Set<String> = ["after", "following", "despite", "amid", "amidst", "during"]

    /// `Her cousin reported the attack to the police`, `The attack was caught on camera`: past a story's
    /// lead, an act named with `the` (over up to three describing words or names: `the fatal nerve agent
    /// attack`, `the Yemen raid`), in a sentence with no date, no count and no place of its own, is an act
    /// the reader knows: a follow-up's retelling or a second report, not a new event. `the second
    /// attack`, `the latest raid`, `a similar attack` name another; verbs are acts.
    static func namesAsKnown(_ t: [EventToken], _ draft: EventDraft) -> Bool {
        let first = draft.first
        // `The attackers shot the farmers`: a verb of the past, `-ed` or not, is an act told.
        guard first > 0, first < t.count, !t[first].lower.hasSuffix("ed"), !t[first].marks.contains(.past) else { return false }
        // `the soldiers beating protesters` is a verb; `the killing of`, `the bombing` are names.
        if t[first].lower.hasSuffix("ing"), t[first - 1].lower != "the", draft.last + 1 >= t.count || t[draft.last + 1].lower != "of" {
            return false
        }
        var k = first - 1, skipped = 0
        while k >= 0, skipped <= 3 {
            let token = t[k], w = token.lower
            if w == "the" || w == "this" { return !placesOrCounts(t, after: draft.last) }
            guard token.isWord, !token.isNumber, !otherEvents.contains(w) else { return false }
            k -= 1; skipped += 1
        }
        return false
    }

    /// `the attack on a mosque in Quebec`, `the raid that killed 14`: a place or a count after the act's
    /// word tells something of its own. A year is no count (`the worst attack since 2014`).
    private static func placesOrCounts(_ t: [EventToken], after last: Int) -> Bool {
        for i in (last + 1)..<t.count {
            let w = t[i].lower
            if t[i].isNumber, !(w.utf8.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20"))) { return true }
            if countWords.contains(w) { return true }
            if i <= last + 6, w == "in" || w == "at" || w == "near", i + 1 < t.count, t[i + 1].isCapitalised { return true }
        }
        return false
    }

    private static let countWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "scores",
    ]

    /// `That March, protests erupted`, `In the following days, a woman was shot`: a month or days told
    /// from a time the story has already set in the past.
    static func setsToldTime(_ t: [EventToken]) -> Bool {
        for i in t.indices.dropLast() {
            let w = t[i].lower, next = t[i + 1].lower
            // `that may`, `that march`: a verb and a protest, not a month.
            if w == "that", t[i + 1].isCapitalised, months.contains(next) { return true }
            if w == "following", i >= 2, t[i - 1].lower == "the", t[i - 2].lower == "in", ["days", "weeks", "months"].contains(next) { return true }
        }
        return false
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
}
