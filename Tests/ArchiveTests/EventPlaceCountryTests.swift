import Testing
@testable import Archive

/// A place the text names gets its country and region: a region named after the place, in another
/// spelling or with the Arabic article joined; a town the words around it say is one; a country
/// named inside an organisation's name; Kenya's constituencies and wards; the object of a verb of attack.
@Suite("Event places: country and region of the places named")
struct EventPlaceCountryTests: EventSampling {
    @Test("a region named after the place says its country, not the country named nearest the verb")
    func regionAfterPlace() {
        let event = first("Troops of Armenia fired mortars at a farm near Hamletville, Tovuz, late on Friday.")
        #expect(event?.countryCode == "AZ")
        #expect(event?.admin1Code == "AZ-TOV")
    }

    @Test("a region spelt with its letters doubled or its article joined is the region so spelt")
    func regionSpellings() {
        let gazetteer = EventGazetteer.shared
        // Somalia's Banaadir, not Moldova's Bender, which has the same consonants.
        #expect(gazetteer.regions(looselyNamed: "banadir") == ["SO-BN"])
        // Iraq's Al Anbar, written with its article joined.
        #expect(gazetteer.region(named: "alanbar", in: "IQ", loose: true) == "IQ-AN")
        #expect(gazetteer.region(named: "alanbar", in: "IQ", loose: false) == nil)
        #expect(EventGazetteer.withoutJoinedArticle("alpha") == nil)
        #expect(EventGazetteer.withoutJoinedArticle("elbasan") == "basan")
    }

    @Test("the people of a country and a country named inside an organisation's name give the country")
    func countryOfPeopleAndInstitutions() {
        #expect(EventGazetteer.shared.country(ofDemonym: "Ghanaians") == "GH")
        #expect(first("Hundreds of Ghanaians marched to demand cheaper fuel.")?.countryCode == "GH")
        #expect(first("Nurses of the Ghana Health Service went on strike and marched over unpaid allowances.")?.countryCode == "GH")
    }

    @Test("a feast is not a town")
    func feastIsNoTown() {
        #expect(first("Bandits stormed a farm and shot two herders in a Christmas raid.")?.admin1Code != "US-FL")
    }

    @Test("a town a school is named after places the event, though a smaller namesake lies abroad")
    func townBeforeSchool() {
        let event = first("Meru school pupils rioted and burnt a dormitory over exam rules.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-26")
    }

    @Test("Kenya's constituencies and wards are places with points in their county")
    func kenyanWards() {
        // A constituency of Mombasa county, and an estate of Nairobi whose wards are its parts.
        let constituency = first("Youths threw stones at police during a protest in Kisauni over water cuts.")
        #expect(constituency?.countryCode == "KE")
        #expect(constituency?.admin1Code == "KE-28")
        #expect(km(constituency, -3.98, 39.70) < 10)
        let estate = first("Traders protested in Dandora over new market fees.")
        #expect(estate?.admin1Code == "KE-30")
        #expect(km(estate, -1.26, 36.90) < 15)
    }

    @Test("the object of a verb of attack, named before the region it lies in, is the location")
    func objectOfAttack() {
        let event = first("Government artillery shelled Kafrnabuda in Hama countryside, damaging several homes.")
        #expect(event?.location?.name == "Kafrnabuda")
        #expect(event?.admin1Code == "SY-HM")
        // A party after the verb is no place.
        #expect(first("Police attacked Al Shabaab fighters in Mandera, killing four.")?.location?.name != "Al Shabaab")
    }

    @Test("a village's tag, before its name or capitalised after it, is not part of its name")
    func villageTags() {
        #expect(first("Gunmen shot dead a village councilor in Barangay Maligaya, Sultan Kudarat, on Sunday.")?.location?.name == "Maligaya")
        #expect(first("Raiders attacked Lopuskit Village, Turkana, and drove away two hundred goats.")?.location?.name == "Lopuskit")
    }

    @Test("a force's origin (`raiders from X`) is not where it struck")
    func originIsNotThePlace() {
        let event = first("Raiders from Uganda stole cattle and shot two herders at Loima, Turkana County, on Monday.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-43")
        let unnamed = first("Armed men who came from Somalia attacked a police post in Mandera town at dawn.")
        #expect(unnamed?.countryCode == "KE")
        #expect(unnamed?.location?.name == "Mandera")
    }

    @Test("the people of a place (`residents of X`) place what they did there")
    func inhabitantsOfAPlace() {
        let event = first("Residents of Ol Kalou blocked the highway with stones to demand repairs to their roads.")
        #expect(event?.countryCode == "KE")
        #expect(event?.location?.name == "Ol Kalou")
        #expect(km(event, -0.27, 36.38) < 10)
    }

    @Test("a word that is also a town's name, inside a longer name, is not that town")
    func wordInsideAName() {
        let event = first("Students of Lodwar Technical University College protest fees and block the roads around it.")
        #expect(event != nil)
        #expect(event?.countryCode != "US")
        #expect(event?.location?.name != "University")
    }
}
