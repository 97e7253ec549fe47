import Testing
@testable import Archive

/// What general news tells that is no conflict event: an agreement named but not made, a decree
/// signed, a lone criminal's or a household's violence, a fight against crime; and
/// beside each, a sentence in the same words that reports an event. Sentences written for these tests.
@Suite("Events: agreements named, private crime, fights against ills")
struct EventPactsAndCrimeTests {
    static func events(_ text: String, published: String? = "2023-05-10") -> [ExtractedEvent] {
        EventJudgeTests.events(text, published: published)
    }

    @Test("a ceasefire named as a setting, a body's topic or a goal is no agreement; one agreed or worked under is")
    func agreementNamed() {
        let named = [
            "Despite an ongoing ceasefire, shops in the northern towns stayed shut on Tuesday, traders said.",
            "The minister praised a new army unit set up to monitor the ceasefire between the militias.",
            "The president accused the opposition of trying to block his government's right to hold peace talks with the rebels.",
        ]
        for text in named {
            let events = Self.events(text)
            #expect(!events.contains { $0.subType == .agreement }, "\(text): \(events.map(\.subType))")
        }
        let agreed = Self.events("The army and the rebels agreed a two-week truce in the hill towns on Monday, officials said.")
        #expect(agreed.contains { $0.subType == .agreement }, "\(agreed.map(\.subType))")
        let under = Self.events("The mountain road was reopened to traffic on Friday under a new agreement with a rebel militia.")
        #expect(under.contains { $0.subType == .agreement }, "\(under.map(\.subType))")
    }

    @Test("a bargain offered is no exchange; prisoners released in exchange for soldiers are")
    func exchangeOffered() {
        let offered = Self.events("The rebels may offer to free the aid workers in exchange for a share of the military budget, an envoy said.")
        #expect(!offered.contains { $0.subType == .agreement }, "\(offered.map(\.subType))")
        let released = Self.events("The army released 20 rebel fighters on Sunday in exchange for 12 soldiers held by the militia.")
        #expect(released.contains { $0.subType == .agreement }, "\(released.map(\.subType))")
    }

    @Test("a treaty in an alliance's name, an order signed: no agreement")
    func treatyInName() {
        let decree = Self.events("The governor signed an order on fighting corruption and gave the security chief wide powers on Monday.")
        #expect(!decree.contains { $0.subType == .agreement }, "\(decree.map(\.subType))")
        let named = Self.events("Top officers of the North Atlantic Treaty Organisation toured army bases in the south for their yearly inspection of the alliance's forces.")
        #expect(!named.contains { $0.subType == .agreement }, "\(named.map(\.subType))")
        let signed = Self.events("The army and the rebels signed a peace treaty in the border town on Monday, ending a war over the river.")
        #expect(signed.contains { $0.subType == .agreement }, "\(signed.map(\.subType))")
    }

    @Test("a lone killer's attack is crime; militants' is an attack")
    func loneCriminal() {
        let killer = Self.events("The killer raped a student in a park near the station on Friday, police said.")
        #expect(!killer.contains { $0.subType.isViolent }, "\(killer.map(\.subType))")
        let struck = Self.events("A suspected killer was beaten to death near the market on Sunday, police said.")
        #expect(struck.contains { $0.subType.isViolent || $0.subType == .mobViolence }, "\(struck.map(\.subType))")
        let militants = Self.events("Militiamen raped a student in a park near the station on Friday, police said.")
        #expect(militants.contains { $0.subType.isViolent }, "\(militants.map(\.subType))")
    }

    @Test("a man who shoots his wife commits a crime; a mob that beats him is mob violence")
    func household() {
        let shot = Self.events("A farmer shot his wife at their home near the lake on Tuesday and then fled into the forest, police said.")
        #expect(!shot.contains { $0.subType.isViolent }, "\(shot.map(\.subType))")
        let mob = Self.events("A mob beat a farmer to death near the lake on Tuesday after he shot his wife, police said.")
        #expect(mob.contains { $0.subType == .mobViolence }, "\(mob.map(\.subType))")
        let rebels = Self.events("Rebels shot his wife and two of his sons at their farm near the lake on Tuesday, the village chief said.")
        #expect(rebels.contains { $0.subType.isViolent }, "\(rebels.map(\.subType))")
    }

    @Test("a fight against crime or fires is no armed clash; soldiers fighting rebels are")
    func fightAgainstAnIll() {
        let ill = Self.events("The governor signed an order on fighting corruption and gave the security chief wide powers on Monday.")
        #expect(!ill.contains { $0.subType == .armedClash }, "\(ill.map(\.subType))")
        let fires = Self.events("Firemen were fighting fires near the army base on Monday, officials said.")
        #expect(!fires.contains { $0.subType == .armedClash }, "\(fires.map(\.subType))")
        let war = Self.events("Soldiers were fighting rebels on the edge of the capital on Monday, and four of them were killed.")
        #expect(war.contains { $0.subType == .armedClash }, "\(war.map(\.subType))")
    }
}
