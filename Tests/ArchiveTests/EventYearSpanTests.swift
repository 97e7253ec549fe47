import Testing
@testable import Archive

/// Years written as one span (`1975-1979`, `1998-99`) date what a story looks back on; a sentence
/// dated by one tells history, as one dated `in 1978` does. Sentences written for these tests.
@Suite("Events: a span of years is history")
struct EventYearSpanTests {
    @Test("a sentence dated by a span of years reports no event", arguments: [
        "Soldiers killed thousands of villagers in the northern hills in 1975-1979, the report found.",
        "Soldiers killed thousands of villagers in the northern hills during the famine of 1998-99.",
    ])
    func spanIsHistory(_ text: String) {
        let events = EventJudgeTests.acled(text)
        #expect(events.isEmpty, "\(events.map(\.subType))")
    }

    @Test("a span is read as the year it ended; a number with a dash is no span")
    func spanRead() {
        let tokens = EventText.sentences("The war of 1998-99 ended, and 1970-1 was a score.").flatMap(\.tokens)
        let years = DateFinder.dates(in: tokens).compactMap { mention -> Int? in
            if case let .absolute(d) = mention.form { return d.year }
            return nil
        }
        #expect(years == [1999], "\(years)")
        let named = EventText.sentences("Nurses marched on Monday to demand a 2019-2022 pay deal.").flatMap(\.tokens)
        #expect(!DateFinder.dates(in: named).contains { if case .absolute = $0.form { return true }; return false })
    }

    @Test("the same attack dated by its day is reported")
    func dayStays() {
        let events = EventJudgeTests.acled("Soldiers killed four villagers in the northern hills on Monday, the report found.")
        #expect(events.contains { $0.subType.isViolent }, "\(events.map(\.subType))")
    }
}
