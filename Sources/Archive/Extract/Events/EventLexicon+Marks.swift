/// Small closed classes of words that the rules on recalled events, drills and onlookers look
/// for. They are numbered with the lexicon's words, so a token's marks are one array read and a
/// sentence without any of a rule's words is passed over without hashing a word.
struct WordMark: OptionSet, Sendable {
    let rawValue: UInt16

    /// `routinely`, `often`: what happens again and again.
    static let habitual = WordMark(rawValue: 1 << 0)
    /// `year`, `decades`: a time of years.
    static let span = WordMark(rawValue: 1 << 1)
    static let since = WordMark(rawValue: 1 << 2)
    static let had = WordMark(rawValue: 1 << 3)
    static let repeatedly = WordMark(rawValue: 1 << 4)
    /// `every`, `each`: `every year`.
    static let every = WordMark(rawValue: 1 << 5)
    /// `analyst`, `correspondent`: people who tell or study a conflict.
    static let onlooker = WordMark(rawValue: 1 << 6)
    /// `drills`, `manoeuvres`, `simulated`.
    static let exercise = WordMark(rawValue: 1 << 7)
    /// `missile`, `rocket`: weapons that may be named as systems.
    static let missile = WordMark(rawValue: 1 << 8)
    /// `coded`, `coordinates`: a coder's note of the place (`coded as X`).
    static let coded = WordMark(rawValue: 1 << 9)

    static let byWord: [String: WordMark] = {
        var marks: [String: WordMark] = [:]
        func add(_ words: [String], _ mark: WordMark) { for w in words { marks[w, default: []].insert(mark) } }
        add(["routinely", "regularly", "frequently", "often", "usually", "typically", "commonly", "constantly", "habitually", "periodically"], .habitual)
        add(["year", "years", "decade", "decades"], .span)
        add(["since"], .since)
        add(["had"], .had)
        add(["repeatedly"], .repeatedly)
        add(["every", "each"], .every)
        add(["analyst", "analysts", "expert", "experts", "researcher", "researchers", "professor", "scholar", "scholars", "academic",
             "correspondent", "commissioner", "sheriff", "coroner", "historian"], .onlooker)
        add(["drill", "drills", "manoeuvres", "maneuvers", "manoeuvre", "maneuver", "wargames", "war-games",
             "notional", "notionally", "simulated", "simulating", "rehearsal", "rehearsed"], .exercise)
        add(["missile", "missiles", "rocket", "rockets"], .missile)
        add(["coded", "coordinates"], .coded)
        return marks
    }()
}
