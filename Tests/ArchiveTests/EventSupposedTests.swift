import Testing
@testable import Archive

/// What a story tells that has not happened, or not now: acts named as what may come or what
/// someone would keep from coming, times told back from a year already named, `in the past`,
/// `the last 12 months`, acts counted in thousands, missiles tested and forces checked for
/// readiness. Sentences written for these tests, published 2023-05-10.
@Suite("Events: what may come, what came years before, sums of acts, tests")
struct EventSupposedTests {
    @Test("an act named as what may come, or what someone would keep from coming, is none", arguments: [
        "Police in Dayo warned of potential riots between rival gangs after the vote.",
        "The militia vowed to strike back in case of a military attack on its bases.",
        "Both governments said they wanted to avoid any armed clash along the river.",
        "The militia chief said his fighters would answer any attack on Dayo with force.",
    ])
    func supposed(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("an act that happened stands beside words of what may come")
    func happened() {
        #expect(!EventJudgeTests.acled("Rebels attacked an army post near Dayo on Sunday, killing four soldiers, and the army said it will respond.").isEmpty)
        #expect(!EventJudgeTests.acled("A gang with possible links to rebels attacked a police station in Dayo on Sunday.").isEmpty)
        let finder = EventFinder(lexicon: .shared)
        let trigger = EventLexicon.shared.byWord["attack"]!.first!
        func supposed(_ s: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            let i = t.firstIndex { $0.lower == "attack" }!
            return finder.isSupposed(t, TriggerHit(trigger: trigger, first: i, last: i, isReference: false))
        }
        #expect(supposed("Villagers fled for fear of a possible attack on the town."))
        #expect(!supposed("Rebels spoke of the will of attack survivors to go home."))
        #expect(!supposed("The case of the attack on the convoy went to court."))
    }

    @Test("what came years after a year already named, or in the past, is background", arguments: [
        "That year, the rebels attacked the garrison and killed its commander.",
        "Two years later, troops shelled the villages along the river.",
        "The following year, rebels seized the town of Dayo from the army.",
        "The militants have attacked a number of churches in the past, killing scores of worshippers.",
        "At least 300 people were killed in clashes in the last 12 months, the monitors' report says.",
    ])
    func background(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("the past 24 hours, last year's date and this week's news are read as before")
    func notBackground() {
        func looksBack(_ s: String) -> Bool { ArticleEvents.looksBackYears(EventText.sentences(s)[0].tokens) }
        #expect(!looksBack("Troops shelled the villages in the past 24 hours."))
        #expect(!looksBack("Troops shelled the villages last year."))
        #expect(!looksBack("Troops shelled the villages this year."))
        #expect(looksBack("Troops have shelled the villages in the past."))
        #expect(looksBack("In the past, troops shelled the villages."))
        #expect(!looksBack("The bomber had been questioned by police in the past."))
        #expect(looksBack("Troops shelled the villages over the last two years."))
        #expect(EventJudgeTests.acled("Troops shelled the villages near Dayo in the past 24 hours, killing six people.").first?.eventType == .explosions)
    }

    @Test("acts counted in thousands in the perfect are a sum; a dozen strikes today is news")
    func countedActs() {
        #expect(EventJudgeTests.acled("The coalition has conducted more than 14,000 airstrikes against the militants since it formed.").isEmpty)
        #expect(EventJudgeTests.acled("The militia has carried out more than 2,000 attacks on farms along the river.").isEmpty)
        let strikes = EventJudgeTests.acled("The coalition has carried out 12 airstrikes on militant positions near Dayo on Tuesday.")
        #expect(strikes.first?.subType == .airDroneStrike, "\(strikes.map(\.subType))")
        func counts(_ s: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            let i = t.firstIndex { $0.lower == "attacks" }!
            return ArticleEvents.countsActs(t, [EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 2, generic: true)])
        }
        #expect(counts("The militia has carried out thousands of attacks on farms."))
        #expect(!counts("The militia has carried out 12 attacks on farms."))
        #expect(!counts("The militia has carried out 2019 attacks on farms, a year of many."))
    }

    @Test("a missile test told as a noun and a readiness check are no shelling")
    func tests() {
        let finder = EventFinder(lexicon: .shared)
        #expect(finder.isExercise(EventText.sentences("The test of a medium-range ballistic missile broke the council's resolutions.")[0]))
        #expect(finder.isExercise(EventText.sentences("The general checked the readiness of the army units near the border with Norland.")[0]))
        #expect(!finder.isExercise(EventText.sentences("Rebels fired a missile at the test range, hitting a lorry.")[0]))
    }
}
