import Testing
@testable import Archive

/// Events told in words the lists lacked (raids on herds, fighting between two named sides, fire
/// seen from a front line, roads barricaded by a crowd, blows at a workplace), and general news that
/// only speaks of violence (a charge in court, what happens whenever, a death in a crash story).
/// Sentences and articles written for these tests.
@Suite("Events found, and only real ones")
struct EventFoundTests {
    static func acled(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    @Test("violence in words the lists lacked is an event", arguments: [
        "On 4 June 2022, cattle rustling attacks left two herders dead near Kapedo.",
        "On 4 June 2022, fierce fighting between two rival clans broke out over a water point near Wajir.",
        "On 4 June 2022, monitors observed a total of 12 bursts of fire near the village of Starohnativka.",
    ])
    func violenceFound(text: String) {
        #expect(Self.acled(text).first?.subType.isViolent == true, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("a crowd that barricades a road protests")
    func barricadedRoad() {
        let text = "On 4 June 2022, angry residents barricaded the Kitui-Mwingi highway for hours to demand the repair of a collapsed bridge."
        #expect(Self.acled(text).first?.subType.eventType == .riots || Self.acled(text).first?.subType.eventType == .protests,
                "\(Self.acled(text).map(\.subType))")
    }

    @Test("blows dealt at a factory are no industrial accident")
    func blowsAtAFactory() {
        let text = "On 4 June 2022, a group of men assaulted and injured three workers of a brick factory in Savar over unpaid debts."
        #expect(!Self.acled(text).isEmpty)
        // A fire or a blast at a factory is still the accident's.
        #expect(Self.acled("On 4 June 2022, an explosion at a chemical factory injured six workers.").isEmpty)
    }

    @Test("a charge in court reports the court, not the act", arguments: [
        "He still faces two counts of aggravated kidnapping in the state court.",
        "The coach was convicted of sexual assault after a two-week trial.",
        "The former guard was charged with assaulting a neighbour during a dispute over a fence.",
    ])
    func charges(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("what happens whenever is no event; what happened when is one")
    func whenClauses() {
        #expect(Self.acled("When rioters burn shops, they hurt the traders who live from them, the columnist argues.").isEmpty)
        #expect(!Self.acled("On 4 June 2022, five soldiers were killed when militants attacked their convoy near Gao.").isEmpty)
        // A headline's present after its main clause tells what happened.
        #expect(Self.acled("Bank guard injured when gunmen throw grenade at branch in Garissa").first?.subType == .grenade)
    }

    @Test("a death told without its cause in a story about a crash is the crash's")
    func crashStory() {
        let article = """
        A late-night crash on the coast road left one young man dead and his cousin in hospital, officials said. \
        The car left the road near the old lighthouse at about 2 a.m. on Sunday and hit a wall. \
        Officers said the car was travelling well above the limit when the driver lost control. \
        Police said the driver was killed, and the passenger was taken to the county hospital in a serious condition. \
        The road was closed for several hours while investigators examined the scene.
        """
        #expect(EventJudgeTests.events(article).filter { $0.subType.isViolent }.isEmpty,
                "\(EventJudgeTests.events(article).map(\.subType))")
    }
}
