import Testing
@testable import Archive

/// What a story tells again or tells from before its own days: a report that names the story's
/// event (`wounded in the attack`), a season gone by, `Recently,`, a pluperfect opened by a pronoun;
/// and what is no party's act or word: police speaking of a case, a diplomatic protest note, a bus
/// that overturned. Articles and sentences written for these tests.
@Suite("Events a story tells again or from before its days, and words that are no party's act")
struct EventToldBackTests {
    static let filler = ["Traders said business in the town was slow.", "Buses ran on time through the morning.",
                         "Farmers planted their maize after the rains.", "Schools stayed open all week.",
                         "The county council met to discuss roads.", "Prices of maize fell at the market.",
                         "A new bridge opened over the river."]

    /// A story of eight sentences or more: a headline, the lead and `sentences`, then filler.
    static func story(_ lead: String, _ sentences: [String], headline: String = "Town news") -> String {
        "\(headline)\n\n\(lead) " + (sentences + filler).joined(separator: " ") + "\n"
    }

    /// The lead and some filler in one paragraph, `second` opening another.
    static func twoParagraphs(_ lead: String, _ second: String) -> String {
        "Bomb kills nine at Garissa market\n\n\(lead) " + filler.prefix(3).joined(separator: " ") + "\n\n"
            + ([second] + filler.suffix(4)).joined(separator: " ") + "\n"
    }

    static let bombing = "A bomb exploded at a crowded market in Garissa on Tuesday, killing nine people, police said."
    static let raid = "Rebels attacked an army base near Garissa on Monday, killing four soldiers, the army said."
    static let ambush = "Militants attacked an army convoy near Garissa on Monday, killing three soldiers, the army said."

    static func acled(_ text: String, published: String = "2023-05-10") -> [ExtractedEvent] {
        EventExtractorTests.events(text, published: published).filter { $0.kind == nil }
    }

    static func notes(_ events: [ExtractedEvent]) -> [String] { events.map(\.notes) }
}

