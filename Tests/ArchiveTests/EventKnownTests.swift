import Testing
@testable import Archive

/// What a follow-up story names as known: the act a charge names, an act named with `the` and nothing
/// of its own past the lead, protests spread over days before the news, a month or days told from a
/// time already set, an event named by its year after `a`, a running count after the act's word.
/// Sentences and articles written for these tests, published on Wednesday 2023-05-10.
@Suite("Events a story names as known, not reports")
struct EventKnownTests {
    static func reports(_ text: String, published: String = "2023-05-10") -> [ExtractedEvent] {
        let date = PartialDate(iso: published)
        return EventExtractor.reports(in: text, published: date, mentions: EntityExtractor.mentions(in: text)).filter { $0.kind == nil }
    }

    /// A story about talks whose news is no act (eight sentences and more: a story); the sentence tested comes third.
    static func story(_ sentence: String) -> String {
        """
        Rebel commanders meet army officers for talks

        Rebel commanders and army officers met in Nakuru on Tuesday for talks on a ceasefire, officials said. The talks \
        will resume next week. \(sentence) Traders said business at the border market was slow. Buses ran on time. \
        Schools stayed open. Farmers planted their crops. The weather was dry.
        """
    }

    /// The same talks told in a short report.
    static func short(_ sentence: String) -> String {
        """
        Rebel commanders meet army officers for talks

        Rebel commanders and army officers met in Nakuru on Tuesday for talks on a ceasefire, officials said. The talks \
        will resume next week. \(sentence) Traders said business at the border market was slow. Buses ran on time and \
        schools stayed open.
        """
    }

    static func reported(_ sentence: String, in text: String) -> Bool {
        reports(text).contains { $0.notes.contains(sentence.prefix(40)) }
    }

    @Test("the act a charge names was reported when it happened")
    func charged() {
        for sentence in [
            "Police say the two women were accused of murdering a trader at the bus station.",
            "Police said the men were accused of shooting a farmer in the hills.",
        ] {
            #expect(!Self.reported(sentence, in: Self.short(sentence)), "\(sentence)")
        }
        let sent = "Two soldiers accused of beating a student to death at the checkpoint were sent home."
        #expect(!Self.reported(sent, in: Self.story(sent)))
    }

    @Test("the act itself, or a charge whose act names its day, is news")
    func chargedControls() {
        let act = "Police say two women murdered a trader at the bus station."
        #expect(Self.reported(act, in: Self.short(act)))
        let dated = "Police arrested two soldiers accused of beating a student at the checkpoint on Monday night."
        #expect(Self.reports(Self.story(dated)).contains { $0.notes.contains(dated.prefix(40)) && $0.subType.isViolent })
    }

    @Test("past the lead, an act named with `the` and nothing of its own is one the reader knows", arguments: [
        "The attack by the militants was caught on a camera above the shop door.",
        "Relatives said the bombing of the market by the rebels was a crime.",
    ])
    func namedAsKnown(sentence: String) {
        #expect(!Self.reported(sentence, in: Self.story(sentence)), "\(sentence)")
    }

    @Test("an act with a day, a count or a place of its own, or told with a verb, stands")
    func namedControls() {
        for sentence in [
            "Gunmen attacked a police post near the border on Monday, killing two officers.",
            "The attack on the police post killed two officers, police said.",
            "The attack at Kericho left the police post in ruins, police said.",
        ] {
            #expect(Self.reported(sentence, in: Self.story(sentence)), "\(sentence)")
        }
    }

    @Test("protests spread over days before the news, and a month or days told from a time already set", arguments: [
        "The decree was scrapped after days of violent protests by students in the capital.",
        "The decree was scrapped on Sunday after days of massive protests by students in the capital, where police fired tear gas.",
        "That March, thousands of students protested in Nakuru against the fees.",
        "In the following days, a farmer was shot dead by soldiers near his field in Nakuru.",
        "His son was killed in a 2019 drone strike on a village in the hills.",
    ])
    func spansAndToldTimes(sentence: String) {
        #expect(!Self.reported(sentence, in: Self.story(sentence)), "\(sentence)")
    }

    @Test("a protest of the story's days, and a drone strike of its week, are news")
    func spanControls() {
        for sentence in [
            "Thousands of students protested in Nakuru on Sunday against the fees.",
            "His son was killed in a drone strike on a village in the hills on Monday.",
        ] {
            #expect(Self.reported(sentence, in: Self.story(sentence)), "\(sentence)")
        }
    }

    @Test("a casualty that raises a running count tells no event; one named with its day does")
    func runningCount() {
        let count = "The latest casualty raised the number of soldiers killed by rebels in the northern offensive to 67."
        #expect(!Self.reported(count, in: Self.story(count)))
        let dated = "A soldier was killed in the northern offensive on Sunday, raising the number of soldiers killed to 67."
        #expect(Self.reported(dated, in: Self.story(dated)))
    }
}
