import Testing
@testable import Archive

/// What news tells that is no event of its own time: acts planned, feared or set on a condition, an
/// act dated by a past year after its word while the sentence names the day of a report, a running
/// count, what happens every month, a missile test; and one protest told in several sentences. Sentences
/// and articles written for these tests, published 2023-05-10 unless said.
@Suite("Events of their own time: planned, feared, dated back, counted, told again")
struct EventOwnTimeTests {
    static func acled(_ text: String, published: String = "2023-05-10") -> [ExtractedEvent] {
        EventJudgeTests.events(text, published: published).filter { $0.kind == nil }
    }

    @Test("an act planned, plotted, feared or set on a condition has not happened", arguments: [
        "Police said the two men were planning a bomb attack on the railway station in Nakuru.",
        "Families in the hill villages near Nakuru live at constant risk of shelling by the army.",
        "Officials drew up plans to evacuate Nakuru if an armed clash breaks out near the border.",
        "The army in Nakuru is ready to repel any attack by the rebels on the town.",
        "Soldiers in Nakuru were told to answer any rebel attack on the bridge with force.",
        "Residents of Nakuru fled their homes for fear of an attack by the rebels.",
        "Schools in Nakuru closed amid fears of clashes between the rival militias.",
    ])
    func planned(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("an act that happened stands; asking whether, or denying a part in, one names it")
    func happened() {
        #expect(!Self.acled("Gunmen attacked the police station in Nakuru on Sunday, killing three officers, police said.").isEmpty)
        let plotters = Self.acled("Police arrested three men who were plotting an attack on a church in Nakuru.")
        #expect(plotters.map(\.subType) == [.arrests], "\(plotters.map(\.subType))")
        let finder = EventFinder(lexicon: .shared)
        let trigger = EventLexicon.shared.byWord["attack"]!.first!
        func supposed(_ s: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            let i = t.firstIndex { $0.lower == "attack" }!
            return finder.isSupposed(t, TriggerHit(trigger: trigger, first: i, last: i, isReference: false))
        }
        #expect(!supposed("It is unclear if the attack was carried out by the rebels."))
        #expect(!supposed("The group denied any involvement in the attack on the convoy."))
        #expect(!supposed("After the threat an attack followed on the town."))
        #expect(supposed("The town lives under the threat of an attack by the rebels."))
    }

    @Test("a past year after the event's word dates it, whatever day the report came out", arguments: [
        "At least 900 civilians were killed in the northern hills in 2021, a report published on Tuesday said.",
        "Soldiers shot dozens of villagers at the Nakuru market between 2016 and 2019, survivors told a commission on Monday.",
        "Rebels killed more than 300 villagers in Nakuru county in 2021, the commission said on Tuesday.",
        "Gunmen abducted two aid workers near Nakuru in June 2021, and the mission has stayed closed since, officials said on Monday.",
        "Opposition leaders on Monday met the families of students shot dead by soldiers during the 2019 uprising.",
    ])
    func datedBack(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("a year that is another's, a recent day after the act, or weeks before a January story leave it news")
    func notDatedBack() {
        #expect(!Self.acled("Gunmen killed four farmers near Nakuru on Monday, the worst attack in the county since 2019.").isEmpty)
        #expect(!Self.acled("Thousands protested in Nakuru on Monday against the 2021 law on land.").isEmpty)
        #expect(!Self.acled("Rebels attacked a police post near Nakuru on December 30, 2022, killing two officers.", published: "2023-01-10").isEmpty)
        #expect(!Self.acled("Rebels attacked a police post near Nakuru on Monday, a year after troops drove them out of the town in 2022.").isEmpty)
        #expect(!Self.acled("Rebels killed four villagers near Nakuru on Monday, more than in all of 2022.").isEmpty)
    }

    @Test("a running count or a share of many acts tells no one act")
    func counts() {
        #expect(Self.acled("The new casualties took the number of police officers killed in the insurgency to 212.").isEmpty)
        func countsUp(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            let i = t.firstIndex { $0.lower == word }!
            return ArticleEvents.countsUp(t, EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 2, generic: true))
        }
        #expect(countsUp("Three out of 25 raids were carried out at night.", "raids"))
        #expect(countsUp("12 of the 25 raids were carried out at night.", "raids"))
        #expect(countsUp("It brings the total of farmers killed on the plateau this season to 120.", "killed"))
        #expect(!countsUp("The death toll from the bombing in the market rose to 40.", "bombing"))
        #expect(!countsUp("Gunmen killed 12 people in the market.", "killed"))
    }

    @Test("what happens every week or month is a habit, wherever the clause says so")
    func everyMonth() {
        #expect(Self.acled("Traffic police arrested dozens of motorbike taxi riders in the town every month, riders said.").isEmpty)
        #expect(Self.acled("Soldiers at the checkpoints near Nakuru detained dozens of young men every week, residents said.").isEmpty)
        #expect(!Self.acled("Soldiers at a checkpoint near Nakuru detained 12 young men on Monday, residents said.").isEmpty)
    }

    @Test("a missile fired as a test, or fallen into the sea, struck nothing; one fired at a town or a ship did")
    func missiles() {
        #expect(Self.acled("The navy fired a new cruise missile from a destroyer on Friday as part of a test of its guidance system.").isEmpty)
        #expect(Self.acled("Officials said the rocket, fired from a site near the coast on Friday, travelled some 300km and came down in the sea.").isEmpty)
        #expect(!Self.acled("Rebels fired a missile at the airport in Nakuru on Sunday, killing two guards.").isEmpty)
        #expect(!Self.acled("A missile fired by the rebels hit a ship in the sea near the port of Mombasa on Sunday.").isEmpty)
    }

    static let rally = """
        Thousands of nurses marched through Nakuru on Saturday to demand higher pay. The nurses carried placards \
        and sang as they walked to the county offices. Hundreds of police officers lined the route of the march. \
        Later the protesters held a sit-in at the gates of the governor's residence.
        """

    @Test("one protest told in several sentences is one event; protests of other days or towns stay apart")
    func oneProtest() {
        let rally = Self.acled(Self.rally)
        #expect(rally.count == 1, "\(rally.map(\.notes))")
        #expect(rally.first?.notes.hasPrefix("Thousands of nurses marched") == true)
        let two = Self.acled("""
            Thousands of farmers marched through Nakuru on Saturday against the new land law. On Sunday, hundreds of \
            students protested in Kisumu over school fees.
            """)
        #expect(two.count == 2, "\(two.map(\.notes))")
    }
}
