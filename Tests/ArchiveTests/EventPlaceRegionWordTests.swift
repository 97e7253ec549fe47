import Testing
@testable import Archive

/// `X, Y County during …`: a region named with its word after a comma, and words in small letters
/// after it, still says where `X` lies; the chain used to stop at `X`, whose namesake abroad (a
/// spelling of Iran's Qom, a Ukrainian village) then gave the country.
@Suite("Event place region word after a comma")
struct EventPlaceRegionWordTests: EventSampling {
    let published = "2023-05-02"

    @Test("a county named after a comma before a clause gives the place's country")
    func countyBeforeClause() {
        let kom = events("Two herders were shot dead in Kom, Isiolo County during a fight between rival clans over water.").first
        #expect(kom?.countryCode == "KE")
        #expect(kom?.location?.name == "Kom")
        let manza = events("Raiders attacked a police post at Manza, Mandera County on Friday and torched two vehicles.").first
        #expect(manza?.countryCode == "KE")
    }

    @Test("a group named with a region word is no region (control)")
    func groupNamedState() {
        let kabul = events("A suicide bomber killed six worshippers at a mosque in Kabul, Islamic State said on Friday.").first
        #expect(kabul?.countryCode == "AF")
    }
}
