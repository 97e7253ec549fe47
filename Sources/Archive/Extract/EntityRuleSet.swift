/// The families of rules the layer over the tagger applies (`EntitySpans.taggedCandidates`,
/// `decide`, `classify`), by name, so that an evaluation can switch one off and measure what it
/// does on text neither the tagger nor the rules were tuned on
/// (`archive-eval entities --without NAME`; scripts/eval-entities.py `--tenth --without`).
public struct EntityRuleSet: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `Former Chelsea`: a describing word at a sentence's start left out of the name.
    static let modifiers = EntityRuleSet(rawValue: 1 << 0)
    /// `I'm`, `US-led`, `PC`: contractions, compounds and capitalised common nouns dropped.
    static let nonNames = EntityRuleSet(rawValue: 1 << 1)
    /// `Radio 4`: a broadcaster's number kept in its name.
    static let numbered = EntityRuleSet(rawValue: 1 << 2)
    /// A title-case line's names kept only when named elsewhere or listed.
    static let titleLines = EntityRuleSet(rawValue: 1 << 3)
    /// `the Committee` after a longer name with that head word.
    static let headAlone = EntityRuleSet(rawValue: 1 << 4)
    /// The rules' reading of a stretch where it crosses or surrounds the tagger's span.
    static let ruleSpans = EntityRuleSet(rawValue: 1 << 5)
    /// Names the rules have evidence for where the tagger tagged nothing, and lone surnames.
    static let added = EntityRuleSet(rawValue: 1 << 6)
    /// `won an Oscar`: what takes an indefinite article is no person.
    static let countable = EntityRuleSet(rawValue: 1 << 7)
    /// A one-word person never named in full becomes an organisation.
    static let loneToOrg = EntityRuleSet(rawValue: 1 << 8)
    /// `Lib Dem leader Ann Lowe`: the body before a role and its holder.
    static let affiliation = EntityRuleSet(rawValue: 1 << 9)
    /// `the film X`: a work's title is no name.
    static let works = EntityRuleSet(rawValue: 1 << 10)
    /// `Manchester City`, `Hull Rovers`: a place's name and a club's word is the club.
    static let clubs = EntityRuleSet(rawValue: 1 << 11)
    /// `handset maker X`: a town's name after a noun of business is the firm.
    static let firms = EntityRuleSet(rawValue: 1 << 12)
    /// A gazetteer place stays a place (a team beside a score, a position or `beat`).
    static let places = EntityRuleSet(rawValue: 1 << 13)
    /// `Vladimir Putin`: a given name that is also a town's starts the person's name.
    static let towns = EntityRuleSet(rawValue: 1 << 14)
    /// The rules' own type where their evidence is explicit (strength 2 or more).
    static let ruleTypes = EntityRuleSet(rawValue: 1 << 15)
    /// Titles and roles left out of names (`President X`, `X MP`).
    static let titles = EntityRuleSet(rawValue: 1 << 16)
    /// Adjectives of nationality and event names (`World Cup`) dropped, table headings.
    static let demonymsEvents = EntityRuleSet(rawValue: 1 << 17)

    /// The tagger's type over the rules' guesses from a name's own words (`EntityCandidate.guess`).
    static let taggerOverGuesses = EntityRuleSet(rawValue: 1 << 18)
    /// Acronyms the tagger missed left out where they label a field or stand beside a figure.
    static let acronymLabels = EntityRuleSet(rawValue: 1 << 19)
    /// A title-case line with brackets or numbers read as a row of names, not a headline.
    static let rowsInTitleCase = EntityRuleSet(rawValue: 1 << 20)
    /// `X, who`, `X said he`, `Lord X`: a lone name so followed, or after a title, stays a person.
    static let personCues = EntityRuleSet(rawValue: 1 << 21)

    /// `Oscar nomination`, `the Golden Globes`: a prize before its noun, and its plural, are no names.
    static let awards = EntityRuleSet(rawValue: 1 << 22)
    /// `the Tories`: a party's nickname in the plural is the party, whatever the tagger read.
    static let nicknames = EntityRuleSet(rawValue: 1 << 23)
    /// `nominated for X`, `movie The X`, `the X films`: a title the sentence names as a work is no name.
    static let workCues = EntityRuleSet(rawValue: 1 << 24)
    /// `X were`, `X frontman Y`, `Five Live`: a name the sentence treats as a group is no person's.
    static let groupCues = EntityRuleSet(rawValue: 1 << 25)
    /// `Belt and Road Initiative`, `on Capitol Hill`: names joined across `and`, places named by the land.
    static let joined = EntityRuleSet(rawValue: 1 << 26)
    /// `Muslims`, `Washington, D.C.`, `(D-N.Y.)`, `Don"t`, `Senate Majority Leader`, `Theresa May`: labels beside names.
    static let labels = EntityRuleSet(rawValue: 1 << 27)
    /// `Brexit`, `Obamacare`: a name fused with a common noun coins a word, no name.
    static let coinages = EntityRuleSet(rawValue: 1 << 28)
    /// `the Sinn Féin vote`: a "person" after `the` with no given name first is a body.
    static let bodiesAfterThe = EntityRuleSet(rawValue: 1 << 29)
    /// `the village of X`: a name after a settlement's noun and `of` is a place.
    static let settlements = EntityRuleSet(rawValue: 1 << 30)
    /// `Sheikh Hasina … Hasina told`: a title before one mention of a lone name makes all its mentions a person's.
    static let titledOnce = EntityRuleSet(rawValue: 1 << 31)
    /// `seize Al Bab`: the Arabic article written apart before a town's name is no given name.
    static let townsAfterArticle = EntityRuleSet(rawValue: 1 << 32)
    /// `St Patrick's Day`: a name owning `Day` names a day.
    static let days = EntityRuleSet(rawValue: 1 << 33)

    /// Every family by the name `--without` takes.
    public static let named: [(name: String, rules: EntityRuleSet)] = [
        ("modifiers", .modifiers), ("nonnames", .nonNames), ("numbered", .numbered), ("titlelines", .titleLines),
        ("headalone", .headAlone), ("rulespans", .ruleSpans), ("added", .added), ("countable", .countable),
        ("lonetoorg", .loneToOrg), ("affiliation", .affiliation), ("works", .works), ("clubs", .clubs),
        ("firms", .firms), ("places", .places), ("towns", .towns), ("ruletypes", .ruleTypes), ("titles", .titles),
        ("demonymsevents", .demonymsEvents), ("taggeroverguesses", .taggerOverGuesses), ("acronymlabels", .acronymLabels),
        ("rowsintitlecase", .rowsInTitleCase), ("personcues", .personCues),
        ("awards", .awards), ("nicknames", .nicknames), ("workcues", .workCues), ("groupcues", .groupCues),
        ("joined", .joined), ("labels", .labels), ("coinages", .coinages), ("bodiesafterthe", .bodiesAfterThe),
        ("settlements", .settlements), ("titledonce", .titledOnce), ("townsafterarticle", .townsAfterArticle), ("days", .days),
    ]
}
