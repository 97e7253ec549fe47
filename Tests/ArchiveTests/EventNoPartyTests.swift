import Testing
@testable import Archive

/// What a conflict story tells that is no event of its own: the word of envoys, lawyers and
/// families, votes still to come, tolls of thousands summed up to now, missiles tested, centuries
/// past, many protests over years, and the headlines of linked stories. Sentences and articles
/// written for these tests, published 2023-05-10.
@Suite("Events: speakers with no part, votes to come, tolls, tests, links")
struct EventNoPartyTests {
    static let attack = "On Monday, rebels attacked an army post near the border, killing four soldiers.\n"

    static func statements(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.events(text).filter { $0.kind == .statement }
    }

    @Test("a statement by an envoy, a foreign minister, a lawyer or a rights group is none", arguments: [
        "On Tuesday, the rebels' lawyer said the fighters would keep attacking army posts.",
        "On Tuesday, Foreign Minister Ana Lopes said the fighters would keep attacking army posts.",
        "On Tuesday, the ambassador of Norland said the fighters would keep attacking army posts.",
        "On Tuesday, rights groups said the fighters would keep attacking army posts.",
        "On Tuesday, Norland's Permanent Representative said the fighters would keep attacking army posts.",
    ])
    func envoys(text: String) {
        #expect(Self.statements(Self.attack + text).isEmpty, "\(text)")
    }

    @Test("a party's statement stands, and `rights` or `foreign` alone name no envoy")
    func parties() {
        #expect(!Self.statements(Self.attack + "On Tuesday, a rebel commander said his fighters would keep attacking army posts.").isEmpty)
        func envoy(_ s: String) -> Bool { EventJudge.namesEnvoy(EventText.sentences(s)[0].tokens) }
        #expect(envoy("The UN said the talks would resume."))
        #expect(envoy("Russia's Foreign Ministry said the talks would resume."))
        #expect(!envoy("The rebels said foreign fighters had joined them."))
        #expect(!envoy("The army said it respected the rights of prisoners."))
    }

    @Test("a vote to come, or on a government's survival, is no law", arguments: [
        "Parliament is scheduled to vote on a law that bans armed militias from the border districts.",
        "The upcoming vote in parliament on the militia law has split the ruling coalition.",
        "The government survived a no-confidence vote in parliament over the militia law on Tuesday.",
    ])
    func votesAhead(text: String) {
        #expect(!EventJudgeTests.events(text).contains { $0.kind == .legislation }, "\(text)")
    }

    @Test("a law passed is one")
    func lawPassed() {
        #expect(EventJudgeTests.events("On Tuesday, parliament passed a law that bans armed militias from the border districts.")
            .contains { $0.kind == .legislation })
        // `May` the month is no modal.
        let t = EventText.sentences("In May parliament passed a law on militias.")[0].tokens
        #expect(!EventJudge.votesAhead(t, t.firstIndex { $0.lower == "passed" }!))
    }

    @Test("a toll of thousands told in the perfect sums up a war", arguments: [
        "The insurgents have killed more than 20,000 people in the north, the army said.",
        "Thousands of civilians have been killed in the fighting between the army and the rebels.",
    ])
    func tolls(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("one attack's dead, a crowd of thousands and a ransom are no toll")
    func noToll() {
        #expect(EventJudgeTests.acled("Gunmen have killed 12 villagers in an attack on a farm near Dayo, the army said on Tuesday.").first?.eventType
            == .violenceAgainstCivilians)
        #expect(EventJudgeTests.acled("Thousands of farmers have marched through the city centre over the deaths of two herders.").first?.eventType
            == .protests)
        #expect(!ArticleEvents.tallies(EventText.sentences("Kidnappers have seized a trader and asked for 50,000 dollars.")[0].tokens))
        #expect(!ArticleEvents.tallies(EventText.sentences("In 2019 the rebels have killed two guards.")[0].tokens))
    }

    @Test("a missile tested is no shelling; a missile fired at a base is")
    func missileTests() {
        let finder = EventFinder(lexicon: .shared)
        #expect(finder.isExercise(EventText.sentences("The country said it had successfully tested a new ballistic missile.")[0]))
        #expect(finder.isExercise(EventText.sentences("The navy test-fired two missiles off the coast.")[0]))
        #expect(!finder.isExercise(EventText.sentences("Rebels fired a missile at an army base, which they said they had tested.")[0]))
        #expect(EventJudgeTests.acled("Rebels fired a missile at an army base near Dayo on Sunday, killing two soldiers.").first?.eventType == .explosions)
    }

    @Test("a century past is background", arguments: [
        "In the 19th century, rebels burned the fort and killed its garrison.",
        "The 19th-century revolt saw rebels burn the fort and kill its garrison.",
    ])
    func centuries(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text)")
    }

    @Test("protests over years before the news are none")
    func yearsOf() {
        #expect(EventJudgeTests.acled("After years of protests, the university renamed its hall.").isEmpty)
        #expect(EventJudgeTests.acled("After two hours of protests, police cleared the square in Lviv on Saturday.").contains { $0.eventType == .protests })
    }

    @Test("many told as a habit are no one event", arguments: [
        "There have been sometimes violent protests in the suburbs against the new tax.",
        "The militia has launched frequent attacks on farms along the river near Jos.",
    ])
    func habitsAndSpans(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("one act with a repeated thing, and last week's protest, stand")
    func oneAct() {
        #expect(EventJudgeTests.acled("Police fired repeated volleys of tear gas at protesters outside parliament on Tuesday.").first?.eventType == .protests)
        #expect(EventJudgeTests.acled("Farmers held a protest against the new tax outside the ministry last week.").first?.subType == .peacefulProtest)
    }

    @Test("a linked story's headline is not this story's; what follows it is")
    func linkedHeadlines() {
        #expect(EventJudgeTests.acled("READ MORE: Rebels attack army convoy near the port The fishermen of the coast said the catch was poor this year.").isEmpty)
        #expect(!EventJudgeTests.acled("READ MORE: Prices rise in the port The rebels attacked an army convoy near the port on Tuesday, killing three soldiers.").isEmpty)
        let t = EventText.sentences("RELATED: Talks stall again In the north, troops fought rebels.")[0].tokens
        #expect(ArticleEvents.linkedHeadlineEnd(t).map { t[$0].lower } == "in")
    }
}
