import Testing
@testable import Archive

/// What a story tells besides its news, by the grammar of the event's clause and the gate's doubt:
/// past the lead and with no day of its own, a present perfect sums up (`have been killed`, `has
/// shelled`), and a sentence the gate doubts is none even with a strong word (`ceasefire`, a named
/// weapon); a statement the gate reads as no report, or one about money, is talk. Articles written
/// for these tests, published on Wednesday 2023-05-10.
@Suite("Events a story sums up, supposes or talks about")
struct EventDoubtedTests {
    static func reports(_ text: String, kinds: Bool = false) -> [ExtractedEvent] {
        let published = PartialDate(iso: "2023-05-10")
        let found = EventExtractor.reports(in: text, published: published, mentions: EntityExtractor.mentions(in: text))
        return kinds ? found : found.filter { $0.kind == nil }
    }

    /// The story's news is the Tuesday fight; its third sentence is replaced by each case.
    static let river = """
        Army says rebels pushed back from river towns

        Troops and rebels fought for control of the river crossing near Kiboko on Tuesday, the army said. The fighting \
        lasted several hours and forced traders to close the market. THIRD Soldiers guard the road, which links the \
        capital with the northern towns. Lorry drivers said they had waited for two days at an army checkpoint. The \
        governor said the troops would reopen the road next week. Farmers in the valley said they feared for the \
        harvest. Schools in the district stayed closed.
        """

    static func river(_ third: String) -> String { river.replacingOccurrences(of: "THIRD", with: third) }

    static func others(_ found: [ExtractedEvent]) -> [ExtractedEvent] {
        found.filter { !$0.notes.hasPrefix("Troops and rebels") }
    }
}

extension EventDoubtedTests {
    @Test("past the lead, a present perfect with no day of its own sums up", arguments: [
        "Rebels have shelled villages along the river, residents say.",
        "At least 300 soldiers have been killed in the region, according to the army.",
        "Militias have burned dozens of homes in the hills.",
    ])
    func perfectSumsUp(third: String) {
        let found = Self.others(Self.reports(Self.river(third)))
        #expect(!found.contains { $0.notes == third }, "\(third): \(found.map(\.subType))")
    }

    @Test("a perfect dated to the story's days, a past tense, and a perfect in the lead are reports", arguments: [
        "Rebels have shelled villages along the river since Monday, residents say.",
        "Rebels shelled villages along the river on Monday, residents said.",
    ])
    func perfectOfItsDays(third: String) {
        let found = Self.others(Self.reports(Self.river(third)))
        #expect(found.contains { $0.notes == third && $0.subType == .shelling }, "\(third): \(found.map(\.subType))")
    }

    @Test("a perfect that leads the story is its news")
    func perfectLead() {
        let text = """
            Rebels shell river villages

            Rebels have shelled villages along the river near Kiboko, killing four people, residents said. Soldiers guard \
            the road, which links the capital with the northern towns. Lorry drivers said they had waited for two days at \
            an army checkpoint. The governor said the troops would reopen the road next week. Farmers in the valley said \
            they feared for the harvest. Schools in the district stayed closed. Traders closed the market. Buses stopped.
            """
        #expect(Self.reports(text).contains { $0.subType == .shelling && $0.notes.hasPrefix("Rebels have shelled") })
    }

    @Test("the perfect is read at the event's word: before it, or right after its subject; `have to` is no perfect")
    func perfectAtTheWord() {
        func told(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            let i = t.lastIndex { $0.lower == word }!
            return ArticleEvents.isToldInPerfect(t, EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 5, generic: false))
        }
        #expect(told("Many women in the camps have been raped.", "raped"))
        #expect(told("Clashes have erupted in several towns.", "clashes"))
        #expect(told("The air force has also conducted air strikes on the hills.", "air"))
        #expect(!told("The rebels will have to attack the town.", "attack"))
        #expect(!told("Gunmen attacked the bus and have fled.", "attacked"))
    }

    @Test("past the lead, a draft the gate doubts is none without a day, however strong its word", arguments: [
        "Both sides said they wanted the ceasefire to hold, but neither trusted the other.",
        "The envoy added that the best way to keep the ceasefire was to let monitors into the area.",
    ])
    func doubted(third: String) {
        let found = Self.others(Self.reports(Self.river(third)))
        #expect(!found.contains { $0.subType == .agreement }, "\(third): \(found.map(\.subType))")
    }

    @Test("a ceasefire signed on a named day stands")
    func doubtedButDated() {
        let third = "Both sides signed a ceasefire agreement in the capital on Monday."
        #expect(Self.reports(Self.river(third)).contains { $0.subType == .agreement })
    }

    /// A short report (no story), so only the speaker's rules weigh the statement.
    static func note(_ second: String) -> String {
        "Rebels attacked the river town of Kiboko on Monday, killing six soldiers. \(second)"
    }

    @Test("a statement about money, or by a former office-holder, is none", arguments: [
        "The army said on Monday the defence budget would pay for more troops in the river towns.",
        "A former army commander said on Monday the troops would stay in the river towns.",
    ])
    func talk(second: String) {
        let found = Self.reports(Self.note(second), kinds: true)
        #expect(found.contains { $0.subType == .armedClash })
        #expect(!found.contains { $0.kind == .statement }, "\(second): \(found.map { $0.kind?.rawValue ?? $0.subType.rawValue })")
    }

    @Test("the army's word on the fighting stands, in a note and in a story")
    func partyStatement() {
        let second = "A military spokesman said on Monday that soldiers had pushed the rebels out of the river towns."
        #expect(Self.reports(Self.note(second), kinds: true).contains { $0.kind == .statement })
        #expect(Self.reports(Self.river(second), kinds: true).contains { $0.kind == .statement && $0.notes == second })
        let t = EventText.sentences("A former rebel stronghold fell to the army, the commander said.")[0].tokens
        #expect(!EventJudge.namesEnvoy(t))
    }
}
