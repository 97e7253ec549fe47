import Testing
@testable import Archive

/// Words of violence in sentences that sum up, recall or tell a habit rather than report one event
/// of the story's time, forces in training, weapons named as systems, protests called off, statements
/// by people who only watch a conflict. Sentences written for these tests; `EventJudgeTests.events`
/// dates them 2023-05-10.
@Suite("Events summed up, recalled or habitual are none")
struct EventSummedUpTests {
    @Test("a time of years counted back or spread over is no event of the story's time", arguments: [
        "Three years ago, rebels attacked the garrison in the northern hills, killing twelve soldiers.",
        "Over the past five years, militias have shelled the villages of the valley.",
        "Gunmen ambushed a bus on the coast road last year, killing nine passengers.",
    ])
    func yearsBack(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("the pluperfect at the event's word tells what came before the story", arguments: [
        "Her brother had joined a march against the dam before he left the country.",
        "Investigators found that the guards had beaten the prisoners in the cells.",
    ])
    func before(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a count or a run of events up to now is no one event", arguments: [
        "More than 300 teachers have been killed in the province since 2015, the union says.",
        "Since the war began in 2019, the two armies have shelled each other's trenches along the river.",
    ])
    func summedUp(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a sentence that dates its act to a recent day reports it, whatever years its cause recalls")
    func datedAct() {
        let text = "On 8 May 2023, villagers marched in Kisumu to demand news of a teacher missing since 2012."
        #expect(EventJudgeTests.acled(text).first?.subType.eventType == .protests, "\(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("what happens again and again is no one event", arguments: [
        "Border guards routinely fire on smugglers who cross the river at night.",
        "Settlers regularly attack olive farmers during the harvest, residents say.",
        "The militia has been repeatedly attacking convoys on the highway.",
        "Clinics in the valley come under attack on a daily basis, the aid group says.",
    ])
    func habits(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("one act told with a word of repetition, or after `since` as a reason, is still an event")
    func oneAct() {
        #expect(EventJudgeTests.acled("On 8 May 2023, gunmen shot the trader repeatedly outside his shop in Kano, killing him.").first?.subType.isViolent == true)
        #expect(EventJudgeTests.acled("On 8 May 2023, soldiers attacked a rebel camp near Beni, killing six fighters, the army said.").first?.subType.isViolent == true)
        #expect(EventJudgeTests.acled("Soldiers attacked the rebel camp at the end of the valley, killing six fighters.").first?.subType.isViolent == true)
        #expect(EventJudgeTests.acled("Police fired on the crowd on the basis of an order from the governor, killing two.").first?.subType.isViolent == true)
    }

    @Test("violence dated three years or more before publication is recalled; two years before is still read")
    func longBefore() {
        #expect(EventJudgeTests.acled("On 3 August 2019, soldiers opened fire on a crowd of miners near Kolwezi, killing six.").isEmpty)
        #expect(EventJudgeTests.acled("On 3 August 2021, soldiers opened fire on a crowd of miners near Kolwezi, killing six.").first?.subType.isViolent == true)
        // Without a publication date nothing is long before.
        let undated = EventExtractorTests.events("On 3 August 2019, soldiers opened fire on a crowd of miners near Kolwezi, killing six.", published: nil)
        #expect(undated.first?.subType.isViolent == true)
    }

    @Test("forces in training and weapons named as systems are no violence", arguments: [
        "During the drills, bombers notionally attacked targets along the coast.",
        "The navy's missile defence systems will be moved to the southern bases, the ministry said.",
    ])
    func exercises(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a missile that struck is shelling")
    func missileStruck() {
        #expect(EventJudgeTests.acled("On 7 May 2023, a missile struck a fuel depot near Kharkiv, killing two workers.").first?.subType.isViolent == true)
    }

    @Test("a protest called off did not happen; riots named after another thing caused are no event", arguments: [
        "Farmers called off a march planned for Friday after talks with the minister.",
        "Fuel shortages have sparked protests and looting in several towns.",
    ])
    func calledOffAndCaused(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a statement by someone who studies or reports a conflict is none; a commander's is one")
    func onlookers() {
        let story = """
            On Monday, rebels attacked an army post near the border, killing four soldiers.
            On Tuesday, a rebel commander said his fighters would keep attacking army posts.
            On Tuesday, an analyst said the rebels' fighters would keep attacking army posts.
            """
        let statements = EventJudgeTests.events(story).filter { $0.kind == .statement }
        #expect(statements.count == 1, "\(statements.map(\.notes))")
        #expect(statements.first?.notes.contains("commander") == true)
    }
}
