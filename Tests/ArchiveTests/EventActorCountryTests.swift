import Testing
@testable import Archive

/// When a report names no place, who acts can still say the country: a party, a national force, an
/// institution or a local unit of one country only (`Resources/actor-countries.txt`). Such a
/// country is inferred: no region, no location, no point, a lower confidence; a place named in
/// the text always wins.
@Suite("Event places: the country of who acts, when no place is named")
struct EventActorCountryTests: EventSampling {
    @Test("a party, a national force or a local unit of one country gives its country, and nothing more")
    func countryOfParties() {
        let clash = first("Supporters of ODM and rival youths clashed with stones after a rally, injuring six people.")
        #expect(clash?.countryCode == "KE")
        #expect(clash?.admin1Code == nil)
        #expect(clash?.location == nil)
        #expect(clash?.point == nil)
        #expect(clash?.countryInferred == true)
        #expect(first("RAB members shot dead two suspected robbers in a gunfight early on Tuesday.")?.countryCode == "BD")
        #expect(first("Villagers stormed the upazila office and set fire to its furniture over a land dispute.")?.countryCode == "BD")
        #expect(first("Houthis fired a missile at a military camp, killing four soldiers.")?.countryCode == "YE")
    }

    @Test("the confidence of an inferred country is lowered")
    func inferredConfidence() {
        let text = "Supporters of ODM and rival youths clashed with stones after a rally, injuring six people."
        let inferred = first(text)
        let placed = first(text.replacingOccurrences(of: "after a rally", with: "after a rally in Kisumu"))
        #expect(placed?.countryCode == "KE")
        #expect(placed?.countryInferred == false)
        if let inferred, let placed { #expect(inferred.confidence < placed.confidence) }
    }

    @Test("a place named in the text wins over who acts")
    func placeWins() {
        let event = first("Awami League activists clashed with police in Kolkata, injuring ten people.")
        #expect(event?.countryCode == "IN")
        #expect(event?.countryInferred == false)
    }

    @Test("a name several countries share decides only with another cue; cues of two countries decide nothing")
    func sharedNames() {
        // Al-Shabaab fights in Somalia and in Kenya; with Kenya's police unit named, it is Kenya;
        // Kenya's army fights in Somalia too, so it decides nothing.
        #expect(first("Al-Shabaab fighters ambushed a patrol, killing three soldiers.")?.countryCode == nil)
        #expect(first("Al-Shabaab fighters ambushed a GSU patrol, killing three soldiers.")?.countryCode == "KE")
        #expect(first("Al-Shabaab fighters ambushed a KDF patrol, killing three soldiers.")?.countryCode == nil)
        #expect(first("BNP and PTI supporters clashed with sticks, leaving ten injured.")?.countryCode == nil)
        #expect(ActorCountries.decide([["SO", "KE"], ["KE", "ZA"]]) == "KE")
        #expect(ActorCountries.decide([["KE"], ["SO", "SY"]]) == nil)
    }

    @Test("another sentence of the text may tell who acted")
    func cueElsewhere() {
        let event = first("Gunmen stormed a police post at night and killed two officers. The attack was blamed on the Mungiki sect.")
        #expect(event?.countryCode == "KE")
    }

    @Test("letters in capitals match only as written, and words that only look alike do not match")
    func exactLetters() {
        let cues = ActorCountries.shared
        let sentence = EventText.sentences("The rab and the Odm met.")[0]
        #expect(cues.cues(in: sentence).isEmpty)
        #expect(cues.cues(in: EventText.sentences("The MCAs' and the BNP's men met.")[0]).count == 2)
    }

    @Test("adjectives of nationality the suffix rule cannot form")
    func irregularDemonyms() {
        let gazetteer = EventGazetteer.shared
        #expect(gazetteer.country(ofDemonym: "Afghan") == "AF")
        #expect(gazetteer.country(ofDemonym: "Afghans") == "AF")
        #expect(gazetteer.country(ofDemonym: "Lebanese") == "LB")
        #expect(gazetteer.country(ofDemonym: "Ukrainians") == "UA")
        #expect(first("Gunmen fired on an Afghan army checkpoint at dawn, wounding two soldiers.")?.countryCode == "AF")
    }

    @Test("a short report whose places all lie in one region gives that region to an event placed only by country")
    func regionOfTheReport() {
        let event = first("Raiders torched several houses and killed a herder. Police reinforcements were later sent to Trans Nzoia county.")
        #expect(event?.countryCode == "KE")
        #expect(event?.admin1Code == "KE-42")
        // Places in two regions leave the region open.
        let two = first("Raiders torched several houses and killed a herder. Police were sent from Kisumu and Nakuru.")
        #expect(two?.countryCode == "KE")
        #expect(two?.admin1Code == nil)
    }

    @Test("a people of one country names it; a people on both sides of a border decides only with another cue")
    func countryOfPeoples() {
        let raid = first("Armed Orma herders raided a camp at dawn, killing two men and driving away their goats.")
        #expect(raid?.countryCode == "KE")
        #expect(raid?.countryInferred == true)
        #expect(raid?.location == nil)
        #expect(first("Youths from the Lendu and another community fought with machetes overnight, leaving five dead.")?.countryCode == "CD")
        // The Pokot live in Kenya and Uganda; with a Kenyan police unit named the event is Kenyan.
        #expect(first("Pokot raiders ambushed herders at a watering point, killing three of them.")?.countryCode == nil)
        #expect(first("Pokot raiders ambushed a GSU patrol at a watering point, killing three officers.")?.countryCode == "KE")
        // Peoples of two countries decide nothing.
        #expect(first("Kikuyu and Rohingya traders fought with sticks at a market, injuring four men.")?.countryCode == nil)
    }
}
