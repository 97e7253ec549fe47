import Testing
@testable import Archive

/// Violence told in plain words, without an armed group or a word of war: who was struck, by
/// whom, and what a protest's fire or stones were; on sentences written for these tests.
@Suite("Events in plain words")
struct EventHarmTests {
    static func acled(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    @Test("people struck as the object, the passive subject or by a named crowd make an event", arguments: [
        "On 3 April 2023, a ward councillor and his aides assaulted two reporters outside the county hall in Kitale.",
        "On 3 April 2023, two grain traders were shot inside their van on the road to the market.",
        "On 3 April 2023, a schoolteacher was reportedly beaten by supporters of a rival candidate near the polling centre.",
        "On 3 April 2023, three herders were wounded by border guards near the river crossing.",
        "On 3 April 2023, angry voters beat up the county official at the polling station in Machakos.",
        "On 3 April 2023, residents beat a lorry driver to death in Thika following a road accident.",
    ])
    func plainViolence(text: String) {
        #expect(!Self.acled(text).isEmpty, "\(text)")
    }

    @Test("words of violence said of plans, rivals and scores are no event", arguments: [
        "On 3 April 2023, the opposition leader attacked the budget plan in a long speech.",
        "On 3 April 2023, the senator was attacked by critics over his remarks on pensions.",
        "On 3 April 2023, the champion beat the holder in straight sets at the club.",
        "On 3 April 2023, the company fired its chief executive after a loss.",
    ])
    func figurativeViolence(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text)")
    }

    @Test("burning effigies is a peaceful protest; burning tyres on a road is a violent one")
    func symbolicFire() {
        #expect(Self.acled("On 3 April 2023, party workers burned effigies of the mayor outside the town hall, protesting the new tax.")
            .first?.subType == .peacefulProtest)
        #expect(Self.acled("On 3 April 2023, residents burned tyres on the main road to protest the water cuts.")
            .first?.subType == .violentDemonstration)
    }

    @Test("`league` after a name is the name's, not a word of sport")
    func leagueInName() {
        let found = Self.acled("On 3 April 2023, masked men beat and injured three organisers of the Farmers league near the bazaar in Rangpur.")
        #expect(!found.isEmpty)
    }

    @Test("a full stop glued to the next sentence still ends a sentence")
    func gluedSentences() {
        let sentences = EventText.sentences("Police said the bomb went off near the market.Officials counted six dead.")
        #expect(sentences.count == 2)
        #expect(EventText.sentences("He met Mr.Smith and the U.S.Army chief.").count == 1)
    }

    @Test("a name is no weapon; protests arranged, groups named after protest and one man's resignation are no protest", arguments: [
        "On 3 April 2023, the actress Jane Spears attacked the tabloids over their story in Denver.",
        "On 3 April 2023, farmers are set to protest outside the ministry in Nairobi next week.",
        "On 3 April 2023, the mayor of Leeds met several protest groups to discuss the route.",
        "On 3 April 2023, a judge in Lahore resigned in protest over the new detention law.",
        "On 3 April 2023, lawyers in Madrid argued that phone intercept evidence should be heard in court.",
    ])
    func notEvents(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text)")
    }

    @Test("a crowd that blocks a road or the traffic protests")
    func blockades() {
        #expect(Self.acled("On 3 April 2023, hundreds of boda boda riders blocked the main road at Kisumu over a new parking fee.")
            .first?.eventType == .protests)
    }

    @Test("an intercepted drone is disrupted weapons use")
    func interceptedWeapon() {
        #expect(Self.acled("On 3 April 2023, air defences intercepted two drones over the port of Aden.").first?.subType == .disruptedWeaponsUse)
    }
}
