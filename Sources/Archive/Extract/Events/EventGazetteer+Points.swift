/// Where an event is drawn on a map, as ACLED draws it: the point of the most precise place the
/// coding chose, and ACLED's `geo_precision` — 1 the town or village itself; 2 near it, or a part
/// of a region (a district, an area) named without a town; 3 a region's or a country's centre.
extension EventGazetteer {
    /// The event's point and precision from its location, region and country (the resolver has
    /// already told apart places that share a name: a town is looked for in the event's region,
    /// else its country, the most populous first); nil when it has no place.
    func locate(_ event: ExtractedEvent, in text: EntityText) -> (point: GeoPoint, precision: Int)? {
        // A country known only from who acts says nothing of where on its map.
        if event.countryInferred { return nil }
        if let location = event.location, let (found, exact) = town(named: location.name, region: event.admin1Code, country: event.countryCode),
           found.point != nil {
            // The one place of the name in the country lies outside the region the text names
            // (`Kaliganj upazila (Gazipur, Dhaka)` where the table's only Kaliganj is Khulna's):
            // the larger place named beside it, in that region, is nearer.
            if let region = event.admin1Code, found.region != region,
               let container = container(of: location, before: event.end, in: text, region: region)?.point {
                return (container, 2)
            }
            let town = exact ? namesake(of: found, at: location, before: event.end, in: text) : found
            let vague = !exact || town.sizeClass == 0 || Self.isVicinity(of: location, in: text)
            return (town.point ?? found.point!, vague ? 2 : 1)
        }
        // A place the gazetteer does not know: another that the sentence names in the event's
        // region (`Laksam upazila (Comilla, Chittagong)`: Comilla) is nearer than the region's centre.
        if let region = event.admin1Code, event.start < event.end,
           let point = townNamed(in: event.start..<event.end, of: text, region: region, besides: event.location?.name)?.point {
            return (point, 2)
        }
        // The location spelt otherwise than the table spells it (`Atareb`, the table's `Al Atarib`).
        if let region = event.admin1Code, let location = event.location, let point = townSpeltAlike(location.name, in: region)?.point {
            return (point, 2)
        }
        // A place the gazetteer does not know, under a district, county or LGA the text names as
        // its level (`X of D district, P`), or that unit itself (`in D district, P`): nearer than the
        // region's centre. After the towns above, which a unit's key (its consonants) could only blur.
        if let region = event.admin1Code, let location = event.location, let point = unitPoint(of: location, before: event.end, in: text, region: region) {
            return (point, 2)
        }
        // A region without towns in the table (one newer than GeoNames' regions) leaves its country's centre.
        for code in [event.admin1Code, event.countryCode].compactMap({ $0 }) {
            if let point = centre(of: code) { return (point, 3) }
        }
        return nil
    }

    /// How far after a place the text may name the larger place it lies in: `Kaliganj upazila
    /// (Gazipur, Dhaka)`, `Lalpur, Natore district`.
    static let containerReach = 40

    /// Of the places of a name in one region, the one nearest the town the text names right after
    /// it (`Kaliganj upazila (Gazipur, Dhaka)`: the Kaliganj beside Gazipur, not the division's
    /// largest Kaliganj); `town` itself when the region holds no other place of the name or the
    /// text names no town of the region there.
    func namesake(of town: Town, at location: EventParty, before end: Int, in text: EntityText) -> Town {
        let namesakes = townsSpelledLike(NameKey.fold(location.name)).filter { $0.region == town.region && $0.point != nil }
        guard namesakes.count > 1, let anchor = container(of: location, before: end, in: text, region: town.region)?.point else { return town }
        return namesakes.min { $0.point!.kilometres(to: anchor) < $1.point!.kilometres(to: anchor) } ?? town
    }

    /// The town of `region` the text names right after a place (within `containerReach`
    /// characters, before `end`): the larger place it lies in.
    func container(of location: EventParty, before end: Int, in text: EntityText, region: String) -> Town? {
        let after = location.start + location.name.unicodeScalars.count
        guard after < end else { return nil }
        return townNamed(in: after..<min(end, after + Self.containerReach), of: text, region: region, besides: location.name)
    }

