import Testing
@testable import Archive

/// Terse, plain reports the finder used to read nothing in: a verb of blows apart from its `to death`,
/// what a fight cost (`leaves four dead`), violence named by the communities or the vote it divides,
/// and force used among sports fans; beside each, the same words in a figurative, judicial or
/// sporting sense, which stay no event. Sentences written for these tests.
@Suite("Events in plain reports: blows to death, tolls, named violence, force among fans")
struct EventPlainReportTests {
    static func acled(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    @Test("a crowd that beats or burns someone to death is mob violence")
    func crowdToDeath() {
        let burnt = Self.acled("On 4 June 2021, villagers burnt a suspected cattle thief to death at a market near Kisii.")
        #expect(burnt.first?.subType == .mobViolence, "\(burnt.map(\.subType))")
        let beat = Self.acled("On 4 June 2021, an angry mob beat two men to death outside a bar in Eldoret.")
        #expect(beat.first?.subType == .mobViolence, "\(beat.map(\.subType))")
    }

    @Test("anyone else who beats someone to death attacks")
    func attackToDeath() {
        let events = Self.acled("On 4 June 2021, two prison warders beat an inmate to death in a cell at Kitale.")
        #expect(events.first?.subType == .attack, "\(events.map(\.subType))")
    }

    @Test("a sentence, a figure of speech or a worn-out joke put to death is no event", arguments: [
        "The high court sentenced the two smugglers to death on Tuesday.",
        "The audience was bored to death by the speeches of the two candidates.",
        "The comedian beat the joke to death in the second half of the show.",
    ])
    func notToDeath(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("violence that leaves people dead, or claims a life, happened", arguments: [
        "Clan fighting leaves three herders dead near Moyale.",
        "On 4 June 2021, an attack by unknown raiders left two people dead at a village near Baragoi.",
        "Raids by armed herders leave five dead in Turkana.",
        "Ethnic violence claims another life in Molo.",
    ])
    func tolls(text: String) {
        #expect(Self.acled(text).first?.subType.isViolent == true, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("what an attack on a plan or in a match left behind is no toll", arguments: [
        "The attack on the budget left two ministers angry on Tuesday.",
        "A late attack left the visitors two goals down at half time.",
    ])
    func notTolls(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("the toll is read after the word of violence, within its clause")
    func tollReading() {
        let finder = EventFinder(lexicon: .shared)
        func toll(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            return finder.countsToll(t, after: t.firstIndex { $0.lower == word }!)
        }
        #expect(toll("Fighting between two clans left at least 12 people dead.", "fighting"))
        #expect(toll("The violence claimed two more lives on Sunday.", "violence"))
        #expect(!toll("The fighting left the town without water.", "fighting"))
        #expect(!toll("The fighting ended, and the floods left four dead.", "fighting"))
    }

    @Test("violence named by its communities or the vote is an attack", arguments: [
        "On 2 May 2023, post-election violence continues in the slums of Kisumu.",
        "Ethnic violence in Burnt Forest on 8 May 2023.",
    ])
    func namedViolence(text: String) {
        #expect(Self.acled(text).first?.subType == .attack, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("violence that is feared, shunned or condemned has not happened", arguments: [
        "Church leaders called on the candidates to shun ethnic violence ahead of the vote.",
        "Observers warned of fears of post-election violence in the coming weeks.",
    ])
    func namedViolenceAvoided(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("police and supporters fighting at a game, or soldiers firing on a crowd at one, is violence", arguments: [
        "On 5 December 2021, riot police and football supporters clashed outside the stadium in Mombasa after the home side lost.",
        "On 5 December 2021, soldiers opened fire on a crowd at a football ground in Beledweyne, wounding two spectators.",
    ])
    func forceAmongFans(text: String) {
        let events = Self.acled(text)
        #expect(events.first.map { $0.subType.isViolent || $0.subType.eventType == .riots } == true, "\(text): \(events.map(\.subType))")
    }

    @Test("a police side that beats an army side plays football", arguments: [
        "The police team beat the army side 2-1 in the football final on Saturday.",
        "The home side's attack clashed with a stubborn defence in the second half of the league match.",
    ])
    func sportSenses(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }
}
