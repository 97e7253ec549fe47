import Testing
@testable import Archive

/// What a follow-up story retells, and what is named without being done: violence a story dates
/// weeks back and then tells again without a date, an event named by its year or spread over past
/// years, weapons bought or deployed, analysts who agree, an old threat; and the bland word of an
/// armed party, which is its statement. Articles written for these tests, published on Wednesday
/// 2023-05-10.
@Suite("Events a follow-up story retells, and what is only named")
struct EventFollowUpTests {
    static func reports(_ text: String, kinds: Bool = false) -> [ExtractedEvent] {
        let published = PartialDate(iso: "2023-05-10")
        let found = EventExtractor.reports(in: text, published: published, mentions: EntityExtractor.mentions(in: text))
        return kinds ? found : found.filter { $0.kind == nil }
    }

    /// A story about charges over a raid of April 12; FIFTH is replaced by each case.
    static let charges = """
        Prosecutors charge two men over village raid

        Prosecutors on Tuesday charged two men over the raid on Kiboko village, a court official said. The men \
        appeared before a magistrate in the capital and were remanded in custody. Gunmen stormed the village on April \
        12, killing six farmers and burning a grain store. The attackers shot the farmers as they fled towards the \
        river, witnesses told the court. FIFTH The magistrate set the next hearing for June. Lawyers for the men said \
        they would plead not guilty. The village market has since reopened.
        """

    static let retold = "The attackers shot the farmers as they fled towards the river, witnesses told the court."

    static func article(_ lead: String, _ sentences: [String]) -> String {
        "\(lead)\n\n" + (sentences + ["Traders said business was good.", "Buses ran on time.", "Farmers planted their crops.",
                                      "Schools stayed open."]).joined(separator: " ") + "\n"
    }
}

extension EventFollowUpTests {
    @Test("a story that dates its raid weeks back tells it again without a date: the retelling is the old raid")
    func followUpRetells() {
        let text = Self.charges.replacingOccurrences(of: "FIFTH", with: "Relatives of the victims gathered outside the court.")
        let found = Self.reports(text)
        #expect(!found.contains { $0.notes == Self.retold }, "\(found.map(\.notes))")
    }

    @Test("a story that names a recent day for violence reports violence of its own days: its undated sentences stay")
    func newViolenceKeepsTheStory() {
        let text = Self.charges.replacingOccurrences(of: "FIFTH", with: "Gunmen attacked a police post near the village on Monday, killing two officers.")
        let found = Self.reports(text)
        #expect(found.contains { $0.notes == Self.retold }, "\(found.map(\.notes))")
    }

    @Test("a span of past years tells what went on over them, not the story's news")
    func spanOfYears() {
        let text = Self.article("Report tells of army abuses in the hills", [
            "A report published on Tuesday by a group of lawyers accused the army of abuses in the northern hills.",
            "The lawyers interviewed more than 300 people in the region.",
            "Between 2014 and 2019, soldiers killed hundreds of villagers in the hills, the report said.",
            "From 2015 to 2018 rebels burned dozens of schools.",
        ])
        let found = Self.reports(text)
        #expect(!found.contains { $0.notes.hasPrefix("Between 2014") || $0.notes.hasPrefix("From 2015") }, "\(found.map(\.notes))")
        func spans(_ s: String, _ year: Int = 2023) -> Bool { ArticleEvents.spansPastYears(EventText.sentences(s)[0].tokens, before: year) }
        #expect(spans("The war of 1861 to 1865 killed many."))
        #expect(!spans("Fighting between 2022 and 2023 displaced thousands."))
        #expect(!spans("Rebels killed 2014 people and 2019 cattle."))
    }

    @Test("a past year set before an event's word names that year's event")
    func yearBeforeTheWord() {
        let reader = ArticleEvents(published: PartialDate(iso: "2023-05-10"), mentions: [])
        func named(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            return reader.namesPastYear(t, t.firstIndex { $0.lower == word }!)
        }
        #expect(named("She helped lead the 2011 protests.", "protests"))
        #expect(named("He was acquitted of killing protesters during the 2011 Arab Spring uprising.", "uprising"))
        #expect(!named("Thousands joined the 2023 protests.", "protests"))
        #expect(!named("Police said 2011 protesters were arrested.", "protesters"))
        #expect(!named("In 2011 protests spread.", "protests"))
        #expect(!ArticleEvents(published: nil, mentions: []).namesPastYear(EventText.sentences("the 2011 protests")[0].tokens, 2))
    }

