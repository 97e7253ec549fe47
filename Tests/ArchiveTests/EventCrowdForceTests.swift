import Testing
@testable import Archive

/// Crowds where no word of protest or riot is used: a crowd broken up by police, a crowd that
/// strikes a person, a crowd that avenges an accident; and beside each, a sentence in the same
/// words that reports no event. Sentences written for these tests.
@Suite("Events: crowds dispersed, crowds that strike, revenge for an accident")
struct EventCrowdForceTests {
    static func acled(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    @Test("police dispersing a crowd is a protest with intervention; a crowd that goes home is none")
    func crowdDispersed() {
        let dispersed = Self.acled("On Monday, police dispersed a crowd of angry traders outside the county offices in Kisumu.")
        #expect(dispersed.first?.subType == .protestWithIntervention, "\(dispersed.map(\.subType))")
        let passive = Self.acled("Hundreds of angry voters were later dispersed by police at a polling station in Nakuru on Tuesday.")
        #expect(passive.first?.subType == .protestWithIntervention, "\(passive.map(\.subType))")
        let home = Self.acled("The fans dispersed quietly after the concert in the capital on Saturday night.")
        #expect(home.isEmpty, "\(home.map(\.subType))")
        let seeds = Self.acled("The seeds of the plant are dispersed by the wind across the valley every spring.")
        #expect(seeds.isEmpty, "\(seeds.map(\.subType))")
    }

    @Test("shots fired to disperse a crowd name the event, not the dispersal")
    func dispersalBesideShots() {
        let shots = Self.acled("On Monday, a gang of youths attacked a chief's house in Kisumu, and police shot two of them to disperse the crowd.")
        #expect(!shots.isEmpty && shots.first?.subType != .protestWithIntervention, "\(shots.map(\.subType))")
    }

    @Test("a crowd that attacks an official strikes him; a critic who attacks an official speaks")
    func crowdAttacksPerson() {
        let youths = Self.acled("On Saturday, youths attacked an election official at a polling station in Kisumu.")
        #expect(!youths.isEmpty, "\(youths.map(\.subType))")
        let critics = Self.acled("On Saturday, critics attacked the official over his budget plans in a radio debate.")
        #expect(critics.isEmpty, "\(critics.map(\.subType))")
    }

    @Test("a crowd that burns a bus after a crash avenges it; a bus that burns in a crash is an accident")
    func revengeForAccident() {
        let revenge = Self.acled("On Sunday, angry residents set fire to two buses on the highway in Gazipur after a boy died in a crash with a bus.")
        #expect(!revenge.isEmpty, "\(revenge.map(\.subType))")
        let crash = Self.acled("On Sunday, two buses caught fire in a crash on the highway in Gazipur, killing a boy.")
        #expect(crash.isEmpty, "\(crash.map(\.subType))")
    }
}
