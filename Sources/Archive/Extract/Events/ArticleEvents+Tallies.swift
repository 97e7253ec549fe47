/// A toll told in the perfect: `Boko Haram has killed 20,000 people`, `millions have been killed`,
/// `the death toll has reached 10,000`. One attack or battle rarely kills thousands; a perfect with
/// a count of thousands sums up a war to now, whatever the sentence's words of violence.
extension ArticleEvents {
    /// The sentence (which has `has` or `have`) counts thousands of dead: a figure of 1,000 or more
    /// that is no year, or `thousands`, `millions`, with a word of death (a ransom of `$50,000` or
    /// `2,000 troops` count no toll). Crowds are left to the caller: `thousands have marched` is a protest.
    static func tallies(_ t: [EventToken]) -> Bool {
        countsThousands(t) && t.contains { Self.deathWords.contains($0.lower) }
    }

    /// `has conducted more than 19,000 airstrikes`, `thousands of attacks have been recorded`: acts
    /// counted in thousands right before the event's word are a sum of many, not one event.
    static func countsActs(_ t: [EventToken], _ drafts: [EventDraft]) -> Bool {
        drafts.contains { draft in
            let i = draft.first - 1
            guard i >= 0, draft.last < t.count, t[draft.last].lower.hasSuffix("s") else { return false }
            let w = t[i].lower
            if w == "of", i >= 1, t[i - 1].lower == "thousands" || t[i - 1].lower == "millions" { return true }
            guard t[i].isNumber else { return false }
            if i >= 2, w.utf8.count == 3, t[i - 1].lower == ",", t[i - 2].isNumber { return true }
            return w.utf8.count >= 4 && thousands(w)
        }
    }

    /// `raised the number of troops killed in the offensive to 67` (the count word up to ten words
    /// before the event's word), `brings the total of attacks this
    /// year to 40`, `9 out of 78 attacks`, `12 of the 40 raids`: a running count, or a share of
    /// many events, tells no one event (`the death toll from the bombing rose to 40` is left: it
    /// updates the report of one).
    static func countsUp(_ t: [EventToken], _ draft: EventDraft) -> Bool {
        let first = draft.first
        if first >= 3, t[first - 1].isNumber, t[first - 2].lower == "of", t[first - 3].lower == "out" || t[first - 3].isNumber { return true }
        if first >= 4, t[first - 1].isNumber, t[first - 2].lower == "the", t[first - 3].lower == "of", t[first - 4].isNumber { return true }
        guard let count = (max(1, first - 10)..<max(1, first)).last(where: { countWords.contains(t[$0].lower) }),
              raiseWords.contains(t[count - 1].lower) || count >= 2 && t[count - 1].lower == "the" && raiseWords.contains(t[count - 2].lower)
        else { return false }
        let hi = min(t.count - 1, draft.last + 10)
        return (draft.last + 1..<max(draft.last + 1, hi)).contains { t[$0].lower == "to" && t[$0 + 1].isNumber }
    }

    private static let countWords: Set<String> = ["number", "total", "tally", "count"]
    private static let raiseWords: Set<String> = [
        "raised", "raising", "raises", "raise", "brought", "bringing", "brings", "bring", "pushed", "pushing", "took", "taking", "takes",
    ]

    private static let deathWords: Set<String> = ["killed", "died", "dead", "deaths", "death", "toll", "lives", "casualties"]

    private static func countsThousands(_ t: [EventToken]) -> Bool {
        for i in t.indices where t[i].isWord {
            let w = t[i].lower, n = w.utf8.count
            if n < 4 {
                // `20,000` read as `20` `,` `000`.
                if i + 2 < t.count, t[i + 1].lower == ",", t[i + 2].lower.utf8.count == 3, t[i].isNumber, t[i + 2].isNumber { return true }
                continue
            }
            // A figure of thousands has four bytes or more, as `millions` and `thousands` do.
            guard let c = w.utf8.first else { continue }
            if c >= 0x30, c <= 0x39 {
                if Self.thousands(w) { return true }
            } else if c == UInt8(ascii: "t"), n == 9, w == "thousands" {
                return true
            } else if c == UInt8(ascii: "m"), n == 8, w == "millions" {
                return true
            }
        }
        return false
    }

    /// `20,000`, `1500`: digits (and commas) worth 1,000 or more, not a year.
    private static func thousands(_ w: String) -> Bool {
        var value = 0, digits = 0, comma = false
        for b in w.utf8 {
            if b == UInt8(ascii: ",") { comma = true; continue }
            guard b >= 0x30, b <= 0x39 else { return false }
            value = value &* 10 &+ Int(b - 0x30); digits += 1
            if digits > 9 { return true }
        }
        return value >= 1000 && (comma || !(1800...2100).contains(value))
    }
}
