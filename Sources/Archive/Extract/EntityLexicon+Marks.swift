/// Small closed classes of words that the cues of works, groups, clubs and firms
/// (`EntityCues+Works`, `EntityCues+Context`) look for around a name. They are numbered in the lexicon's word table with the lists, so a
/// token gets its marks from the one lookup it already takes, and a text or a name without the
/// words a cue needs is passed over without hashing a word. Kept apart from `Lists`, which the
/// tagger reads as features: its weights were learned with the lists as they are.
struct EntityMark: OptionSet, Sendable {
    let rawValue: UInt32

    /// Cardinal words: a person's name holds none (`Five Live`, `Million Dollar Baby`).
    static let cardinal = EntityMark(rawValue: 1 << 0)
    /// `the X films`, `the X series`: nouns after a work's title used as a modifier.
    static let workSeries = EntityMark(rawValue: 1 << 1)
    /// `the third X film`: one work's noun, which follows a title only after an ordinal.
    static let workNoun = EntityMark(rawValue: 1 << 2)
    static let ordinal = EntityMark(rawValue: 1 << 3)
    /// `her role as Y in X`, `starring in X`: words of acting before what one acts in.
    static let casting = EntityMark(rawValue: 1 << 4)
    /// `X frontman Y`: a band's members.
    static let bandMember = EntityMark(rawValue: 1 << 5)
    /// `the band X`, `best British group`: a group of performers.
    static let bandNoun = EntityMark(rawValue: 1 << 6)
    /// `nominated for X`: a prize is given for a work.
    static let nominated = EntityMark(rawValue: 1 << 7)
    static let best = EntityMark(rawValue: 1 << 8)
    static let game = EntityMark(rawValue: 1 << 9)
    /// Rugby's positions and `player`, beside the `[positions]` list, after a club's town (`the Sale full-back`).
    static let position = EntityMark(rawValue: 1 << 10)
    /// `the film Ray`, `his album Blue`: nouns that put a work's title after them.
    static let titleNoun = EntityMark(rawValue: 1 << 11)
    /// `handset maker Nokia`, `the retailer Argos`: nouns of business before a firm's name.
    static let firmNoun = EntityMark(rawValue: 1 << 12)
    /// `Capitol Hill`, `Hyde Park`: a lie of the land that ends a place's name and is a surname too.
    static let landName = EntityMark(rawValue: 1 << 13)
    /// `Belt and Road Initiative`, `Food and Drug Administration`: heads of a plan's, a pact's, a
    /// law's or a public body's name, which may join two words by `and` before them (a firm's heads,
    /// `News`, `Motors`, are not: `Froogle and Google News` are two names).
    static let nameHead = EntityMark(rawValue: 1 << 14)
    /// `Soviet Union`, `Federal Republic of Yugoslavia`: heads of a state's name.
    static let polity = EntityMark(rawValue: 1 << 15)
    /// `Theresa May`, `April Jones`: months, which are surnames and given names too.
    static let month = EntityMark(rawValue: 1 << 16)
    /// `Senate Majority Leader`: the side of a chamber a leader or whip speaks for, part of the title.
    static let chamberSide = EntityMark(rawValue: 1 << 17)
    /// `Muslims`, `Koreans`: a word of the `[demonyms]` list with an `s`, a people (marked by the
    /// lexicon from its list, not from `byWord`).
    static let peoples = EntityMark(rawValue: 1 << 18)
    /// `the village of X`, `the province of X`: nouns of a settlement or an area whose name follows `of`.
    static let settlement = EntityMark(rawValue: 1 << 19)
    /// `R&B singer Usher`, `actor Keanu Reeves`: occupations news writes in lower case straight before
    /// a person's name. Only a cue before the name, never stripped from a capitalised run: `Best
    /// Actress Oscar` starts with one and names no one.
    static let occupation = EntityMark(rawValue: 1 << 20)
    /// `Millennium Stadium`, `Wembley Arena`: a venue's noun ending a name makes it a place, as a place
    /// head does (kept out of `[placeheads]`, a list the tagger reads as a feature).
    static let venue = EntityMark(rawValue: 1 << 21)

    /// The words without which no work's cue but a title opening with `The` or a cardinal can hold.
    static let workCues: EntityMark = [.workSeries, .workNoun, .casting, .nominated, .best, .game]

    static let byWord: [String: EntityMark] = {
        var marks: [String: EntityMark] = [:]
        func add(_ words: [String], _ mark: EntityMark) { for w in words { marks[w, default: []].insert(mark) } }
        add(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "twenty", "hundred", "thousand", "million", "billion"], .cardinal)
        add(["films", "movies", "series", "books", "novels", "franchise", "sequel", "sequels", "trilogy"], .workSeries)
        add(["film", "movie", "book", "novel"], .workNoun)
        add(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"], .ordinal)
        add(["role", "roles", "starring", "starred", "stars", "cameo", "portrayal", "portraying", "playing", "plays", "played"], .casting)
        add(["frontman", "frontwoman", "guitarist", "drummer", "bassist", "keyboardist", "bandmate", "bandmates"], .bandMember)
        add(["band", "bands", "group", "duo", "trio", "quartet", "quintet", "outfit"], .bandNoun)
        add(["nominated", "nomination", "nominations", "nominee", "shortlisted"], .nominated)
        add(["best"], .best)
        add(["game"], .game)
        add(["wing", "full-back", "prop", "flanker", "lock", "hooker", "centre", "player"], .position)
        add(["film", "films", "movie", "biopic", "album", "song", "novel", "documentary", "sitcom", "musical", "opera",
             "drama", "comedy", "thriller", "blockbuster", "sequel", "remake", "cartoon", "programme", "podcast", "soap"], .titleNoun)
        add(["firm", "company", "maker", "giant", "retailer", "carrier", "operator", "manufacturer",
             "supplier", "brand", "insurer", "lender", "conglomerate", "airline", "chain", "carmaker", "chipmaker"], .firmNoun)
        add(["hill", "hills", "park", "green", "heath", "moor", "wood", "woods", "field", "fields", "dale", "vale",
             "downs", "heights", "common"], .landName)
        add(["initiative", "programme", "program", "plan", "strategy", "act", "accord", "pact", "treaty", "agreement",
             "convention", "summit", "forum", "scheme", "project", "dialogue", "partnership", "framework", "campaign", "executive",
             "commission", "committee", "council", "administration", "association", "agency", "authority", "party",
             "federation", "organisation", "organization", "institute", "department", "ministry", "board", "service"], .nameHead)
        add(["union", "republic", "federation", "kingdom", "empire", "confederation"], .polity)
        add(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"], .month)
        add(["majority", "minority"], .chamberSide)
        add(["village", "town", "hamlet", "city", "suburb", "township", "municipality", "commune", "district", "neighbourhood",
             "neighborhood", "settlement", "port", "province", "region", "county", "island"], .settlement)
        add(["singer", "actor", "actress", "rapper", "comedian", "presenter", "novelist", "songwriter", "guitarist",
             "drummer", "frontman", "frontwoman", "filmmaker", "film-maker", "playwright", "writer", "author", "poet", "artist",
             "chef", "photographer", "businessman", "businesswoman", "tycoon", "billionaire", "entrepreneur",
             "boxer", "golfer", "sprinter", "jockey", "cyclist", "swimmer", "athlete", "hurdler",
             "actor-director", "broadcaster", "columnist", "pianist", "violinist", "composer", "conductor", "dancer"], .occupation)
        add(["stadium", "arena", "racecourse", "velodrome"], .venue)
        return marks
    }()
}
