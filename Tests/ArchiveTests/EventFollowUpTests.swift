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
        #expect(Self.reports("Analysts agreed on Monday that the ceasefire between the army and the rebels would not hold for long.\n").isEmpty)
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
