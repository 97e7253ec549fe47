/// Small closed classes of words that the rules on recalled events, drills and onlookers look
/// for. They are numbered with the lexicon's words, so a token's marks are one array read and a
/// sentence without any of a rule's words is passed over without hashing a word.
struct WordMark: OptionSet, Sendable {
    let rawValue: UInt32

    /// `routinely`, `often`: what happens again and again.
    static let habitual = WordMark(rawValue: 1 << 0)
    /// `year`, `decades`, `months`, `weeks`: a time of years, or of months and weeks spread over.
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
    /// `terrorism`, `insurgency`, `coup`, `assailants`: political violence and its actors, besides
    /// the lexicon's lists of armed parties and protest.
    static let political = WordMark(rawValue: 1 << 10)
    /// `plea`, `trial`, `sentenced`: a case in court.
    static let justice = WordMark(rawValue: 1 << 11)
    /// `fled`, `were`, `fought`, `been`: a past form that does not end in `-ed` (`told`, `said` are
    /// left out: a report's verb says nothing of the tense of what it reports).
    static let past = WordMark(rawValue: 1 << 12)
    /// `died`, `dies`.
    static let died = WordMark(rawValue: 1 << 13)
    /// `envoy`, `ambassador`, `UN`, `lawyer`, `father`: people who speak of a conflict or a case
    /// without a part in its fighting (titles count capitalised: `Ambassador`, `Foreign Minister`).
    static let envoy = WordMark(rawValue: 1 << 14)
    /// `has`, `have`: a perfect, what has come about up to now.
    static let perfect = WordMark(rawValue: 1 << 15)
    /// `basis`: `on a daily basis`.
    static let basis = WordMark(rawValue: 1 << 16)
    /// `possible`, `potential`, `avoid`, `case`, `will`, `planning`, `any`, `risk`, `if`: what may happen,
    /// is planned, feared, or is to be kept from happening.
    static let supposed = WordMark(rawValue: 1 << 17)
    /// `recent`, `recently`: an event the story looks back on (`the recent attack on a mosque`).
    static let recent = WordMark(rawValue: 1 << 18)
    /// `budget`, `spending`, `profits`: money, what a minister's or a firm's statement is about.
    static let money = WordMark(rawValue: 1 << 19)
    /// `procured`, `orders`, `deployed`, `develop`, `arsenal`: weapons bought, made, held or sent,
    /// not used.
    static let acquired = WordMark(rawValue: 1 << 20)
    /// The first word of a party's, people's or body's name that ties a text to a country or regions
    /// (`ActorCountries`: `houthis`, `odm's`, `matatu`), with its plural and possessive: the party
    /// scan hashes only these words.
    static let partyCue = WordMark(rawValue: 1 << 21)
    /// `killed`, `wounded`, `abducted`: participles of harm, whose subject in the passive is the target.
    static let harm = WordMark(rawValue: 1 << 22)
    /// `was`, `were`, `been`: the auxiliaries of the passive.
    static let passive = WordMark(rawValue: 1 << 23)
    /// `said`, `reported`, `observed`: verbs of telling and watching, whose subject is a source.
    static let source = WordMark(rawValue: 1 << 24)
    /// `killed`, `dead`, `toll`, `fatally`, `lynched`: the words without which no count of the dead
    /// (`EventArguments.fatalities`) is read, so a sentence without any is passed over unscanned.
    static let countsDead = WordMark(rawValue: 1 << 25)

