import Testing
@testable import Archive

/// Whether a sentence reports an event at all: the learned gate, the article's topic and the rules
/// around them, on sentences and stories written for these tests.
@Suite("Event judge")
struct EventJudgeTests {
    static func events(_ text: String, published: String? = "2023-05-10") -> [ExtractedEvent] {
        EventExtractorTests.events(text, published: published)
    }

    static func acled(_ text: String) -> [ExtractedEvent] {
        events(text).filter { $0.kind == nil }
    }

    @Test("figurative, personal and historical senses of the words of violence are no event", arguments: [
        "The old actor died of a heart attack at his home in the hills.",
        "The poet was shot dead in 1968 outside a theatre.",
        "Both chains are locked in a price war over frozen food.",
    ])
    func figurative(sentence: String) {
        #expect(Self.acled(sentence).isEmpty)
    }

    @Test("a football report holds no battles")
    func sportStory() {
        let story = """
            United face a tough clash against City at the weekend, the manager said.
            The striker scored twice in the league match on Tuesday and the goalkeeper kept a clean sheet.
            The midfielder said the squad would not go into their shells after the defeat.
            The referee sent off two players in the second half of the championship tie.
            Fans will travel in numbers for the cup fixture, the club said.
            """
        #expect(Self.events(story).isEmpty)
    }

    @Test("a business story holds no looting, attacks or statements")
    func businessStory() {
        let story = """
            Shares in the retailer fell 4% after the company said profits dropped.
            Investors accused the former chairman of looting the firm before the takeover bid.
            The chief executive said sales would recover in the second half of the year.
            Analysts said the shares were cheap after the profit warning.
            """
        #expect(Self.events(story).isEmpty)
    }

    @Test("a celebrity's arrest is not ACLED's; militants arrested by police are")
    func arrests() {
        let story = """
            The singer was arrested after a scuffle with a photographer outside a nightclub, his agent said.
            He was released on bail on Sunday and will appear in court next month.
            His new album is due out in the spring, the record label said.
            The tour will go ahead as planned, a spokesman for the band said.
            """
        #expect(Self.acled(story).isEmpty)
        #expect(Self.acled("Police arrested 12 suspected militants in the capital on Monday.").first?.subType == .arrests)
    }

