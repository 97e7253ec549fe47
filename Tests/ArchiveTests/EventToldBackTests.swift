import Testing
@testable import Archive

/// What a story tells again or tells from before its own days: a report that names the story's
/// event (`wounded in the attack`), a season gone by, `Recently,`, a pluperfect opened by a pronoun;
/// and what is no party's act or word: police speaking of a case, a diplomatic protest note, a bus
/// that overturned. Articles and sentences written for these tests.
@Suite("Events a story tells again or from before its days, and words that are no party's act")
struct EventToldBackTests {
    static let filler = ["The weather stayed dry and warm.", "Buses ran on time through the morning.",
                         "Farmers planted their maize after the rains.", "Schools stayed open all week.",
                         "The county council met to discuss roads.", "Churches held their services as usual.",
                         "A new bridge opened over the river."]

    /// A story of eight sentences or more: a headline, the lead and `sentences`, then filler.
    static func story(_ lead: String, _ sentences: [String]) -> String {
        "Town news\n\n\(lead) " + (sentences + filler).joined(separator: " ") + "\n"
    }

    /// The ambush and some filler in one paragraph, `second` opening another.
    static func twoParagraphs(_ second: String) -> String {
        "Militants kill three soldiers near Garissa\n\n\(ambush) " + filler.prefix(3).joined(separator: " ") + "\n\n"
            + ([second] + filler.suffix(4)).joined(separator: " ") + "\n"
    }

    static let ambush = "Militants attacked an army convoy near Garissa on Monday, killing three soldiers, the army said."

    static func acled(_ text: String, published: String = "2023-05-10") -> [ExtractedEvent] {
        EventExtractorTests.events(text, published: published).filter { $0.kind == nil }
    }

    /// Every sentence's report, before reports of one event merge.
    static func reports(_ text: String, published: String = "2023-05-10") -> [ExtractedEvent] {
        EventExtractor.reports(in: text, published: PartialDate(iso: published), mentions: EntityExtractor.mentions(in: text))
            .filter { $0.kind == nil }
    }

    static func notes(_ events: [ExtractedEvent]) -> [String] { events.map(\.notes) }
}

extension EventToldBackTests {
    @Test("a later report that names the story's event as told is that event", arguments: [
        "Officials said at least 20 people were wounded in the attack.",
        "Officials said Monday's attack was carried out by about 30 fighters.",
    ])
    func pointsBackMerges(second: String) {
        let found = Self.acled(Self.twoParagraphs(second))
        #expect(found.contains { $0.notes == Self.ambush } && !found.contains { $0.notes == second }, "\(Self.notes(found))")
    }

    @Test("an attack named as another, or told in another region, stays an event of its own", arguments: [
        "Officials said at least 20 people were wounded in an attack on a bus.",
        "In Mandera, the attack on a police post killed two officers on Tuesday.",
    ])
    func otherAttacksStay(second: String) {
        let found = Self.acled(Self.twoParagraphs(second))
        #expect(found.contains { $0.notes == second }, "\(Self.notes(found))")
    }

