import Testing
@testable import Archive

/// Where an event's place is drawn when the text names it among others: namesakes told apart by
/// the larger place named beside them, an aside skipped in a place list, and the town look-up that
/// folds each capitalised word once; wards, upazilas and districts at their own point or seat.
@Suite("Event place points")
struct EventPlacePointTests: EventSampling {
    let published = "2022-03-01"

    @Test("two towns of one name in one region: the one beside the larger place named after it, else the larger")
    func namesakes() {
        // Uttar Pradesh has a Nawabganj near Barabanki (the larger) and one near Bareilly.
        let beside = events("A mob beat a shopkeeper to death in Nawabganj (Bareilly, Uttar Pradesh) on Friday night.")
        #expect(beside.first?.admin1Code == "IN-UP")
        #expect(km(beside.first?.point, 28.54, 79.63) < 10)
        let alone = events("A mob beat a shopkeeper to death in Nawabganj, Uttar Pradesh on Friday night.")
        #expect(km(alone.first?.point, 26.93, 81.20) < 10)
    }

    @Test("an upazila that shares a larger town's name in another division is drawn at its own point")
    func containerOfAnotherRegion() {
        // Kaliganj of Gazipur district, Dhaka, not the larger Kaliganj of Khulna division: drawn at
        // the upazila's own point (the town table holds Bangladesh's upazilas), near Gazipur.
        let found = events("Two rival groups of villagers clashed with sticks and knives at Kaliganj upazila (Gazipur, Dhaka) on Sunday morning, injuring five.")
        #expect(found.first?.admin1Code == "BD-C")
        #expect(km(found.first?.point, 23.96, 90.56) < 5)
        #expect(found.first?.geoPrecision == 2)
    }

    @Test("an aside in brackets that names no place does not end the place list")
    func asideInPlaceList() {
        // A union the gazetteer does not know: it stays the location, in the region the list names.
        let found = events("Two rival groups of villagers clashed with sticks and knives in Dhalbaripara union (as locals call it) (Natore, Rajshahi) on Sunday, injuring five.")
        #expect(found.first?.admin1Code == "BD-E")
        #expect(found.first?.location?.name == "Dhalbaripara")
        #expect(km(found.first?.point, 24.42, 88.98) < 15)
    }

    @Test("a village is drawn at its own point, a region named alone at its centre")
    func villageAndRegion() {
        // Hilora, a village of 750 people in Dahuk governorate.
        let village = events("Gunmen killed two farmers in the village of Hilora, Dahuk governorate, on Monday.")
        #expect(village.first?.geoPrecision == 1)
        #expect(km(village.first?.point, 37.00, 43.85) < 3)
        // Ninawa, a governorate no town is named after (its capital is Mosul).
        let region = events("Gunmen killed two farmers in Ninawa governorate on Monday.")
        #expect(region.first?.admin1Code == "IQ-NI" && region.first?.geoPrecision == 3)
        #expect(region.first?.location == nil && region.first?.point == EventGazetteer.shared.centre(of: "IQ-NI"))
    }

    @Test("capitalised runs fold each word as names are folded; spellings are tried in order")
    func runsAndSpellings() {
        let text = Array("Clashes in Al-Hillah, near Sha’ab Bridge and O'Neill Street; then Ārāh 3 Men".unicodeScalars)
        let runs = EventGazetteer.capitalisedRuns(text[...])
        #expect(runs == [["clashes"], ["al hillah"], ["shaab", "bridge"], ["oneill", "street"], ["arah"], ["men"]])
        for run in runs {
            for word in run { #expect(!word.isEmpty) }
        }
        #expect(EventGazetteer.spellings(of: "hilla") == ["al hilla", "al hillah", "hillah"])
        #expect(EventGazetteer.spellings(of: "ramadi") == ["al ramadi", "ar ramadi", "al ramadih", "ar ramadih", "ramadih"])
        #expect(EventGazetteer.spellings(of: "ar ramadi") == ["ramadi", "ramadih", "ar ramadih"])
        #expect(EventGazetteer.spellings(of: "jhenaidah sadar").first == "jhenaidah")
        #expect(EventGazetteer.shared.townsSpelledLike("hilla").first?.region == "IQ-BB")
        #expect(EventGazetteer.shared.townsSpelledLike("zzqx").isEmpty)
    }

    // The places below lie where a list's own point is far from the place: a Kenyan ward at its
    // constituency's point, an upazila at its outline's centre, a district at its centroid. The
    // table (scripts/make-admin1.py) draws each at its own point or seat, as ACLED does.

    @Test("a Kenyan ward is drawn at its own outline, not at its constituency's point")
    func wardAtOwnCentroid() {
        // Mutomo, a ward of Kitui county whose constituency's point lies some 55 km south-east.
        let ward = TownTable.shared.towns(named: "mutomo").first
        #expect(ward?.region == "KE-18" && ward?.sizeClass == 0)
        #expect(km(ward?.point, -1.85, 38.21) < 15)
        let event = first("Herders armed with bows and arrows attacked a farmer in Mutomo, Kitui county, on Sunday evening, wounding him badly.")
        #expect(event?.admin1Code == "KE-18")
        #expect(km(event, -1.85, 38.21) < 15)
        #expect(km(event, -2.25, 38.46) > 40)
    }

    @Test("an upazila is drawn at its seat, not at the centre of its outline")
    func upazilaAtSeat() {
        // Dewanganj upazila (Jamalpur, Mymensingh): its town lies some 14 km south of the
        // outline's centre, which the source of the upazilas gives.
        let event = first("Supporters of two union council candidates clashed with sticks in Dewanganj upazila (Jamalpur, Mymensingh) on Saturday, injuring twelve.")
        #expect(event?.admin1Code == "BD-H")
        #expect(event?.geoPrecision == 2)
        #expect(km(event, 25.14, 89.77) < 8)
        #expect(km(event, 25.27, 89.77) > 8)
    }

    @Test("a district is drawn at the town of its name, found under the town's other names")
    func districtSeatByOtherName() {
        // Ed Damazine, a district of Blue Nile state whose seat, the town of Ad-Damazin, GeoNames
        // names otherwise; the district's centroid lies some 35 km north of the town.
        let event = first("Gunmen attacked an army checkpoint in Ed Damazine, Blue Nile, on Monday night, killing two soldiers.")
        #expect(event?.admin1Code == "SD-NB")
        #expect(km(event, 11.79, 34.36) < 5)
    }
}
