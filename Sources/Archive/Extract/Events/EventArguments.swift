/// An entity mention placed among a sentence's tokens.
struct SentenceMention: Sendable {
    let mention: EntityMention
    /// Index of the mention's first and last tokens.
    let first: Int
    let last: Int
    /// Follows `in`, `near`, `province of`…: a place where something happened, not a party to it.
    let isLocative: Bool

    var party: EventParty { EventParty(name: mention.name, key: mention.key, type: mention.type, start: mention.start) }
    var place: EventPlace? {
        guard mention.type == .place else { return nil }
        return EventPlace(name: mention.name, key: mention.key, code: mention.code, country: mention.country ?? mention.code.map { String($0.prefix(2)) }, start: mention.start)
    }
}

/// Who did it, to whom, where and how many died, read from the words around a trigger.
enum EventArguments {
    static let locatives: Set<String> = ["in", "near", "at", "outside", "inside", "across", "of", "around", "into", "on",
                                         "throughout", "within", "towards", "toward", "along", "province", "governorate",
                                         "city", "town", "village", "district", "region", "north", "south", "east", "west"]

    static func mentions(in sentence: EventSentence, _ all: ArraySlice<EntityMention>) -> [SentenceMention] {
        let t = sentence.tokens
        return all.compactMap { mention in
            guard let first = t.firstIndex(where: { $0.end > mention.start }), t[first].start < mention.end else { return nil }
            let last = t.lastIndex(where: { $0.start < mention.end }) ?? first
            let before = t[max(0, first - 4)..<first].map(\.lower)
            // `the rise of the US dollar`: a country named by its money is no place where anything happened.
            let locative = mention.type == .place && !namesMoney(t, after: last) && (before.last.map { locatives.contains($0) } ?? false
                || before.suffix(3).contains { $0 == "in" || $0 == "near" || $0 == "of" || $0 == "at" })
            return SentenceMention(mention: mention, first: first, last: last, isLocative: locative)
        }
    }

    /// Words of money that a country's name or adjective stands before (`US dollar`, `Lebanese pound`).
    static let currencyWords: Set<String> = ["dollar", "dollars", "pound", "pounds", "euro", "euros", "rupee", "rupees", "yuan",
                                             "renminbi", "ruble", "rubles", "rouble", "roubles", "shilling", "shillings", "naira",
                                             "peso", "pesos", "lira", "dinar", "dinars", "riyal", "riyals", "rial", "rials", "franc",
                                             "francs", "taka", "kyat", "hryvnia", "cedi", "cedis", "kwacha", "birr", "afghani"]

    /// Whether the word after a name is one of money: the name is the currency's, not a place.
    static func namesMoney(_ t: [EventToken], after last: Int) -> Bool {
        last + 1 < t.count && currencyWords.contains(t[last + 1].lower)
    }

    /// Starts of the place mentions a word of money follows (`demonstrations against the US dollar
    /// exchange rate`): such a name is no cue to the country a text is about. Mentions in order.
    static func moneyNames(_ mentions: [EntityMention], _ sentences: [EventSentence]) -> Set<Int> {
        var out = Set<Int>()
        var s = 0
        for m in mentions where m.type == .place {
            while s < sentences.count, sentences[s].end <= m.start { s += 1 }
            guard s < sentences.count else { break }
            let t = sentences[s].tokens
            if let after = t.firstIndex(where: { $0.start >= m.end }), currencyWords.contains(t[after].lower) { out.insert(m.start) }
        }
        return out
    }

    /// Everyday words that are also the names of towns or regions (Côte d'Ivoire's Man, Morocco's
    /// Sale, Montenegro's Bar, England's Reading). Opening a sentence, where every word is
    /// capitalised, such a word is the word: `Man shot dead by robbers`, `Sale of land sparks a riot`.
    static let openingWords: Set<String> = ["man", "sale", "bar", "hub", "nice", "reading", "mobile", "police", "street",
                                            "hit", "split", "bath", "paradise", "mango", "oral", "deal", "worms"]

