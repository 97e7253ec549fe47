import Testing
@testable import Archive

/// The region of an event from the levels news writes after a place: a sub-county and the county
/// after it without a comma, a county's name with its own word, a region before the clause goes on,
/// land named for a place, a city's district after a hyphen (not a road to a town of another
/// region), a name that begins with a region's only when its last word says what the place is, and
/// a unit word that says the country. Each rule with a control. Sentences and villages (`Kamurio`, `Zomba village` in Kenya) written for the tests.
@Suite("Event places: the region from the levels written after a place")
struct EventRegionLevelTests: EventSampling {
    @Test("a sub-county and the county written after it without a comma: the county is the region")
    func countyAfterSubCounty() {
        let raid = first("Raiders shot dead two herders at Kamurio in Sigor Sub-county West Pokot County on Sunday.")
        #expect(raid?.countryCode == "KE")
        #expect(raid?.admin1Code == "KE-47")
        // Control: the county named decides between the two sub-counties of the name, not the first of them.
        let other = first("Raiders shot dead two herders at Kamurio in Sigor Sub-county Bomet County on Sunday.")
        #expect(other?.admin1Code == "KE-02")
        // `sub county` written as two words is the same level word.
        let twoWords = first("Raiders shot dead two herders at Kamurio village in Sigor sub county, West Pokot, on Sunday.")
        #expect(twoWords?.admin1Code == "KE-47")
    }

    @Test("a county's name with its own word is the region, over a larger town of the place's name abroad")
    func countyWithItsWord() {
        let clash = first("Herders clashed with police in Tours, Marsabit County, and two people were killed.")
        #expect(clash?.countryCode == "KE")
        #expect(clash?.admin1Code == "KE-25")
        // Control: the French town, with its own department, stays French.
        let french = first("Farmers clashed with police in Tours, Indre-et-Loire, and two people were injured.")
        #expect(french?.countryCode == "FR")
    }

    @Test("a region's name after a comma, before the clause goes on, holds the place")
    func regionBeforeClause() {
        let attack = first("Bandits attacked a police camp at Kamurio, Marsabit during the night, killing two officers.")
        #expect(attack?.admin1Code == "KE-25")
        // Control: a name after the comma that is no region's is no level of the place.
        let said = first("Bandits attacked a police camp at Kamurio, Ahmed Ali said, killing two officers.")
        #expect(said?.admin1Code == nil)
    }

    @Test("land named for a place, before the region it lies in, is that place")
    func landformBeforeRegion() {
        let strike = first("Soldiers killed two fighters near Kamurio hills in Marsabit County on Sunday.")
        #expect(strike?.admin1Code == "KE-25")
        #expect(strike?.location?.name == "Kamurio")
        // Control: the hills alone say no region.
        let alone = first("Soldiers killed two fighters near Kamurio hills on Sunday.")
        #expect(alone?.admin1Code == nil)
    }

    @Test("a city's district written after the city and a hyphen lies in the city's region")
    func cityDistrictAfterHyphen() {
        let protest = first("Hundreds of residents protested in Belgrade-Zemun, Serbia, against new taxes on Monday.")
        #expect(protest?.countryCode == "RS")
        #expect(protest?.admin1Code == "RS-00")
        // Control: a first part that is no city says no region.
        let village = first("Hundreds of residents protested in Dolnja-Zemun, Serbia, against new taxes on Monday.")
        #expect(village?.admin1Code == nil)
    }

    @Test("a road named for a city and a town of another region says neither region")
    func roadBetweenTowns() {
        let block = first("Stranded workers held a protest at Mombasa-Kitui stretch of the highway in Makueni County on Monday.")
        #expect(block?.admin1Code == "KE-23")
        // Control: a part of the city after its hyphen keeps the city's region.
        let district = first("Stranded workers held a protest at Mombasa-Kisauni stretch of the highway on Monday.")
        #expect(district?.admin1Code == "KE-28")
    }

    @Test("a name that begins with a region's is in that region only when its last word says what the place is")
    func regionPrefixWithKindWord() {
        let junction = first("Youths clashed with police at Turkana Junction on Sunday.")
        #expect(junction?.admin1Code == "KE-43")
        // Control: a last word that says no kind of place makes another place of its own.
        let other = first("Youths clashed with police at Turkana Ndogo on Sunday.")
        #expect(other?.admin1Code == nil)
    }

    @Test("a unit word of a country's hierarchy says the country of the village before it")
    func unitWordSaysCountry() {
        let raid = first("Gunmen raided Zomba village in Laisamis sub-county on Sunday, killing two herders.")
        #expect(raid?.countryCode == "KE")
        #expect(raid?.admin1Code == "KE-25")
        // Control: without the unit word the larger town abroad is the place.
        let plain = first("Gunmen raided Zomba village in Laisamis on Sunday, killing two herders.")
        #expect(plain?.countryCode == "MW")
    }
}
