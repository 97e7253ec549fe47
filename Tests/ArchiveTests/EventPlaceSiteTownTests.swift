import Testing
@testable import Archive

/// Places as reports write them around a site or a front: a club or a station named for the town it
/// serves, a town named with `city` after a site, a place and what lies around it, and `on` before a
/// front or an area.
@Suite("Event places: sites named for their towns, fronts, surroundings")
struct EventPlaceSiteTownTests: EventSampling {
    @Test("a press club named for its town is coded to the town, when the table has it in the bracket's region")
    func siteNamedForTown() {
        let event = first("On 3 June 2023, jute farmers gathered outside Kalaroa Press Club (Satkhira, Khulna) in protest over low prices.")
        #expect(event?.countryCode == "BD")
        #expect(event?.admin1Code == "BD-D")
        #expect(event?.location?.name == "Kalaroa")
        // A club named for no town stays a site in the place the bracket names.
        let national = first("On 3 June 2023, jute farmers gathered outside the National Press Club (Satkhira, Khulna) in protest over low prices.")
        #expect(national?.location?.name == "Satkhira")
        // Where the site stands, said after it, is the place: not the town it is named for.
        let campus = first("On 9 June 2024, students rallied in protest at Comilla University in Debidwar upazila (Comilla, Chittagong) over a new fee.")
        #expect(campus?.location?.name == "Debidwar")
    }

    @Test("a police station named before its bracket is the place, though no word before it opens one")
    func policeStation() {
        let event = first("On 6 August 2024, a mob attacked and set fire to the Kalaroa police station (Satkhira, Khulna) after a clash.")
        #expect(event?.admin1Code == "BD-D")
        #expect(event?.location?.name == "Kalaroa")
    }

    @Test("`X city` after a site names the town, though no word before it opens a place")
    func cityAfterSite() {
        let event = first("On 5 June 2023, teachers demonstrated outside the main gate of Narail college, Narail city (Narail Sadar, Khulna), seeking higher pay.")
        #expect(event?.admin1Code == "BD-D")
        #expect(event?.location?.name == "Narail")
    }

    @Test("`X and its outskirts in Y` is X, and Y says where it lies")
    func placeAndSurroundings() {
        let event = first("On 4 May 2021, government forces shelled Saraqib and its outskirts in the eastern countryside of Idleb with artillery.")
        #expect(event?.admin1Code == "SY-ID")
        #expect(event?.location?.name == "Saraqib")
        let villages = first("On 4 May 2021, government forces shelled Saraqib and surrounding villages in the eastern countryside of Idleb with artillery.")
        #expect(villages?.location?.name == "Saraqib")
    }

    @Test("`on the X front` opens a place; `on` before a party does not")
    func onTheFront() {
        let event = first("On 4 May 2021, government forces repelled a Houthi attack on the Sirwah front (Sirwah, Marib), killing two fighters.")
        #expect(event?.countryCode == "YE")
        #expect(event?.admin1Code == "YE-MA")
        #expect(event?.location?.name == "Sirwah")
        #expect(PlaceChains.onTags.contains("front"))
        let party = first("On 4 May 2021, Houthi fighters opened fire on Saudi forces in Sirwah, killing two soldiers.")
        #expect(party?.location?.name == "Sirwah")
    }

    @Test("resource files split into lines on their bytes as the decoded text's own split does")
    func resourceLines() {
        let text = "# head\nAD\tAndorra\n\nCI\tCôte d'Ivoire\u{301}\nlast"
        #expect(ResourceLines.of(Array(text.utf8)) == text.split(separator: "\n"))
        let centres = String(decoding: PackageResources.centres_tsv, as: UTF8.self).split(separator: "\n")
        #expect(ResourceLines.of(PackageResources.centres_tsv) == centres)
    }
}