    /// One of `openingWords` as a sentence's first word, with no word after it that says it is a
    /// place (`Man residents`, `Bar town`).
    static func isOpeningWord(_ t: [EventToken], _ i: Int) -> Bool {
        guard i == 0 || !t[i - 1].isWord && (t[i - 1].lower == "." || t[i - 1].lower == ":" || t[i - 1].lower == ";"),
              openingWords.contains(t[i].lower) else { return false }
        let next = i + 1 < t.count ? t[i + 1].lower : ""
        return !ArticleEvents.placeFollowers.contains(next) && !ArticleEvents.smallPlaceWords.contains(next)
    }

    /// The mentions less the towns and regions that are only a sentence's opening word
    /// (`isOpeningWord`): neither the event's place nor a vote for the article's country.
    static func withoutOpeningWords(_ mentions: [EntityMention], _ sentences: [EventSentence]) -> [EntityMention] {
        var opening = Set<Int>()
        for sentence in sentences {
            let t = sentence.tokens
            // Only a sentence's first word and a word after a stop are looked up: this reads every token.
            for i in t.indices where t[i].isCapitalised && (i == 0 || !t[i - 1].isWord) && isOpeningWord(t, i) { opening.insert(t[i].start) }
        }
        guard !opening.isEmpty else { return mentions }
        return mentions.filter { m in
            !(m.type == .place && opening.contains(m.start) && m.code?.count != 2 && !m.name.contains(" "))
        }
    }

    /// The party before the trigger (the subject), or after `by` in a passive.
    static func actor1(_ draft: EventDraft, _ m: [SentenceMention], _ t: [EventToken]) -> EventParty? {
        if let byIndex = t.indices.first(where: { $0 > draft.last && $0 <= draft.last + 6 && t[$0].lower == "by" }),
           let agent = m.first(where: { $0.first > byIndex && $0.first <= byIndex + 5 && !$0.isLocative }) {
            return agent.party
        }
        // `a convoy … has been targeted`: what comes before a passive is the target.
        if t[max(0, draft.first - 2)..<draft.first].contains(where: { passiveMarkers.contains($0.lower) }) { return nil }
        let before = m.filter { $0.last < draft.first && !$0.isLocative }
        return (before.last(where: { $0.mention.type != .place }) ?? before.last)?.party
    }

    static let passiveMarkers: Set<String> = ["been", "was", "were", "is", "are", "being", "be"]

    /// The first party after the trigger, or before a passive one: the target.
    static func actor2(_ draft: EventDraft, _ m: [SentenceMention], actor1: EventParty?, _ t: [EventToken]) -> EventParty? {
        if t[max(0, draft.first - 2)..<draft.first].contains(where: { passiveMarkers.contains($0.lower) }),
           let target = m.last(where: { $0.last < draft.first && !$0.isLocative && $0.mention.key != actor1?.key }) {
            return target.party
        }
        let byIndex = t.indices.first { $0 > draft.last && t[$0].lower == "by" } ?? t.count
        return m.first { $0.first > draft.last && $0.first < byIndex && !$0.isLocative && $0.mention.key != actor1?.key }?.party
    }

    /// The most precise place the sentence locates the event at: a city or site before a region, a
    /// region before a country.
    static func location(_ m: [SentenceMention], actors: [EventParty?]) -> EventPlace? {
        let actorKeys = Set(actors.compactMap { $0?.key })
        let places = m.compactMap { $0.isLocative && !actorKeys.contains($0.mention.key) ? $0.place : nil }
        return places.first { !$0.isCountry && !$0.isRegion } ?? places.first(where: \.isRegion) ?? places.first
    }

