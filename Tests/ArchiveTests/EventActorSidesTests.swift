import Testing
@testable import Archive

/// Who did it to whom: a source that told of the event, a place where it happened, what a
/// protest was about and a word that only looks like a name are no party; in the passive of harm
/// the subject was struck and the agent after `by`, or the other side of a clash, struck. Each
/// rule beside a control where the same name is a party. Sentences written for these tests.
@Suite("Event actors: sources, sites, causes, fragments and the sides of the passive")
struct EventActorSidesTests: EventSampling {
    func actors(_ text: String) -> [String?] {
        let event = first(text)
        return [event?.actor1?.name, event?.actor2?.name]
    }

    /// The sentence's tokens and its mentions as the event reader places them.
    func placed(_ text: String) -> ([EventToken], [SentenceMention]) {
        let sentence = EventText.sentences(text)[0]
        let all = EntityExtractor.mentions(in: text).sorted { $0.start < $1.start }
        return (sentence.tokens, EventArguments.mentions(in: sentence, all[...]))
    }

    @Test("a source that reported, observed or is cited is no party")
    func sources() {
        #expect(!actors("On 12 March 2021, rebels attacked an army base near Beni, Human Rights Watch reported.").contains("Human Rights Watch"))
        #expect(!actors("On 12 March 2021, rebels attacked an army base near Beni, according to Human Rights Watch.").contains("Human Rights Watch"))
        let (t, m) = placed("The OSCE observed twelve explosions near the village.")
        #expect(m.first.map { EventArguments.isSource($0, t) } == true)
        // Control: the same body struck.
        #expect(actors("On 3 May 2021, gunmen attacked a convoy of Human Rights Watch near Beni.").contains("Human Rights Watch"))
    }

    @Test("a name after `in front of`, `at` or a place's dash and bracket is a site, not a party")
    func sites() {
        let (t, m) = placed("Nurses sat down for an hour in front of the Labour Ministry, chanting.")
        let ministry = m.first { $0.mention.name.contains("Labour") }
        #expect(ministry.map { EventArguments.isSite($0, t, m) } == true)
        // Control: the same ministry stormed is what the crowd acted on.
        let (t2, m2) = placed("Nurses stormed the Labour Ministry, chanting.")
        let stormed = m2.first { $0.mention.name.contains("Labour") }
        #expect(stormed.map { EventArguments.isSite($0, t2, m2) } == false)
        // `at X attack` names who attacked; `fired at X` whom they fired at.
        let (t3, m3) = placed("Troops fired at Al Shabaab near Mandera.")
        #expect(m3.first { $0.mention.name == "Al Shabaab" }.map { EventArguments.isSite($0, t3, m3) } == false)
    }

    @Test("what a protest was about names no party")
    func protestCause() {
        #expect(!actors("On 4 June 2021, students protested in Nairobi demanding the release of opposition leader John Kamau.").contains("John Kamau"))
        // Control: the man who led it.
        #expect(actors("On 4 June 2021, John Kamau led hundreds of students in a protest in Nairobi.").first == "John Kamau")
    }

    @Test("a word that opens a sentence and only looks like a name is no party")
    func fragments() {
        #expect(actors("Around 6 May 2021, gunmen killed a trader in Mandera.")[0] == nil)
        // Control: a name in the same place.
        #expect(actors("On 6 May 2021, Al Shabaab gunmen killed a trader in Mandera.").first == "Al Shabaab")
    }

    @Test("the subject of a passive of harm was struck; the agent after `by` or `with` struck")
    func passiveSides() {
        let clash = actors("On 7 May 2021, two soldiers were wounded in heavy clashes with Al Shabaab fighters near Mandera.")
        #expect(clash.first == "Al Shabaab")
        let struck = actors("On 7 May 2021, four Al Shabaab fighters were shot dead in a raid by the Kenya Defence Forces near Mandera.")
        #expect(struck[1] == "Al Shabaab")
        #expect(struck[0] != "Al Shabaab")
        let headline = actors("Al Shabaab fighters killed in an air strike near Mandera.")
        #expect(headline.first != "Al Shabaab")
        // Controls: the same group in the active.
        #expect(actors("On 7 May 2021, Al Shabaab fighters ambushed a police patrol outside Mandera.").first == "Al Shabaab")
        #expect(actors("Al Shabaab fighters killed two herders near Mandera.").first == "Al Shabaab")
    }
}
