import Testing
@testable import Archive

/// A place's hierarchy as reports write it: initials joined by `&` (`J&K`), the place's kind in small
/// letters before the bracket of its hierarchy, places listed under one plural tag, a bracket that
/// keeps a small place the location, and the coder's own word on the place used.
@Suite("Event places: brackets, lists, initials and the coder's word")
struct EventPlaceHierarchyTests: EventSampling {
    @Test("initials joined by & name the region called `X and Y`, not a region of another country with those code letters")
    func initials() {
        #expect(EventGazetteer.abbreviation("J&K") == "JK")
        #expect(EventGazetteer.initials("Jammu and Kashmir") == "JK")
        #expect(EventGazetteer.initials("Federation of Bosnia and Herzegovina") == nil)
        #expect(EventGazetteer.shared.regions(initials: "JK") == ["IN-JK"])
        let event = first("Troops of Pakistan and India traded fire near Dravpur sector area (Kelwan district, J&K) on Monday.")
        #expect(event?.countryCode == "IN")
        #expect(event?.admin1Code == "IN-JK")
        #expect(event?.location?.name == "Dravpur")
    }

    @Test("a place's kind in small letters before a bracket of places: the bracket goes on with the place")
    func kindBeforeBracket() {
        let event = first("Houthi fighters shelled positions in the Hamdan front (Qatabah, Ad Dali).")
        #expect(event?.countryCode == "YE")
        #expect(event?.admin1Code == "YE-DA")
        #expect(event?.location?.name == "Hamdan")
    }

    @Test("places listed under one plural tag lie side by side in the place after the tag")
    func siblings() {
        let event = first("Rioters torched three minibuses in Motijheel, Paltan and Malibagh areas (Dhaka city) on Sunday.")
        #expect(event?.countryCode == "BD")
        #expect(event?.admin1Code == "BD-C")
        #expect(event?.location?.name == "Dhaka")
        // Names joined by `and` without a plural tag stay a chain as before.
        let pair = first("Rioters torched three minibuses in Motijheel and their drivers fled on Sunday.")
        #expect(pair?.location?.name == "Motijheel")
    }

    @Test("a small place followed by its hierarchy in a bracket stays the location")
    func bracketKeepsPlace() {
        let event = first("Commuters staged a protest at Kotbari railway station (Comilla Sadar, Chittagong) over a late train.")
        #expect(event?.countryCode == "BD")
        #expect(event?.location?.name == "Kotbari")
    }

    @Test("the coder's `coordinates for X used` and `coded to X` name the location, when X lies in the event's country")
    func codersWord() {
        let coordinates = first("Herders clashed over a water point near Ilkiloriti (Samburu, coordinates for Maralal used).")
        #expect(coordinates?.countryCode == "KE")
        #expect(coordinates?.location?.name == "Maralal")
        let coded = first("Traders protested in Ngara (coded to Nairobi - Starehe).")
        #expect(coded?.location?.name == "Nairobi")
        // A place abroad is not taken, nor a note that something is coded as another event.
        let abroad = first("Herders clashed over a water point near Ilkiloriti (Samburu, coordinates for Lima used).")
        #expect(abroad?.countryCode == "KE")
        #expect(abroad?.location?.name != "Lima")
        let separate = first("Police and herders clashed near Ilkiloriti (Samburu) on Monday; two were killed (coded as a separate event).")
        #expect(separate?.location?.name == "Ilkiloriti")
    }
}
