import Testing
@testable import Archive

/// Regions under the names English news writes where places.tsv has none of them (region-names.tsv,
/// read by event coding only), and the sentence that tells where the last event happened read by its
/// place chains.
@Suite("Event places: regions' English names, and where a later sentence says it happened")
struct EventPlaceRegionExtraNamesTests: EventSampling {
    @Test("a region ISO names only with a comma is found by its English name")
    func regionNamedWithComma() {
        let gazetteer = EventGazetteer.shared
        // iso-codes writes `Saha, Respublika`, which places.tsv leaves out as it leaves out `Korea, Republic of`.
        #expect(gazetteer.region(named: "yakutia", in: "RU", loose: false) == "RU-SA")
        #expect(gazetteer.region(named: "north ossetia", in: "RU", loose: false) == "RU-SE")
        let event = first("On 5 June 2021, several hundred miners protested over unpaid wages in Mirny, Yakutia.")
        #expect(event?.countryCode == "RU")
        #expect(event?.admin1Code == "RU-SA")
    }

    @Test("a region shows the English name news writes where places.tsv has only the local form")
    func englishDisplayName() {
        let gazetteer = EventGazetteer.shared
        // Azerbaijani `x` and `c` are the `kh` and `j` English writes.
        #expect(gazetteer.name(ofCode: "AZ-XVD") == "Khojavend")
        #expect(gazetteer.region(named: "khojavend", in: "AZ", loose: false) == "AZ-XVD")
        // Croatian counties are named by adjectives; English names them by their towns.
        #expect(gazetteer.name(ofCode: "HR-15") == "Sibenik-Knin")
        // An English name that translates rather than spells keeps the local display name.
        #expect(gazetteer.name(ofCode: "MX-NLE") == "Nuevo Leon")
    }

    @Test("the sentence that says where the last event happened gives its region by its place chain")
    func placeOfLaterSentence() {
        // The first sentence names no place; Mbale is also a town of Vihiga, and the county says which.
        let event = first("On 4 June 2021, a land dispute left one man dead and several houses burnt. The clash occurred in Mbale village, Kakamega County.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-11")
        // An event its own sentence placed in a region keeps it.
        let placed = first("On 4 June 2021, gunmen killed two herders in Isiolo County. The attack occurred near Mbale village, Kakamega County.")
        #expect(placed?.admin1Code == "KE-09")
    }
}
