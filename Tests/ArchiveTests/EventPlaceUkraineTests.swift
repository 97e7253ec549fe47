import Testing
@testable import Archive

/// Ukraine's villages (KATOTTG, at their hromada's centre) are placed in their oblast, and an
/// everyday word opening a sentence is not the town of that name abroad.
@Suite("Event places: Ukraine's villages, words that open a sentence")
struct EventPlaceUkraineTests: EventSampling {
    @Test("a village too small for GeoNames' towns is drawn at its hromada, not at the oblast's capital")
    func villageAtItsHromada() {
        // Lomakyne, a village north-east of Mariupol, is in no table of towns of 500 people.
        let event = first("On 3 March 2021, mortar rounds hit houses in Lomakyne, Donetsk oblast, wounding a woman.")
        #expect(event?.countryCode == "UA")
        #expect(event?.admin1Code == "UA-14")
        #expect(event?.location?.name == "Lomakyne")
        #expect(km(event, 47.10, 37.55) < 30)
        #expect(event?.geoPrecision == 2)
    }

    @Test("an everyday word opening a sentence is not a town of that name abroad")
    func openingWordIsNoTown() {
        let man = first("Man shot dead by robbers outside his shop on Sunday night.")
        #expect(man != nil)
        #expect(man?.countryCode == nil)
        #expect(man?.point == nil)
        let sale = first("Sale of a community's grazing land sparks a riot; police fire tear gas at the crowd.")
        #expect(sale != nil)
        #expect(sale?.countryCode == nil)
        // A place named later in the sentence still places it.
        let inTown = first("Man shot dead by robbers outside his shop in Kisumu on Sunday night.")
        #expect(inTown?.countryCode == "KE")
        #expect(inTown?.location?.name == "Kisumu")
    }

    @Test("the word is a town where the words after it say so")
    func openingWordWithPlaceWord() {
        let t = EventText.sentences(EntityText("Man residents protest. Man shot dead.")).map(\.tokens)
        #expect(!EventArguments.isOpeningWord(t[0], 0))
        #expect(EventArguments.isOpeningWord(t[1], 0))
    }
}
