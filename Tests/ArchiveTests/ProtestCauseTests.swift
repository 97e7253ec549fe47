import Testing
@testable import Archive

/// What a protest is about ends where the crowd's own acts begin again; violence named in the
/// cause is no act of the crowd's. Crowds of a few dozen struck, a crowd's revenge for a theft and
/// property destroyed in a headline's present tense are events too. Sentences written for these tests.
@Suite("A protest's cause ends where the crowd acts")
struct ProtestCauseTests {
    @Test("violence after the cause makes the protest violent", arguments: [
        "On 9 March 2021, pupils at a boarding school in Kericho protested over higher fees and stoned the head teacher's car.",
        "On 9 March 2021, traders in Kitale, protesting against new market levies, burnt a county council lorry.",
        "On 9 March 2021, a protest against a quarry company near Machakos turned violent.",
        "On 9 March 2021, boda boda riders protested the arrest of a colleague by setting fire to a police booth in Bungoma.",
    ])
    func violentAfterCause(text: String) {
        let first = EventJudgeTests.acled(text).first
        #expect(first?.subType == .violentDemonstration, "\(text): \(String(describing: first?.subType))")
    }

    @Test("violence named in the cause leaves the protest peaceful", arguments: [
        "On 9 March 2021, teachers held a protest in Sylhet against growing clashes and vandalism at their colleges.",
        "On 9 March 2021, farmers protested in Rajshahi against low milk prices, set by the dairy firms.",
        "On 9 March 2021, students demonstrating against rising fees gathered at the square in Sidon and then set off on a march.",
    ])
    func peacefulWithViolentCause(text: String) {
        let first = EventJudgeTests.acled(text).first
        #expect(first?.subType == .peacefulProtest, "\(text): \(String(describing: first?.subType))")
    }

    @Test("dozens of people struck are people struck")
    func dozensStruck() {
        let text = "On 9 March 2021, unknown men attacked dozens of hawkers at a market in Nyeri."
        #expect(EventJudgeTests.acled(text).first?.subType.eventType == .violenceAgainstCivilians)
    }

    @Test("a crowd burning what it believes stolen is mob violence, a gang's theft is no event")
    func crowdRevenge() {
        let revenge = "On 9 March 2021, angry residents of Molo burnt a van they believed carried stolen cattle."
        #expect(EventJudgeTests.acled(revenge).first?.subType == .mobViolence)
        let theft = "On 9 March 2021, thieves burnt a van after stealing cattle near Molo."
        #expect(EventJudgeTests.acled(theft).first?.subType != .mobViolence)
    }

    @Test("property destroyed in the present tense, where `storm` is no weather")
    func destroyPresent() {
        let text = "Parents storm a primary school in Kisii and destroy property over missing exam results."
        let sub = EventJudgeTests.acled(text).first?.subType
        #expect(sub == .lootingPropertyDestruction || sub == .mobViolence, "\(String(describing: sub))")
    }
}
