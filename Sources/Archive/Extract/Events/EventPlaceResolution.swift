/// Where a place chain puts an event, as ACLED codes it: the country, the first-level region and
/// the most precise place that is neither.
struct ResolvedPlace: Sendable {
    var country: String?
    var admin1: String?
    /// How the text spelled the region, when it named it.
    var admin1Written: String?
    var location: PlaceChain.Level?
    var isEmpty: Bool { country == nil && admin1 == nil }
}

extension EventGazetteer {
    /// Tags of places ACLED codes as a location even when a region is named alike (`Farah city`).
    static let settlementTags: Set<String> = ["city", "town", "village", "municipality", "township", "centre", "center", "hamlet", "settlement"]
    /// Tags of places too small to be a location of their own when a larger one follows: ACLED codes
    /// a neighbourhood or an area inside a district to the district.
    static let subLocalTags: Set<String> = ["area", "areas", "neighbourhood", "neighborhood", "neighbourhoods", "ward", "sector", "outskirts",
                                            "vicinity", "suburb", "camp", "countryside"]

    static let siteWords: Set<Substring> = ["club", "university", "college", "hospital", "school", "market", "bazar", "bazaar", "mosque",
                                            "church", "temple", "office", "station", "hall", "bridge", "road", "highway", "square", "street",
                                            "prison", "court", "mall", "hotel", "building", "park", "stadium", "airport", "complex", "house",
                                            "headquarters", "chowk", "crossing", "intersection", "avenue", "plaza", "palace", "ministry"]

    /// The country of a chain that names none: a name only one country has (`Multan` in `Multan,
    /// Punjab`), else the text's country where a name may lie in it, else the country of the most
    /// populous town so named. Towns are many and share names, so they decide last.
    private func country(of folded: [String], loose: [Bool], context: String?) -> String? {
        var candidates: [Set<String>] = []
        for (i, name) in folded.enumerated().reversed() {
            var codes = regions(named: name) + citiesRegions(named: name)
            if codes.isEmpty, loose[i] { codes = regions(looselyNamed: name) }
            let countries = Set(codes.map { String($0.prefix(2)) })
            if countries.count == 1 { return countries.first }
            candidates.append(countries)
        }
        if let context, candidates.contains(where: { $0.contains(context) }) { return context }
        let towns = folded.reversed().map { townsRegions(named: $0) }
        if let context, towns.contains(where: { $0.contains { $0.hasPrefix(context + "-") } }) { return context }
        guard context == nil else { return nil }
        // `Tripoli`: of the countries a name may mean, the one with the largest place so named.
        if let named = candidates.first(where: { !$0.isEmpty }) {
            let largest = zip(folded.reversed(), candidates).first { !$0.1.isEmpty }.flatMap { pair in
                townsRegions(named: pair.0).lazy.map { String($0.prefix(2)) }.first { named.contains($0) }
            }
            return largest ?? named.sorted().first
        }
        return towns.first { !$0.isEmpty }?.first.map { String($0.prefix(2)) }
    }

    /// Resolves a chain, broadest level first; `context` is the country the rest of the text points to.
    func resolve(_ chain: PlaceChain, context: String?) -> ResolvedPlace {
        var out = ResolvedPlace()
        let folded = chain.levels.map { NameKey.fold($0.name) }
        // The last level may be a region spelled its own way (`Idleb`, `Nangrhar`), matched by its
        // consonants; never an abbreviation (`TN`, `HP`), whose consonants match anything.
        let loose = chain.levels.indices.map { i in
            i == folded.count - 1 && i > 0 && folded[i].count >= 4 && chain.levels[i].name.contains { $0.isLowercase }
        }
        var isCountry = Array(repeating: false, count: folded.count)
        for (i, name) in folded.enumerated() {
            if let code = codes(named: name)?.first(where: { $0.count == 2 }) {
                isCountry[i] = true
                if out.country == nil { out.country = code }
            }
        }
        // A region or a city of the named country, or of the country the text points to; else of
        // the one country a name can mean.
        if out.country == nil { out.country = country(of: folded, loose: loose, context: context) }
        guard let country = out.country ?? context else { return out }
        var isRegion = Array(repeating: false, count: folded.count)
        for (i, name) in folded.enumerated().reversed() where !isCountry[i] {
            if let region = region(named: name, in: country, loose: loose[i]) {
                isRegion[i] = true
                if out.admin1 == nil { (out.admin1, out.admin1Written) = (region, chain.levels[i].name) }
            }
        }
        if out.admin1 == nil {
            for (i, name) in folded.enumerated().reversed() where !isCountry[i] {
                if let region = cityRegion(country: country, name) { out.admin1 = region; break }
            }
        }
        if out.admin1 != nil || isCountry.contains(true) { out.country = country }
        // The most precise level that is a place of its own, not a region, nor an area in a larger place.
        for (i, level) in chain.levels.enumerated() where !isCountry[i] {
            let settlement = level.tag.map(Self.settlementTags.contains) ?? false
            if isRegion[i], !settlement, cityRegion(country: country, folded[i]) == nil { continue }
            // A village or union of a named district is coded to the district unless it is a known town.
            let next = i + 1 < chain.levels.count ? chain.levels[i + 1].tag : nil
            let inDistrict = ["village", "union"].contains(level.tag ?? "") && ["district", "upazila", "subdistrict", "sub-district"].contains(next ?? "")
            if let tag = level.tag, Self.subLocalTags.contains(tag) || inDistrict, i + 1 < chain.levels.count, !isRegion[i + 1], !isCountry[i + 1],
               cityRegion(country: country, folded[i]) == nil {
                continue
            }
            // `National Press Club, Dhaka`, `Kamalpur railway station, Dhaka`: a building or a road is a site in the place that follows.
            if i + 1 < chain.levels.count, let lastWord = folded[i].split(separator: " ").last,
               Self.siteWords.contains(lastWord) || Self.siteWords.contains(Substring(level.tag ?? "")) { continue }
            out.location = level
            break
        }
        return out
    }
}