    static let byWord: [String: WordMark] = {
        var marks: [String: WordMark] = [:]
        func add(_ words: [String], _ mark: WordMark) { for w in words { marks[w, default: []].insert(mark) } }
        add(["routinely", "regularly", "frequently", "often", "usually", "typically", "commonly", "constantly", "habitually", "periodically",
             "sometimes", "occasionally"], .habitual)
        add(["year", "years", "decade", "decades", "months", "weeks", "past"], .span)
        add(["since"], .since)
        add(["had"], .had)
        add(["repeatedly", "repeated", "frequent", "recurring", "numerous", "countless"], .repeatedly)
        add(["every", "each"], .every)
        add(["analyst", "analysts", "expert", "experts", "researcher", "researchers", "professor", "scholar", "scholars", "academic",
             "correspondent", "commissioner", "sheriff", "coroner", "historian"], .onlooker)
        add(["drill", "drills", "manoeuvres", "maneuvers", "manoeuvre", "maneuver", "wargames", "war-games",
             "notional", "notionally", "simulated", "simulating", "rehearsal", "rehearsed", "readiness", "preparedness"], .exercise)
        add(["missile", "missiles", "rocket", "rockets"], .missile)
        add(["coded", "coordinates"], .coded)
        add(["terror", "terrorism", "terrorist", "terrorists", "assassination", "assassinations", "assassinated", "assassin", "assassins",
             "military", "militarily", "war", "wars", "coup", "insurgency", "paramilitary", "paramilitaries", "bandits", "raiders", "rustlers",
             "clan", "clans", "clansmen", "tribesmen", "mob", "mobs", "rioters", "rioting", "vigilantes", "attackers", "assailants",
             "airstrike", "airstrikes", "air-strike", "air-strikes", "extremist", "extremists", "separatist", "separatists", "crackdown",
             "gunman", "warplanes", "bombing", "bombings", "shelling", "bombers", "gang", "gangs", "cartel", "cartels"], .political)
        add(["plea", "pleas", "pleaded", "pleads", "trial", "trials", "verdict", "jury", "convicted", "conviction", "sentenced",
             "acquitted", "indicted", "indictment", "prosecutor", "prosecutors", "prosecuted", "jailed"], .justice)
        add(["was", "were", "did", "took", "came", "went", "fought", "shot", "threw", "struck", "fled", "led", "left", "began", "broke",
             "burnt", "ran", "fell", "stole", "overran", "rose", "blew", "caught", "drove", "gave", "got", "held", "hid", "kept", "lost",
             "made", "met", "paid", "saw", "sent", "shook", "sought", "spoke", "stood", "swept", "tore", "won", "wore", "wrote", "found",
             "lay", "laid", "heard", "brought", "bought", "thought", "became", "flew", "withdrew", "beaten", "taken", "given", "sank",
             "stuck", "slew", "slain", "stolen", "thrown", "torn", "written", "been", "gone", "done", "seen", "known", "shown", "drawn",
             "fallen", "risen", "driven", "blown", "begun", "broken", "rode", "dug", "bled", "dead", "ago"], .past)
        add(["died", "dies"], .died)
        add(["envoy", "envoys", "ambassador", "ambassadors", "diplomat", "diplomats", "foreign", "un", "u.n.", "unicef", "unhcr",
             "iom", "osce", "unesco", "amnesty", "ngo", "ngos", "monitor", "monitors", "watchdog", "rights", "lawyer", "lawyers",
             "attorney", "prosecutor", "prosecutors", "father", "mother", "widow", "relatives", "parents", "permanent", "former"], .envoy)
        add(["has", "have"], .perfect)
        add(["basis"], .basis)
        add(["possible", "potential", "prospective", "hypothetical", "imminent", "avoid", "avoiding", "avert", "averting", "case", "event",
             "will", "would", "planning", "planned", "plotting", "plotted", "plans", "intends", "intending", "any", "risk", "danger",
             "fear", "fears", "threat", "if", "unless", "possibility", "prospect"], .supposed)
        add(["recent", "recently"], .recent)
        add(["budget", "budgets", "spending", "expenditure", "expenditures", "funding", "fund", "funds", "profit", "profits",
             "revenue", "revenues", "sales", "shares", "investment", "investments", "taxes"], .money)
        // Words of trade and making that general text uses less than `order`, `supply` or `produce`: each
        // marked word costs the look-up of every token that spells it.
        add(["procure", "procured", "procuring", "procurement", "acquired", "acquisition", "purchased", "purchases", "bought",
             "orders", "develop", "developing", "developed", "development", "design", "designed", "designing", "deploy",
             "deployed", "deploying", "deployment", "equipped", "arsenal", "arsenals", "stockpile", "stockpiles", "delivered",
             "deliveries", "supplied", "sold", "capability", "capabilities"], .acquired)
        add(["killed", "killing", "kill", "kills", "dead", "died", "death", "deaths", "toll", "lives", "bodies", "fatalities",
             "fatally", "martyred", "beheaded", "executed", "lynch", "lynched", "lynches", "lynching", "lynchings"], .countsDead)
        add(EventArguments.harmParticiples, .harm)
        add(Array(EventArguments.passiveMarkers), .passive)
        add(EventArguments.sourceVerbs, .source)
        return marks
    }()
}
