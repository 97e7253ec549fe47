import Testing
@testable import Archive

/// `fired` of a person who lost a job, and a protest that is a diplomat's letter: no event. The
/// same words of a weapon fired at someone, and of a crowd, stay events. Sentences written for
/// these tests.
@Suite("Events: fired from a job, notes of protest")
struct EventDismissedTests {
    static func reports(_ text: String) -> [ExtractedEvent] {
        EventToldBackTests.reports("Capital news\n\n" + text + "\n").filter { $0.kind == nil }
    }

    @Test("a person fired in the passive, with nothing fired from a weapon, is no armed clash", arguments: [
        "The national security adviser was fired by the president on Monday after reports about his secret calls with a foreign envoy.",
        "The editor of the country's largest newspaper was fired two weeks ago after publishing a story on unrest in the army.",
    ])
    func dismissal(sentence: String) {
        #expect(Self.reports(sentence).isEmpty, "\(Self.reports(sentence).map(\.subType))")
    }

    @Test("people fired on, shots fired, rockets fired: events", arguments: [
        "Two soldiers were fired on by gunmen near the border post on Monday, officials said.",
        "Police said shots were fired at the army convoy near the bridge on Tuesday, wounding two guards.",
        "The officer was fired at by militants while he drove to the barracks in Kandahar on Friday.",
    ])
    func shooting(sentence: String) {
        #expect(!Self.reports(sentence).isEmpty, "\(sentence)")
    }

    @Test("notes or a letter of protest sent by a ministry are diplomacy, a crowd's protest is a protest")
    func notesOfProtest() {
        #expect(Self.reports("The foreign ministry sent two notes of protest to the embassy on Tuesday over the arrests.").isEmpty)
        #expect(!Self.reports("Hundreds of farmers gathered in protest outside the ministry in Nairobi on Tuesday over the arrests.").isEmpty)
    }
}