    @Test("weapons deployed, bought or made with no word of their use are hardware")
    func hardware() {
        let idle = Self.reports("The army deployed attack helicopters and heavy artillery along the northern border on Monday, officials said.\n")
        #expect(idle.isEmpty, "\(idle.map(\.subType))")
        let used = Self.reports("The army deployed attack helicopters that fired rockets at rebel positions along the northern border on Monday, killing five fighters.\n")
        #expect(!used.isEmpty)
    }

    @Test("analysts who agree make no agreement; two parties do")
    func onlookersAgree() {
        #expect(Self.reports("Analysts agreed on Monday that the talks between the army and the rebels would fail.\n").isEmpty)
        #expect(Self.reports("Most analysts agreed that the army and the rebels would not keep the truce for long.\n").isEmpty)
        #expect(Self.reports("The army and the rebels agreed to a ceasefire on Monday, a mediator said.\n").contains { $0.subType == .agreement })
    }

    @Test("a threat of years back is no news; one of the story's days is")
    func oldThreat() {
        let text = Self.article("Army chief warns rebels", [
            "The army chief warned the rebels on Tuesday to lay down their arms before the rains.",
            "Soldiers guard the road to the north.",
            "On March 3, 1998, the army threatened to crush the rebellion within a month.",
        ])
        let found = Self.reports(text, kinds: true).filter { $0.kind != nil }
        #expect(!found.contains { $0.notes.hasPrefix("On March 3, 1998") }, "\(found.map(\.notes))")
        #expect(found.contains { $0.notes.hasPrefix("The army chief warned") })
    }
}

extension EventFollowUpTests {
    @Test("many acts named with one word between (`numerous suicide bombings`) are a habit; a count of a day's acts is news")
    func numerousActs() {
        #expect(Self.reports("Rebels carried out numerous suicide bombings in the capital.\n").isEmpty)
        #expect(Self.reports("Rebels carried out two suicide bombings in the capital on Monday.\n").contains { $0.subType == .suicideBomb })
    }

    @Test("past the lead, an event word after `these`, `those` or `such` points back to what was told or speaks of a kind")
    func demonstratives() {
        func refers(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            return ArticleEvents.refersBack(t, t.firstIndex { $0.lower == word }!)
        }
        #expect(refers("There were several striking things about these protests.", "protests"))
        #expect(refers("Those protests ended when the government cut the price of bread.", "protests"))
        #expect(refers("Such attacks on buses were rare.", "attacks"))
        #expect(!refers("The protests ended on Monday.", "protests"))
    }
}

extension EventFollowUpTests {
    /// The river story of `EventDoubtedTests` with a bland statement as its third sentence.
    static func river(_ speaker: String) -> String {
        """
        Army says rebels pushed back from river towns

        Troops and rebels fought for control of the river crossing near Kiboko on Tuesday, the army said. The fighting \
        lasted several hours and forced traders to close the market. \(speaker) said on Tuesday that the units remained \
        in their positions and that the road would reopen soon. Soldiers guard the road, which links the capital with \
        the northern towns. Lorry drivers said they had waited for two days at an army checkpoint. The governor said \
        the troops would reopen the road next week. Farmers in the valley said they feared for the harvest. Schools in \
        the district stayed closed.
        """
    }

    @Test("a bland statement by an armed party is its word on the conflict; the same words from a farmer are talk")
    func partyStatement() {
        let army = Self.reports(Self.river("An army spokesman"), kinds: true)
        #expect(army.contains { $0.kind == .statement && $0.notes.hasPrefix("An army spokesman") }, "\(army.map(\.notes))")
        let farmer = Self.reports(Self.river("A farmer"), kinds: true)
        #expect(!farmer.contains { $0.kind == .statement && $0.notes.hasPrefix("A farmer") })
    }
}