    private static let deathWords: Set<String> = ["killed", "dead", "died", "deaths", "killing", "lives", "bodies", "fatalities", "martyred",
                                                  "beheaded", "executed", "lynched"]
    private static let injuryWords: Set<String> = ["injured", "wounded", "hurt", "injuring", "wounding", "injuries", "abducted", "arrested"]
    /// Words that end the noun phrase a count belongs to.
    private static let clauseEnds: Set<String> = [";", "following", "after", "when", "while", "during", "in", "at", "near", "by", "(", ")", "."]

    /// The dead a sentence counts (`fatalities`); nil at once for a sentence without any word a count needs.
    static func fatalities(in sentence: EventSentence) -> Int? {
        mayCountDead(sentence) ? fatalities(sentence.tokens) : nil
    }

    /// Whether the sentence has a word a count of the dead needs (`WordMark.countsDead`).
    static func mayCountDead(_ sentence: EventSentence) -> Bool {
        sentence.marks.contains(.countsDead)
    }

    /// Deaths where the text gives a number: `killing 6`, `12 people were killed`, `three dead`,
    /// `2 soldiers and 1 policeman were killed` (3); a range counts its lower bound.
    static func fatalities(_ t: [EventToken]) -> Int? {
        // The two words before each token are read in place: this runs over every token of every
        // coded sentence, and an array of them per token cost more than the rest of the look.
        var i = 0
        while i < t.count {
            let w = t[i].lower
            // Only an article, a word after a verb of killing (all begin with `k`) or a figure can
            // start a count: the other words skip the look at the words before them.
            let isArticle = w == "a" || w == "an"
            let mayFollowKill = i > 0 && t[i - 1].lower.utf8.first == UInt8(ascii: "k")
            let figure = number(t[i])
            guard isArticle || mayFollowKill || figure != nil else { i += 1; continue }
            let last = i > 0 ? t[i - 1].lower : "", first = i > 1 ? t[i - 2].lower : ""
            let afterKill = last == "killing" || last == "killed" || last == "kill" || last == "kills"
            // `killed a man`, `lynched a suspected thief`, `fatally shot a guard`, `a herder was killed`,
            // `a trader was beaten to death`, `a boy is shot dead`: one death.
            if isArticle {
                if afterKill || last.hasPrefix("lynch") || first == "fatally" || (first == "shot" && last == "dead") { return 1 }
                if let was = stride(from: i + 2, to: min(t.count - 1, i + 5), by: 1).first(where: { t[$0].lower == "was" || t[$0].lower == "is" }),
                   !t[(i + 1)..<was].contains(where: { clauseEnds.contains($0.lower) || $0.lower == "," }),
                   t[was + 1].lower == "killed" || t[was + 1].lower == "lynched" || t[was + 1].lower == "dead" || dies(t, after: was + 1) {
                    return 1
                }
            }
            // `killed his mother`, `killed the director of …`: one death, unless a count or a plural follows.
            if afterKill, possessives.contains(w),
               i + 1 < t.count, t[i + 1].isWord, number(t[i + 1]) == nil, !t[i + 1].lower.hasSuffix("s"),
               !(i + 2 < t.count && t[i + 2].isWord && t[i + 2].lower.hasSuffix("s") && !t[i + 2].isCapitalised) {
                return 1
            }
            // A day of a date is no count (`On 15 December, …`).
            guard let n = figure, !isDay(t, i) else { i += 1; continue }
            // `killed at least 12`, `shot dead more than 5`: the verb before the figure's hedge.
            let k = hedgeStart(t, i)
            let (l1, l2) = k == i ? (last, first) : (k > 0 ? t[k - 1].lower : "", k > 1 ? t[k - 2].lower : "")
            if l1 == "killing" || l1 == "killed" || l2 == "killing" || l2 == "killed" || l1 == "kill" || l1 == "kills"
                || (l2 == "shot" && l1 == "dead") || (last == "to" && t[max(0, i - 4)..<i].contains { $0.lower == "toll" }) {
                return n
            }
            // Walk the noun phrase to its verb, adding the counts a list coordinates.
            var total = n, j = i + 1
            while j < t.count, j <= i + 8 {
                let w = t[j].lower
                if deathWords.contains(w) { return total }
                if injuryWords.contains(w) || clauseEnds.contains(w) { break }
                if let more = number(t[j]), t[j - 1].lower == "and" || t[j - 1].lower == ",", !isDay(t, j) { total += more }
                j += 1
            }
            i += 1
        }
        return nil
    }

