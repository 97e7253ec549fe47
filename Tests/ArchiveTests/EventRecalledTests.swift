import Testing
@testable import Archive

/// Words of violence and protest in news that reports no event with them: violence an article
/// recalls from years before, names that begin like a trigger, protests forbidden or spoken of as
/// caused, rockets that carry satellites, weapons named as hardware, charges in court, weather that
/// kills plants. Sentences written for these tests; `EventJudgeTests.events` dates them 2023-05-10.
@Suite("Events recalled, forbidden or only named are none")
struct EventRecalledTests {
    @Test("violence of a past decade is background", arguments: [
        "The writer was beaten by rioters in the 1980s while covering a strike.",
        "Soldiers opened fire on students at the college in the 1970s, a history of the town recalls.",
    ])
    func background(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("violence dated months before publication is still read: a report may tell it as news")
    func recent() {
        #expect(EventJudgeTests.acled("On 2 March 2022, gunmen attacked a police post near Garissa, killing four officers.").first?.subType.isViolent == true)
        #expect(EventJudgeTests.acled("On 2 May 2023, gunmen attacked a police post near Garissa, killing four officers.").first?.subType.isViolent == true)
        #expect(EventJudgeTests.acled("Last month, gunmen attacked a police post near Garissa, killing four officers.").first?.subType.isViolent == true)
        let undated = EventExtractorTests.events("In July 2021, gunmen attacked a police post near Garissa, killing four officers.", published: nil)
        #expect(undated.first?.subType.isViolent == true)
    }

    @Test("a capitalised word that only begins like a trigger is a name", arguments: [
        "Brawley, a resident of the town, said she fears her premiums will rise next year.",
        "Leaders of the Protestant churches met the mayor on Tuesday to discuss the new school.",
    ])
    func names(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a protest that was banned or called off did not happen; a banned rally that went ahead did")
    func banned() {
        #expect(EventJudgeTests.acled("The city council banned a rally that the opposition had hoped to hold in the main square.").isEmpty)
        #expect(EventJudgeTests.acled("Organisers said the march was cancelled after the storm warning.").isEmpty)
        #expect(!EventJudgeTests.acled("Hundreds of students held a banned rally in the capital on Monday to demand lower fees.").isEmpty)
    }

    @Test("many protests or riots named as what something has caused are no one event", arguments: [
        "The new dam has drawn large protests from farmers downstream.",
        "Rising bread prices have triggered riots in several countries.",
    ])
    func caused(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("a rocket that carries a satellite and a weapon named as hardware are no attack", arguments: [
        "The agency launched a carrier rocket with a navigation satellite from its northern base on Tuesday.",
        "The navy's new cruiser carries long-range missiles and a deck for two helicopters.",
        "The drones are equipped with guided missiles, according to the manufacturer's brochure.",
    ])
    func hardware(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("rockets fired are shelling")
    func rocketsFired() {
        #expect(EventJudgeTests.acled("Militants fired rockets at an army base near Sirte on Monday, wounding three soldiers.").first?.subType == .shelling)
    }

    @Test("a charge among others in court is not the act", arguments: [
        "The activist pleaded not guilty to trespass and taking part in a riot at the site.",
    ])
    func charges(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("weather that kills plants is no violence")
    func weather() {
        #expect(EventJudgeTests.acled("A late frost has killed most of the young apple trees in the valley, growers said on Friday.").isEmpty)
    }
}