    /// The place of this name (any spelling: it is folded) in the region, else the one place so
    /// named in the country (`exact` false: the text's region disagrees); without a region, the
    /// most populous of the country; without a country, the one place clearly meant. `exact` is
    /// also false when only the name's first words are a town's and the rest say a site in it
    /// (`Mosul University`).
    func town(named name: String, region: String?, country: String?) -> (town: Town, exact: Bool)? {
        let words = NameKey.fold(name).split(separator: " ")
        for length in stride(from: words.count, through: 1, by: -1) {
            if length < words.count, !words[length...].contains(where: { Self.siteWords.contains($0) }) { continue }
            let towns = townsSpelledLike(words.prefix(length).joined(separator: " ")).filter { $0.point != nil }
            let inCountry = country.map { code in towns.filter { $0.region.hasPrefix(code + "-") } } ?? towns
            let whole = length == words.count
            if let region {
                if let found = inCountry.first(where: { $0.region == region }) { return (found, whole) }
                // A district or union of the name in another region is a namesake, not the place
                // the text means (a union named like a division's capital); a town may be.
                if Set(inCountry.map(\.region)).count == 1, let found = inCountry.first, found.sizeClass > 0 { return (found, false) }
            } else if country != nil, let found = inCountry.first {
                return (found, whole)
            } else if let found = towns.count == 1 ? towns.first : ArticleEvents.unambiguousTown(towns) {
                // No country known: a name only one place bears, or one place far larger than its namesakes.
                return (found, whole)
            }
        }
        return nil
    }

    /// A place entity's point: a country's or a region's centre, else the most populous town of
    /// its name in its country; nil for a place of no known country (a village's name is shared
    /// by too many) and for a site the gazetteer only knows the town of.
    func point(ofPlace name: String, code: String?, country: String?) -> GeoPoint? {
        if let code { return centre(of: code) }
        guard let country, let (town, whole) = town(named: name, region: nil, country: country), whole else { return nil }
        return town.point
    }

    /// Words before a place that put an event near it rather than in it (`near`, `on the
    /// outskirts of`, `10 km north of`), and after it that make it an area (`X district`).
    private static let vicinityBefore: Set<String> = ["near", "nearby", "outside", "outskirts", "outskirt", "vicinity", "around", "north",
                                                      "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                                      "northern", "southern", "eastern", "western", "km", "kilometres", "kilometers",
                                                      "miles", "between", "surroundings", "environs", "suburbs", "countryside", "close"]
    private static let areaAfter: Set<String> = ["district", "districts", "area", "areas", "countryside", "outskirts", "vicinity",
                                                 "province", "governorate", "region", "county", "subdistrict", "sub-district",
                                                 "suburbs", "surroundings", "environs", "border", "road", "highway"]

    /// Whether the words just before the place (up to six, within its clause: `near the provincial
    /// capital city of X`) or the word just after it say it is only near the event.
    static func isVicinity(of place: EventParty, in text: EntityText) -> Bool {
        let scalars = text.scalars
        guard place.start <= scalars.count else { return false }
        var i = place.start
        for _ in 0..<6 {
            while i > 0, scalars[i - 1] == " " { i -= 1 }
            let end = i
            while i > 0, scalars[i - 1].properties.isAlphabetic || scalars[i - 1] == "-" { i -= 1 }
            guard i < end else { break }
            if vicinityBefore.contains(lowercaseWord(scalars[i..<end])) { return true }
        }
        // The word after the name, where the body spells the name as the place has it.
        let end = place.start + place.name.unicodeScalars.count
        guard end < scalars.count, scalars[place.start..<end].elementsEqual(place.name.unicodeScalars) else { return false }
        var j = end
        while j < scalars.count, scalars[j] == " " { j += 1 }
        let after = j
        while j < scalars.count, scalars[j].properties.isAlphabetic || scalars[j] == "-" { j += 1 }
        return areaAfter.contains(lowercaseWord(scalars[after..<j]))
    }

    /// A word of the text in lowercase, built once from its scalars (ASCII from its bytes).
    private static func lowercaseWord(_ word: ArraySlice<Unicode.Scalar>) -> String {
        if word.allSatisfy(\.isASCII) {
            return String(decoding: word.map { UInt8($0.value) | ($0.value >= 0x41 && $0.value <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word)
        return String(view).lowercased()
    }
}