    private static let possessives: Set<String> = ["his", "her", "the", "their", "its"]

    /// Where a figure's hedge begins: `at least`, `more than`, `over`, `about` before it.
    private static func hedgeStart(_ t: [EventToken], _ i: Int) -> Int {
        if i >= 2, (t[i - 2].lower == "at" && t[i - 1].lower == "least") || (t[i - 2].lower == "more" && t[i - 1].lower == "than") { return i - 2 }
        if i >= 1, hedges.contains(t[i - 1].lower) { return i - 1 }
        return i
    }

    private static let hedges: Set<String> = ["over", "about", "some", "nearly", "almost", "around", "approximately"]

    /// `found dead`, `shot dead`, `beaten to death`: the verb at `k` ends in a death.
    private static func dies(_ t: [EventToken], after k: Int) -> Bool {
        guard k + 1 < t.count, t[k].isWord else { return false }
        if t[k + 1].lower == "dead" { return true }
        return k + 2 < t.count && t[k + 1].lower == "to" && t[k + 2].lower == "death"
    }

    private static func isDay(_ t: [EventToken], _ i: Int) -> Bool {
        (i + 1 < t.count && DateFinder.months[t[i + 1].lower] != nil) || (i > 0 && DateFinder.months[t[i - 1].lower] != nil)
    }

    /// The figure a report states as its count of the dead: `Fatalities coded as 3`, `Fatalities: 3`,
    /// or a sentence that is only the figure (`2 fatalities.`).
    static func statedFatalities(_ t: [EventToken]) -> Int? {
        // The first letter first: this runs over every sentence after an event's, and a string
        // compared unequal takes the slow path.
        for (i, token) in t.enumerated() where token.lower.utf8.first == UInt8(ascii: "f") && (token.lower == "fatalities" || token.lower == "fatality") {
            var k = i + 1
            if k < t.count, ["were", "was"].contains(t[k].lower) { k += 1 }
            if k + 1 < t.count, t[k].lower == "coded", t[k + 1].lower == "as" { k += 2 } else if k < t.count, t[k].lower == ":" { k += 1 } else { k = -1 }
            if k >= 0, k < t.count, let n = number(t[k]) { return n }
            if i > 0, i <= 2, let n = number(t[i - 1]), i + 1 >= t.count || [".", ";", "("].contains(t[i + 1].lower) { return n }
        }
        return nil
    }

    private static let numberWords: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                                     "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20]

    private static func number(_ token: EventToken) -> Int? {
        guard token.isWord else { return nil }
        // `15-16 soldiers`: the lower bound.
        if let c = token.lower.utf8.first, c >= 0x30, c <= 0x39, let dash = token.lower.firstIndex(of: "-"),
           let low = Int(token.lower[..<dash]), Int(token.lower[token.lower.index(after: dash)...]) != nil, low < 100_000 {
            return low
        }
        if token.isNumber, let n = Int(token.lower), n < 100_000, !(1900...2100).contains(n) { return n }
        // No number word is longer than six letters; most words are.
        if token.word != EventToken.unnumbered, token.lower.utf8.count > 6 { return nil }
        // Every number word begins with one of these letters: most words skip the hash.
        switch token.lower.utf8.first {
        case UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "n"), UInt8(ascii: "d"): break
        default: return nil
        }
        return numberWords[token.lower]
    }
}
