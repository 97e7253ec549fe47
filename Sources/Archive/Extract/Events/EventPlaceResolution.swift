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

    /// The country of a chain that names none, by how many of its levels can lie in it: a region
    /// or city of that country counts two, a town one, and a town lying in a region another level
    /// names counts three more (`Hinche, Centre`: Haiti's Centre holds Hinche, Burkina Faso's does
    /// not). The text's country wins ties and a small margin; then the largest place so named.
    private func country(of folded: [String], loose: [Bool], context: String?) -> String? {
        var score: [String: Int] = [:]
        var largest: [String: Int] = [:]
        var named: [Set<String>] = []
        for (i, name) in folded.enumerated() {
            var codes = regions(named: name) + citiesRegions(named: name)
            if codes.isEmpty, loose[i] { codes = regions(looselyNamed: name) }
            named.append(Set(codes))
            for country in Set(codes.map { String($0.prefix(2)) }) { score[country, default: 0] += 2 }
        }
        let namedRegions = named.reduce(into: Set<String>()) { $0.formUnion($1.filter { $0.contains("-") }) }
        for (i, name) in folded.enumerated() where named[i].isEmpty {
            var seen: Set<String> = []
            for town in townsFolded(name) {
                let country = String(town.region.prefix(2))
                largest[country] = max(largest[country] ?? 0, Int(town.sizeClass))
                guard seen.insert(country).inserted else { continue }
                score[country, default: 0] += 1 + (namedRegions.contains(town.region) ? 3 : 0)
            }
        }
        guard !score.isEmpty else { return nil }
        if let context, let own = score[context] {
            return score.values.contains { $0 > own + 1 } ? best(score, largest) : context
        }
        guard context == nil || score.values.contains(where: { $0 >= 3 }) else { return nil }
        return best(score, largest)
    }

    /// The highest score; among equals the country with the largest town so named, then by code.
    private func best(_ score: [String: Int], _ largest: [String: Int]) -> String? {
        score.max { a, b in
            (a.value, largest[a.key] ?? 0, b.key) < (b.value, largest[b.key] ?? 0, a.key)
        }?.key
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
