import Testing
@testable import Archive

/// Who did what at a protest: a crowd's own stones make a violent demonstration, stones thrown at
/// it by police or a rival group an intervention, and harm told as the protest's cause neither;
/// on sentences written for these tests.
@Suite("Protests: who did the violence")
struct ProtestActTests {
    static func subType(_ text: String) -> SubEventType? {
        EventJudgeTests.acled(text).first?.subType
    }

    @Test("violence done to a peaceful protest by police or a rival group is an intervention", arguments: [
        "On 6 June 2023, youth wing members of the ruling party assaulted and injured the marchers of the tenants' union in Khulna city.",
        "On 6 June 2023, factory guards threw bricks at the protesting workers outside the mill in Gazipur.",
        "On 6 June 2023, teachers staged a rally in Rangpur city demanding unpaid wages. Police barricaded the road and stopped the rally.",
    ])
    func interventions(text: String) {
        #expect(Self.subType(text) == .protestWithIntervention, "\(text)")
    }

    @Test("violence the crowd itself did stays a violent demonstration", arguments: [
        "On 6 June 2023, protesters threw stones at the police station in Bogra town, demanding the release of a local leader.",
        "On 6 June 2023, police clashed with violent demonstrators near the court in Sylhet city.",
        "On 6 June 2023, a county clerk was attacked by demonstrators outside the Kisumu tally centre.",
        "On 6 June 2023, bus drivers burned tyres and later held a protest in Comilla city against a ban on their vehicles.",
    ])
    func crowdViolence(text: String) {
        #expect(Self.subType(text) == .violentDemonstration, "\(text)")
    }

    @Test("harm that names the protesters or their grievance makes no violent protest", arguments: [
        "On 6 June 2023, relatives of two fishermen killed at sea held a protest outside the Barisal press club, demanding compensation.",
        "On 6 June 2023, traders in Eldoret town protested after a shopkeeper was killed in a robbery.",
        "Following the killing of a night guard, residents of Kisii town protested on 6 June 2023 demanding more patrols.",
        "On 6 June 2023, mothers marched in Nakuru town to protest violence against schoolgirls.",
        "On 6 June 2023, villagers held a protest beside a burnt school in Jessore city, demanding its repair.",
        "On 6 June 2023, activists carried a mock dead body through Rajshahi city to protest deaths at the border.",
    ])
    func grievances(text: String) {
        #expect(Self.subType(text) == .peacefulProtest, "\(text)")
    }

    @Test("a protest said to be free of violence is peaceful")
    func negatedViolence() {
        #expect(Self.subType("On 6 June 2023, nurses demonstrated outside the hospital in Mombasa over pay. No reports of violence were received.") == .peacefulProtest)
    }
}
