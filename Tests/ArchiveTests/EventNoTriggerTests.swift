import Testing
@testable import Archive

/// Reports the trigger list used to miss: an armed band's plain verbs (`bandits strike`, `rival clans
/// fight`), raids in the plural, running battles, stones and rocks thrown by a crowd, remains and
/// heads found with the signs of a killing, acts tried or gone on with (`tried to kidnap`, `continued
/// to riot`); and the same words said of workers, negotiators and plans, which stay no event.
/// Sentences written for these tests.
@Suite("Events told in plain words: armed bands, attempts, remains")
struct EventNoTriggerTests {
    static func acled(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    @Test("an armed band's plain verbs of violence are an event", arguments: [
        "On 3 March 2021, armed bandits strike a village near Marsabit and drive away 200 goats.",
        "On 3 March 2021, two rival clans fight over a borehole near Moyale, leaving three herders dead.",
        "On 3 March 2021, an armed gang raids a police post near Garissa and steals four rifles.",
        "On 3 March 2021, armed men descended on a market near Isiolo and drove off 300 cattle.",
        "On 3 March 2021, hawkers and county guards fought running battles in the centre of Kisumu.",
    ])
    func armedBands(text: String) {
        #expect(Self.acled(text).first.map { $0.subType.isViolent || $0.subType.eventType == .riots } == true,
                "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("the same verbs said of workers, negotiators, campaigns and plans are no event", arguments: [
        "Lightning struck the tower of the church near Nyeri on Sunday.",
        "The two firms struck a deal to share the pipeline on Tuesday.",
        "Campaigners vowed to fight the new tax in the courts.",
        "The central bank will fight inflation with higher rates, the governor said on Monday.",
        "Tax inspectors raided the offices of the company on Tuesday.",
    ])
    func notBands(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("an act tried, or gone on with, happened; one that may be tried has not")
    func attempts() {
        let tried = Self.acled("On 3 March 2021, gunmen tried to kidnap two engineers at a quarry near Mandera.")
        #expect(tried.first?.subType == .abduction, "\(tried.map(\.subType))")
        let went = Self.acled("On 3 March 2021, hundreds of youths continued to riot in the slums of Kisumu.")
        #expect(went.first?.subType.eventType == .riots, "\(went.map(\.subType))")
        let finder = EventFinder(lexicon: .shared)
        func excused(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            return finder.isAttemptOrSequel(t, t.firstIndex { $0.lower == word }!)
        }
        #expect(excused("Gunmen attempted to abduct a trader.", "abduct"))
        #expect(!excused("The rebels will try to attack the town.", "attack"))
        #expect(!excused("The rebels threatened to attack the town.", "attack"))
        #expect(Self.acled("The rebels will try to kidnap more foreigners, the minister warned on Monday.").isEmpty)
    }

    @Test("stones and rocks a crowd throws are a riot")
    func rocks() {
        let text = "On 3 March 2021, supporters of the two candidates throw rocks at each other outside a polling station in Kakamega."
        #expect(Self.acled(text).first?.subType.eventType == .riots, "\(Self.acled(text).map(\.subType))")
    }

    @Test("remains and heads found with the signs of a killing are an attack", arguments: [
        "On 3 March 2021, human remains were found in plastic bags beside a highway outside Culiacan.",
        "On 3 March 2021, a dead body with its hands tied was found in a ditch near Celaya.",
        "On 3 March 2021, two severed heads were left outside the town hall of Uruapan.",
    ])
    func remains(text: String) {
        #expect(Self.acled(text).first?.subType == .attack, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("remains of no killing are no event", arguments: [
        "Archaeologists found human remains from the Bronze Age under the car park.",
        "The dead body of a whale washed up on the beach near Mombasa on Sunday.",
    ])
    func noKilling(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text): \(Self.acled(text).map(\.subType))")
    }

    @Test("a band acts when the word is its verb, within its clause")
    func bandActs() {
        func acts(_ s: String, _ word: String) -> Bool {
            let t = EventText.sentences(s)[0].tokens
            return EventFinder.actsAsArmedBand(t, before: t.firstIndex { $0.lower == word }!)
        }
        #expect(acts("Armed bandits strike the village at night.", "strike"))
        #expect(acts("Dozens of armed men descended on the cattle market at dawn.", "descended"))
        #expect(!acts("The minister called soldiers the heroes of the fight against crime.", "fight"))
        #expect(!acts("Workers at the port, not the gangs, struck on Monday.", "struck"))
        #expect(Self.acled("Police officers are frontline soldiers in the fight against crime, the minister said on Monday.").isEmpty)
    }
}