    @Test("protests told in ordinary words are found, those still planned are not")
    func protests() {
        #expect(Self.acled("About 300 farmers demonstrated in front of the district office to demand water.").first?.subType == .peacefulProtest)
        // `League` in a party's name is a name, not sport.
        #expect(Self.acled("The Farmers League held a large protest outside the town hall over the price of seed.")
            .first?.eventType == .protests)
        #expect(Self.acled("Teachers are planning a protest outside the ministry next week.").isEmpty)
    }

    @Test("a statement is an event only from a party to a conflict, in a story about the conflict")
    func statements() {
        let conflict = """
            On Monday, rebels attacked an army post near the border, killing four soldiers.
            On Tuesday, a rebel commander said his fighters would keep attacking army posts.
            """
        #expect(Self.events(conflict).contains { $0.kind == .statement })
        #expect(Self.events("On Tuesday, the company's spokesman said profits rose by a tenth.").isEmpty)
    }

    @Test("every stored event is more likely real than not, and says how likely")
    func confidence() {
        let events = Self.events("On 3 May 2023, a roadside bomb struck a police patrol near the market, killing two officers.")
        #expect(events.first?.subType == .remoteExplosive)
        #expect(events.allSatisfy { $0.confidence >= 0.5 && $0.confidence <= 1 })
    }

    @Test("what a protest is about is no event and no force used on the crowd", arguments: [
        ("On 4 June 2022, shopkeepers formed a human chain in the market town, demanding the release of two traders arrested last week.", SubEventType.peacefulProtest),
        ("On 4 June 2022, nurses staged a sit-in outside the hospital against the killing of a colleague by robbers.", .peacefulProtest),
        ("On 4 June 2022, police opened fire on students protesting outside the college, killing one of them.", .excessiveForce),
        ("On 4 June 2022, two marchers were shot dead at a rally over fuel prices at the bus station.", .violentDemonstration),
    ])
    func protestCause(text: String, expected: SubEventType) {
        #expect(Self.acled(text).first?.subType == expected)
    }

    @Test("small arms beside heavy weapons make a clash; counted explosions with no device named are shelling", arguments: [
        ("On 3 March 2022, rebel forces fired mortars and small arms at army positions near the river crossing.", SubEventType.armedClash),
        ("On 3 March 2022, the army fired artillery at rebel positions east of the town.", .shelling),
        ("On 3 March 2022, monitors heard 14 explosions near army positions outside the village.", .shelling),
        ("On 3 March 2022, a bomb explosion hit a bus near the market, wounding six passengers.", .remoteExplosive),
    ])
    func weaponMix(text: String, expected: SubEventType) {
        #expect(Self.acled(text).first?.subType == expected)
    }

    @Test("violence told by its signs: bodies found with wounds, fire opened on a crowd", arguments: [
        "On 9 July 2022, the body of a farmer was found beside the road with gunshot wounds and his hands tied.",
        "On 9 July 2022, gunmen on a motorbike opened fire at a wedding party in the village, wounding three guests.",
    ])
    func signsOfViolence(text: String) {
        #expect(Self.acled(text).first?.eventType == .violenceAgainstCivilians)
    }

    @Test("what a crowd loots or burns is mob violence; what an armed group loots is looting")
    func crowdLooting() {
        #expect(Self.acled("On 2 June 2022, villagers looted and burned a grain store in the market after a dispute over land.")
            .first?.subType == .mobViolence)
        #expect(Self.acled("On 2 June 2022, rebel fighters looted a health centre in the village.").first?.subType == .lootingPropertyDestruction)
    }

    @Test("a body found is an attack when the next sentence tells the signs of one")
    func signsInNextSentence() {
        let found = Self.acled("On 2 June 2022, a man was found dead beside the river road near the village. His hands and feet were tied.")
        #expect(found.first?.eventType == .violenceAgainstCivilians)
        #expect(Self.acled("On 2 June 2022, the singer was found dead at his home. He was 71.").isEmpty)
    }

    @Test("a protest whose next sentence tells violence was a violent demonstration, one event")
    func turnedViolent() {
        let events = Self.acled("On 3 May 2021, hundreds of fishermen marched to the harbour office over new fees. They blocked the highway and lit bonfires.")
        #expect(events.count == 1)
        #expect(events.first?.subType == .violentDemonstration)
    }

    @Test("crowds told by what they did and asked for: gathered to demand, tear gas on them, a number who marched", arguments: [
        ("On 6 May 2022, dozens of market traders gathered outside the county offices to demand lower stall fees.", SubEventType.peacefulProtest),
        ("On 6 May 2022, taxi owners gathered in the centre of Eldoret demanding fuel subsidies.", .peacefulProtest),
        ("On 6 May 2022, officers used teargas on hundreds of residents who had blocked the county offices.", .protestWithIntervention),
        ("On 6 May 2022, a number of nurses demonstrated outside the district hospital over unpaid allowances.", .peacefulProtest),
    ])
    func crowdsInOrdinaryWords(text: String, expected: SubEventType) {
        #expect(Self.acled(text).first?.subType == expected)
    }

    @Test("a crowd that throws stones is a riot; stones thrown by no crowd are no event")
    func crowdsThrowingStones() {
        let events = Self.acled("On 9 June 2022, hundreds of youths pelted police with stones outside the county offices over a delayed vote count.")
        #expect(events.first?.subType.eventType == .riots, "\(events.map(\.subType))")
        #expect(Self.acled("On 9 June 2022, the builders threw stones into the river to mark the new bridge's footing.").isEmpty)
    }

    @Test("a crowd that gathers for no demand, a series of past attacks, are no event")
    func crowdsThatAreNoProtest() {
        #expect(Self.acled("On 6 May 2022, large crowds gathered on the beach to watch the fireworks.").isEmpty)
    }

    @Test("a headline's present tense with a person after it is an attack; troops on joint patrol change their activity")
    func headlineVerbAndPatrols() {
        #expect(Self.acled("Armed clan attacks farmer near the dry riverbed").first?.eventType == .violenceAgainstCivilians)
        #expect(Self.acled("On 6 May 2022, government troops and an allied militia made a joint patrol along the border crossing near Tal Abyad.").first?.subType
            == .changeToGroup)
    }

    @Test("what a protest answered, after `following` or as its object, is its cause, not violence at it", arguments: [
        "On 8 May 2022, relatives of a shopkeeper staged a protest outside the market following the killing of the shopkeeper by robbers.",
        "On 8 May 2022, villagers protested the burning of their granary by unknown men outside the district office.",
    ])
    func causeAfterFollowing(text: String) {
        #expect(Self.acled(text).first?.subType == .peacefulProtest)
    }

    @Test("an arrest the next sentence tells of the man a protest was about is no force on the crowd")
    func arrestInCause() {
        let cause = Self.acled("On 8 May 2022, reporters protested outside the press club demanding the release of an editor. He was arrested on a tax charge.")
        #expect(cause.first?.subType == .peacefulProtest)
        let crowd = Self.acled("On 8 May 2022, reporters protested outside the press club demanding the release of an editor. Police arrested several of them.")
        #expect(crowd.first?.subType == .protestWithIntervention)
    }

    @Test("a verb of violence with people as its object needs no armed group named")
    func strikesPeople() {
        #expect(Self.acled("On 8 May 2022, members of a religious sect attacked mourners at a funeral in the hills.").first?.eventType
            == .violenceAgainstCivilians)
        #expect(Self.acled("On 8 May 2022, the minister attacked the plan in a speech to the assembly.").isEmpty)
    }
}