    @Test("`the second attack` and a verb name no event told")
    func pointsBackWords() {
        for (words, told) in [("Officials said Tuesday's deadly attack was carried out by two men.", true),
                              ("Officials said a second attack was carried out by two men.", false),
                              ("Gunmen attacked the police post at night.", false)] {
            let t = EventText.sentences(words)[0].tokens
            let i = t.firstIndex { $0.lower.hasPrefix("attack") }!
            let draft = EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 1, generic: true)
            #expect(ArticleEvents.pointsBack(t, draft) == told, "\(words)")
        }
        // Another act told in words of its own (`gunmen ambushed a bus`) makes the sentence a report of its own.
        let sentence = EventText.sentences("Officials said Tuesday's attack came hours after gunmen ambushed a bus near the town.")[0]
        let hits = EventFinder(lexicon: .shared).candidates(in: sentence, continuing: [])
        let i = sentence.tokens.firstIndex { $0.lower == "attack" }!
        let draft = EventDraft(subType: .attack, kind: nil, first: i, last: i, rank: 1, generic: true)
        #expect(ArticleEvents.pointsBack(sentence.tokens, draft))
        #expect(!ArticleEvents.pointsBack(sentence.tokens, draft, hits), "\(hits.map(\.first))")
    }

    @Test("a season gone by, named past a story's lead, tells what came before it", arguments: [
        "In the summer, a car bomb killed 40 people at the main market of the town.",
        "Last summer, gunmen stormed a hotel in the town and killed 12 guests.",
    ])
    func pastSeason(sentence: String) {
        let text = Self.story(Self.ambush, [sentence])
        #expect(!Self.reports(text, published: "2023-02-15").contains { $0.notes == sentence })
        // The lead's clash stays a clash: the bombing told does not merge into it as its weapon.
        #expect(Self.acled(text, published: "2023-02-15").map(\.subType) == [.armedClash])
    }

    @Test("a season measured against, or the story's own, leaves the event; a possessive dates only what it names")
    func seasonKept() {
        let sunday = "On Sunday, gunmen stormed a hotel in the town and killed 12 guests."
        #expect(Self.reports(Self.story(Self.ambush, [sunday]), published: "2023-02-15").contains { $0.notes == sunday })
        let reader = ArticleEvents(published: PartialDate(iso: "2023-07-20"), mentions: [])
        func past(_ s: String) -> (index: Int, possessive: Bool)? { reader.pastSeason(EventText.sentences(s)[0].tokens) }
        #expect(past("In the summer, gunmen stormed a hotel in the town.") == nil)
        #expect(past("It was the worst attack since last summer.") == nil)
        #expect(past("Last winter, gunmen stormed a hotel in the town.")?.possessive == false)
        #expect(past("Crowds marched on Sunday against a law passed after last summer's coup attempt.")?.possessive == true)
    }

    @Test("a sentence opened by `Recently` looks back; one dated to the story's days reports")
    func recently() {
        let back = "Recently, some nurses in the town protested against delays in their pay."
        #expect(!Self.reports(Self.story(Self.ambush, [back])).contains { $0.notes == back })
        let now = "Some nurses in the town protested against delays in their pay on Tuesday."
        #expect(Self.reports(Self.story(Self.ambush, [now])).contains { $0.notes == now })
        #expect(ArticleEvents.opensRecently(EventText.sentences("More recently, rebels seized the town.")[0].tokens))
        #expect(!ArticleEvents.opensRecently(EventText.sentences("Rebels recently seized the town.")[0].tokens))
    }

    @Test("past a story's lead, a pluperfect opened by a pronoun tells what came before; after a verb of saying it is the news")
    func pluperfectPronoun() {
        let lead = "Relatives buried a farmer in Garissa on Monday, a week after he went missing, the family said."
        let told = "He had been kidnapped by gunmen on his way to the farm."
        let back = Self.reports(Self.story(lead, ["His body was found near the river on Saturday.", told]))
        #expect(!back.contains { $0.notes == told }, "\(Self.notes(back))")
        let said = "Police said he had been kidnapped by gunmen on his way to the farm."
        let news = Self.reports(Self.story(lead, ["His body was found near the river on Saturday.", said]))
        #expect(news.contains { $0.notes == said }, "\(Self.notes(news))")
    }

    @Test("a diplomatic protest note and a bus that overturned are no event; a protest and an attack on a bus are")
    func notesAndAccidents() {
        #expect(Self.acled("A senior official handed the envoy two formal protest notes on Monday over the treatment of its citizens.").isEmpty)
        let ministry = "On Monday, the foreign ministry handed the envoy two formal protest notes over the border incident."
        #expect(!Self.reports(Self.story(Self.ambush, [ministry])).contains { $0.notes == ministry })
        #expect(Self.acled("Hundreds of students held a protest outside the foreign ministry on Monday over the border incident.").count == 1)
        #expect(Self.acled("Three people were killed when a bus overturned on the highway near Nakuru on Monday.").isEmpty)
        #expect(Self.acled("Three people were killed when gunmen attacked a bus on the highway near Nakuru on Monday.").count == 1)
    }

    @Test("police who speak of a case are no party to a conflict; police who speak of militants may be")
    func policeAlone() {
        let judge = EventJudge(topic: .neutral)
        func alone(_ s: String) -> Bool { judge.speaksAsPoliceAlone(EventText.sentences(s)[0]) }
        #expect(alone("Police told reporters on Friday that tests on his clothes found traces of the substance."))
        #expect(alone("The police commissioner said the investigation would take weeks."))
        #expect(!alone("Police said the militants behind the ambush would be hunted down."))
        #expect(!alone("Police said two officers were killed when gunmen opened fire."))
        #expect(!alone("The minister said the talks would resume next week."))
    }
}
