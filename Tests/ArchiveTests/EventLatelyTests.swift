import Testing
@testable import Archive

/// What a story looks back on from its own days: past the lead, an event dated more than a week
/// before publication, `last week`, `earlier this year`, one called `recent`, a month of a past year.
/// The story's own news (its lead, the days of its week) and its agreements are read as before.
/// Articles written for these tests, published on Wednesday 2023-05-10.
@Suite("Events a story looks back on from its own days")
struct EventLatelyTests {
    static func reports(_ text: String) -> [ExtractedEvent] {
        EventOfTheStoryTests.reports(text)
    }

    /// The story's news is the Tuesday clash; its third sentence is replaced by each case.
    static let road = """
        Army says rebels pushed back from the northern road

        Troops and rebels fought for control of the northern road near Kiboko on Tuesday, the army said. The fighting \
        lasted several hours and forced traders to close the market. On April 12, gunmen attacked a bus near Lodwar, \
        killing five passengers. The rebels have not commented on the fighting. Soldiers guard the road, which links the \
        capital with the northern towns. Lorry drivers said they had waited for two days at an army checkpoint. The \
        governor said the troops would reopen the road next week. Farmers in the valley said they feared for the harvest.
        """

    static func road(_ third: String) -> String {
        road.replacingOccurrences(of: "On April 12, gunmen attacked a bus near Lodwar, killing five passengers.", with: third)
    }

    @Test("past the lead, a day of weeks before is what the story looks back on; a day of its week is news")
    func weeksBefore() {
        let found = Self.reports(Self.road)
        #expect(found.contains { $0.subType == .armedClash })
        #expect(!found.contains { $0.subType == .attack }, "\(found.map(\.subType))")
        for day in ["On Monday", "On May 6"] {
            let told = Self.reports(Self.road.replacingOccurrences(of: "On April 12", with: day))
            #expect(told.contains { $0.subType == .attack }, "\(day): \(told.map(\.subType))")
        }
    }

    @Test("`last week`, `earlier this year`, a month of last year past the lead are background", arguments: [
        "Last week, thousands of teachers marched through Lodwar to demand higher pay.",
        "Earlier this year, rebel fighters shelled the airport at Lodwar, killing two guards.",
        "Rebel fighters shelled the airport at Lodwar in January, weeks after they attacked the town in December of last year.",
    ])
    func toldBack(third: String) {
        let found = Self.reports(Self.road(third))
        #expect(found.contains { $0.subType == .armedClash })
        #expect(!found.contains { $0.subType.eventType == .protests || $0.subType.eventType == .explosions || $0.subType == .attack },
                "\(third): \(found.map(\.subType))")
    }

    @Test("an event called recent is one the story looks back on; `in recent days` and `as recent as Friday` are not")
    func recent() {
        let found = Self.reports(Self.road("Five worshippers were killed in a recent attack by gunmen on a church in Lodwar."))
        #expect(!found.contains { $0.subType == .attack }, "\(found.map(\.subType))")
        let again = Self.reports(Self.road("Recently, rebels ambushed a police patrol outside Lodwar and killed three officers."))
        #expect(again.filter { $0.subType == .armedClash }.count == 1, "\(again.map(\.subType))")
        func called(_ s: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            return ArticleEvents.isCalledRecent(t, t.firstIndex { $0.lower == "attacks" || $0.lower == "attack" }!)
        }
        #expect(called("Residents spoke of the recent attack on the church."))
        #expect(!called("In recent days, gunmen carried out attacks on the villages."))
        #expect(!called("Police arrested four men as recent as Friday after an attack on the church."))
    }

    @Test("the story's lead, an agreement and a note with no publication are read as before")
    func ownNews() {
        let lead = """
            Gunmen kill five on bus near Lodwar

            On April 12, gunmen attacked a bus near Lodwar, killing five passengers, police said on Tuesday. The bus was \
            on its way to the capital. Police said the attackers fled into the hills. No group has claimed the attack. \
            Soldiers guard the road, which links the capital with the northern towns. Lorry drivers said they had waited \
            for two days at an army checkpoint. The governor said the troops would reopen the road next week. Farmers in \
            the valley said they feared for the harvest.
            """
        #expect(!Self.reports(lead).isEmpty)
        let deal = Self.reports(Self.road("On April 3, the government and the rebels signed a ceasefire agreement in the capital."))
        #expect(deal.contains { $0.subType == .agreement }, "\(deal.map(\.subType))")
        let note = "On April 12, gunmen attacked a bus near Lodwar, killing five passengers."
        #expect(EventOfTheStoryTests.reports(note).contains { $0.subType == .attack })
        // A day without its year more than half a year back may be one to come.
        let vote = Self.reports(Self.road("Gunmen attacked a bus near Lodwar ahead of the October 20 vote, killing five passengers."))
        #expect(vote.contains { $0.subType == .attack }, "\(vote.map(\.subType))")
    }
}
