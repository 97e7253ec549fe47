import Testing
@testable import Archive

/// General news that reports no ACLED event: pages in another language, protests not yet held,
/// cameras on drones, a demonstration that shows how something works, and `set` without fire.
/// Sentences and articles written for these tests.
@Suite("General news holds no events")
struct GeneralNewsEventTests {
    @Test("an article in another language is not read for events")
    func otherLanguage() {
        let german = """
        Vor dem Rathaus versammelten sich am Samstag mehrere hundert Menschen zu einem Protest gegen die \
        geplante Schließung des Schwimmbads. Die Stadt hatte im Frühjahr angekündigt, dass der Betrieb zu \
        teuer geworden sei und die Sanierung mehrere Millionen kosten würde. Viele der Demonstranten waren \
        Eltern mit ihren Kindern, die jeden Sommer dort schwimmen lernen. Eine Sprecherin der Initiative \
        sagte, man werde weiter kämpfen und notfalls vor Gericht ziehen. Der Bürgermeister wollte sich am \
        Abend nicht äußern, versprach aber ein Gespräch mit den Vereinen in der kommenden Woche.
        """
        #expect(EventJudgeTests.events(german).isEmpty)
    }

    @Test("a short English note is still read, however few common words it has")
    func shortNote() {
        let note = "Rioters torch police post in Kisii town, officers flee."
        #expect(EventJudgeTests.acled(note).first?.subType.eventType == .riots)
    }

    @Test("an English article is read", arguments: [
        """
        Hundreds of market traders marched through the centre of Eldoret on Tuesday to protest against a new \
        levy on stalls. The traders said that the levy, which the county assembly passed last month, would \
        drive many of them out of business. They carried placards and blew whistles as they walked to the \
        county offices, where an official received their petition. The march was peaceful and the traders \
        dispersed in the afternoon, but their leaders said they would return if the levy was not withdrawn.
        """,
    ])
    func englishArticle(text: String) {
        #expect(EventJudgeTests.acled(text).first?.subType == .peacefulProtest)
    }

    @Test("a protest that is planned has not happened", arguments: [
        "Activists in Ohio are organizing a protest at the state capitol set for Friday.",
        "The union said a march scheduled for next week would go ahead.",
        "Parents are planning a rally at the school planned for the end of the month.",
    ])
    func plannedProtest(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("protests held because of something happened", arguments: [
        "On 9 March 2021, nurses protested in Nakuru over unpaid allowances due to delays at the county treasury.",
    ])
    func protestDueTo(text: String) {
        #expect(EventJudgeTests.acled(text).first?.subType == .peacefulProtest)
    }

    @Test("a camera on a drone and a demonstration that shows how are no events", arguments: [
        "Drone footage of the flooded valley shows whole streets under water.",
        "The company sells drone cameras to farmers who want to check their fields.",
        "The debate will give voters a live demonstration of how the two rivals handle pressure.",
        "The salesman gave a product demonstration to the visitors at the fair.",
    ])
    func notEvents(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a drone strike is still one")
    func droneStrike() {
        let text = "On 9 March 2021, a drone strike hit a militant hideout near Jilib, killing four fighters."
        #expect(EventJudgeTests.acled(text).first?.subType == .airDroneStrike)
    }

    @Test("setting fire makes a protest violent, however far the fire is from the verb", arguments: [
        "On 9 March 2021, striking students set a store at the back of their hostel on fire during a protest in Meru.",
        "On 9 March 2021, protesters set fire to tyres on the highway near Kisumu to protest against power cuts.",
    ])
    func setFire(text: String) {
        #expect(EventJudgeTests.acled(text).first?.subType == .violentDemonstration, "\(text)")
    }
}
