import Testing
@testable import Archive

/// A place's levels read together: the broadest level says where the others lie, places of two levels
/// that lie in one region say the region, and a town that opens a sentence is the setting of what
/// follows when the sentence ends on a community or a neighbourhood with namesakes elsewhere.
@Suite("Event places: the levels of a chain agree")
struct EventPlaceLevelsAgreeTests: EventSampling {
    @Test("the broadest level's region of one country outweighs a namesake abroad of a level before it")
    func broadestLevel() {
        // `Mambasa` is also a spelling of Kenya's Mombasa; Ituri is a province of DR Congo only.
        let event = first("On 3 June 2021, militiamen attacked a convoy near Ngandu (Mambasa, Ituri), killing two soldiers.")
        #expect(event?.countryCode == "CD")
        #expect(event?.admin1Code == "CD-IT")
        // A region named by a direction names regions of many countries: the town before it decides.
        let west = first("On 3 June 2021, traders blocked the main road in Bafoussam town (Mifi, Ouest) over new market fees.")
        #expect(west?.countryCode == "CM")
        #expect(west?.location?.name == "Bafoussam")
        #expect(EventGazetteer.isDirectionName("nord-ouest"))
        #expect(!EventGazetteer.isDirectionName("ituri"))
    }

    @Test("two levels whose places lie in one region say the country, though a namesake abroad is larger")
    func levelsAgreeOnCountry() {
        // Spain's Zaragoza is larger; the Philippines' lies in the region of the province named after it.
        let event = first("On 3 June 2021, police shot dead a robbery suspect in Barangay Matalino, Zaragoza, Nueva Ecija.")
        #expect(event?.countryCode == "PH")
        #expect(event?.admin1Code == "PH-03")
    }

    @Test("with no region spelt, the region where two levels' places meet, not the largest namesake's")
    func levelsAgreeOnRegion() {
        // The city of Cotabato lies in another region than the province of Cotabato, which holds Kabacan.
        let event = first("On 3 June 2021, gunmen shot dead a village councillor in Barangay Malamote, Kabacan, Cotabato.")
        #expect(event?.countryCode == "PH")
        #expect(event?.admin1Code == "PH-12")
        let one = EventGazetteer.shared.agreedRegion(["kabacan", "cotabato"], [false, false], in: "PH")
        #expect(one == "PH-12")
        // Two lower levels outvote a province the table lists under another region.
        #expect(EventGazetteer.shared.agreedRegion(["koronadal", "polomolok", "south cotabato"], [false, false, false], in: "PH") == "PH-12")
        // A name written twice is one level: it agrees with nothing.
        #expect(EventGazetteer.shared.agreedRegion(["cotabato", "cotabato"], [false, false], in: "PH") == nil)
    }

    @Test("three capitals that are no code of the country are the initials of a region named `X Y and Z`")
    func initialsOfRegion() {
        // Kahuta and Haveli are also places of Punjab; AJK is Azad Jammu and Kashmir, PK-JK.
        let event = first("On 2 June 2021, Indian forces fired mortars at Kahuta village (Haveli district, AJK), wounding a woman in Pakistan.")
        #expect(event?.countryCode == "PK")
        #expect(event?.admin1Code == "PK-JK")
    }

    @Test("a community named after the setting's town leaves the next sentence to the town")
    func settingTown() {
        // The tagger reads the town after `in` as a person's name and the state follows a comma, so no
        // locative mention names the town; the chain `in X, Y` does.
        let event = first("On 3 June 2022, in Sao Goncalo, RJ, civil police officers searched homes in the Boa Vista community. Officers and traffickers exchanged gunfire and one man was killed.")
        #expect(event?.admin1Code == "BR-RJ")
        #expect(event?.location?.name == "Sao Goncalo")
        let neighbourhood = first("On 3 June 2022, in Sao Goncalo, RJ, state police entered the Morro Azul community in the Alcantara neighborhood on a patrol. Officers and traffickers exchanged gunfire and one man was killed.")
        #expect(neighbourhood?.admin1Code == "BR-RJ")
        #expect(neighbourhood?.location?.name == "Sao Goncalo")
    }
}
