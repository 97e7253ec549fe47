import Testing
@testable import Archive

/// Words of violence that name no act where they stand: a person's name, riot police, weapons a
/// party carries, a bomb threat, a post where something else happened, people handed over, a
/// disease or an accident that kills; and beside some, a sentence of the same words that reports an act.
/// Sentences written for these tests.
@Suite("Events: words that name no act")
struct EventNamedNoActTests {
    static func events(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.events(text)
    }

    @Test("a word of a person's name is no trigger")
    func personName() {
        let events = Self.events("Police spokesman Peter Shelling told reporters that three men were killed in the town on Monday.")
        #expect(!events.contains { $0.subType == .shelling }, "\(events.map(\.subType))")
        let shelled = Self.events("Army shelling killed three men in the town of Idlib on Monday, a monitor said.")
        #expect(shelled.contains { $0.subType == .shelling }, "\(shelled.map(\.subType))")
    }

    @Test("riot police at a private party are no riot")
    func riotPolice() {
        let events = Self.events("Riot police officers sang banned songs at a private party last month and may lose their jobs, the interior ministry said on Tuesday.")
        #expect(!events.contains { $0.subType.eventType == .riots }, "\(events.map(\.subType))")
        let dispersed = Self.events("Riot police dispersed hundreds of traders who had blocked the main road in the town on Monday.")
        #expect(!dispersed.isEmpty)
    }

    @Test("hijackers armed with grenades, a bomb threat: no explosion")
    func carriedAndThreatened() {
        let armed = Self.events("The hijackers, armed with two grenades, let twenty passengers leave the plane on Tuesday.")
        #expect(!armed.contains { $0.subType.eventType == .explosions }, "\(armed.map(\.subType))")
        let threat = Self.events("A passenger jet made an emergency landing in Athens on Friday after a bomb threat, airport officials said.")
        #expect(!threat.contains { $0.subType.eventType == .explosions }, "\(threat.map(\.subType))")
        let thrown = Self.events("Gunmen armed with grenades threw two of them into a crowded market in Kandahar on Friday, killing six people.")
        #expect(thrown.contains { $0.subType.isViolent }, "\(thrown.map(\.subType))")
    }

    @Test("a post named as where something else happened is no base established")
    func postNamedOnly() {
        let events = Self.events("The local police headquarters gave no figure for the march but said 2,000 dockers had stopped work.")
        #expect(!events.contains { $0.subType == .headquartersEstablished }, "\(events.map(\.subType))")
        let setUp = Self.events("Rebel fighters set up new checkpoints on the main road north of the town on Monday, residents said.")
        #expect(setUp.contains { $0.subType == .headquartersEstablished }, "\(setUp.map(\.subType))")
    }

    @Test("refugees handed over at a border town are no transfer of territory")
    func peopleHandedOver() {
        let events = Self.events("The army said 40 refugees were handed over on Friday to officials from the border town of Kasese.")
        #expect(!events.contains { $0.subType == .nonViolentTransfer }, "\(events.map(\.subType))")
    }

    @Test("a disease or an accident that kills is no attack, and who tells of it speaks of no conflict")
    func diseaseAndAccident() {
        let cholera = Self.events("A cholera epidemic has killed nine people in the eastern town of Kalemie since Monday, health officials said.")
        #expect(cholera.isEmpty, "\(cholera.map(\.subType))")
        let crash = Self.events("A bus crashed into a river below a mountain road on Sunday, killing 12 people and injuring 20, police said.")
        #expect(crash.isEmpty, "\(crash.map(\.subType))")
        let collision = Self.events("Two commuter trains collided outside the main station on Wednesday, and about ten people were hurt.")
        #expect(collision.isEmpty, "\(collision.map(\.subType))")
    }
}