extension EventToldBackTests {
    @Test("a later report that names the story's event as told is that event")
    func pointsBackMerges() {
        let text = Self.twoParagraphs(Self.bombing, "Officials said at least 20 people were wounded in the attack.")
        let found = Self.acled(text)
        #expect(found.count == 1, "\(Self.notes(found))")
        #expect(found.first?.notes == Self.bombing)
        let sentence = EventText.sentences("Officials said Tuesday's deadly attack was carried out by two men.")[0]
        let i = sentence.tokens.firstIndex { $0.lower == "attack" }!
        let draft = EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 1, generic: true)
        #expect(ArticleEvents.pointsBack(sentence.tokens, draft))
    }

    @Test("an attack named as another, or told in another region, stays an event of its own")
    func otherAttacksStay() {
        let another = Self.acled(Self.twoParagraphs(Self.bombing, "Officials said at least 20 people were wounded in an attack on a bus."))
        #expect(another.count == 2, "\(Self.notes(another))")
        let elsewhere = Self.acled(Self.twoParagraphs(Self.bombing, "In Mandera, the attack on a police post killed two officers on Tuesday."))
        #expect(elsewhere.count == 2, "\(Self.notes(elsewhere))")
        let raids = Self.acled(Self.twoParagraphs(Self.bombing, "Officials said 12 fighters were killed in security raids overnight in response to the attack."))
        #expect(raids.count == 2, "\(Self.notes(raids))")
        for words in ["Officials said a second attack was carried out by two men.", "Gunmen attacked the police post at night."] {
            let t = EventText.sentences(words)[0].tokens
            let i = t.firstIndex { $0.lower.hasPrefix("attack") }!
            #expect(!ArticleEvents.pointsBack(t, EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 1, generic: true)), "\(words)")
        }
    }

    @Test("a season gone by, named past a story's lead, tells what came before it", arguments: [
        "In the summer, a car bomb killed 40 people at the main market of the town.",
        "Last summer, gunmen stormed a hotel in the town and killed 12 guests.",
    ])
    func pastSeason(sentence: String) {
        // The lead's clash stays a clash: the bombing told does not merge into it as its weapon.
        let found = Self.acled(Self.story(Self.ambush, [sentence]), published: "2023-02-15")
        #expect(found.map(\.subType) == [.armedClash], "\(Self.notes(found)) \(found.map(\.subType))")
    }

    @Test("a season measured against, or the story's own, leaves the event")
    func seasonKept() {
        let day = Self.acled(Self.story(Self.ambush, ["On Sunday, gunmen stormed a hotel in the town and killed 12 guests."]), published: "2023-02-15")
        #expect(day.contains { $0.notes.hasPrefix("On Sunday") }, "\(Self.notes(day))")
        let reader = ArticleEvents(published: PartialDate(iso: "2023-07-20"), mentions: [])
        func past(_ s: String) -> (index: Int, possessive: Bool)? { reader.pastSeason(EventText.sentences(s)[0].tokens) }
        #expect(past("In the summer, gunmen stormed a hotel in the town.") == nil)
        #expect(past("It was the worst attack since last summer.") == nil)
        #expect(past("Last winter, gunmen stormed a hotel in the town.")?.possessive == false)
        // A possessive dates the event it names, not the rest of the sentence.
        #expect(past("Crowds marched on Sunday against a law passed after last summer's coup attempt.")?.possessive == true)
    }

    @Test("a sentence opened by `Recently` looks back; one dated to the story's days reports")
    func recently() {
        let back = Self.acled(Self.story(Self.ambush, ["Recently, some nurses in the town protested against delays in their pay."]))
        #expect(!back.contains { $0.notes.hasPrefix("Recently") }, "\(Self.notes(back))")
        let now = Self.acled(Self.story(Self.ambush, ["Some nurses in the town protested against delays in their pay on Tuesday."]))
        #expect(now.contains { $0.subType == .peacefulProtest }, "\(Self.notes(now))")
        #expect(ArticleEvents.opensRecently(EventText.sentences("More recently, rebels seized the town.")[0].tokens))
        #expect(!ArticleEvents.opensRecently(EventText.sentences("Rebels recently seized the town.")[0].tokens))
    }

    @Test("past a story's lead, a pluperfect opened by a pronoun tells what came before; after a verb of saying it is the news")
    func pluperfectPronoun() {
        let lead = "Relatives buried a farmer in Garissa on Monday, a week after he went missing, the family said."
        let told = "He had been kidnapped by gunmen on his way to the farm."
        let back = Self.acled(Self.story(lead, ["His body was found near the river on Saturday.", told]))
        #expect(!back.contains { $0.notes == told }, "\(Self.notes(back))")
        let said = "Police said he had been kidnapped by gunmen on his way to the farm."
        let news = Self.acled(Self.story(lead, ["His body was found near the river on Saturday.", said]))
        #expect(news.contains { $0.notes == said }, "\(Self.notes(news))")
    }

    @Test("a diplomatic protest note and a bus that overturned are no event; a protest and an attack on a bus are")
    func notesAndAccidents() {
        #expect(Self.acled("A senior official handed the envoy two formal protest notes on Monday over the treatment of its citizens.").isEmpty)
        let ministry = Self.acled(Self.story(Self.ambush, ["On Monday, the foreign ministry handed the envoy two formal protest notes over the border incident."]))
        #expect(!ministry.contains { $0.subType.eventType == .protests }, "\(Self.notes(ministry))")
        #expect(Self.acled("Hundreds of students held a protest outside the foreign ministry on Monday over the border incident.").count == 1)
        #expect(Self.acled("Three people were killed when a bus overturned on the highway near Nakuru on Monday.").isEmpty)
        #expect(Self.acled("Three people were killed when gunmen attacked a bus on the highway near Nakuru on Monday.").count == 1)
    }
}

extension EventToldBackTests {
    @Test("police who speak of a case are no party to a conflict; police who speak of militants may be")
    func policeAlone() {
        let judge = EventJudge(topic: .neutral)
        func alone(_ s: String) -> Bool { judge.speaksAsPoliceAlone(EventText.sentences(s)[0]) }
        #expect(alone("Police said in a statement on Friday that tests on his clothes found traces of the substance."))
        #expect(alone("The police commissioner said the investigation would take weeks."))
        #expect(!alone("Police said the militants behind the ambush would be hunted down."))
        #expect(!alone("Police said two officers were killed when gunmen opened fire."))
        #expect(!alone("The minister said the talks would resume next week."))
    }
}
