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

    /// Sites that are places of their own, which ACLED codes by their name when a bracket gives where
    /// they lie (`X railway station (Y, Z)`); an office or a court is coded to its town.
    static let placeSites: Set<String> = ["station", "market", "bazar", "bazaar", "camp", "bridge", "crossing", "chowk", "square",
                                          "intersection"]

    static let siteWords: Set<Substring> = ["club", "university", "college", "hospital", "school", "market", "bazar", "bazaar", "mosque",
                                            "church", "temple", "office", "station", "hall", "bridge", "road", "highway", "square", "street",
                                            "prison", "court", "mall", "hotel", "building", "park", "stadium", "airport", "complex", "house",
                                            "headquarters", "chowk", "crossing", "intersection", "avenue", "plaza", "palace", "ministry",
                                            "museum", "monument", "memorial", "minar"]

    /// The country of a chain that names none, by how many of its levels can lie in it: a region
    /// or city of that country counts two, a town one, and a town lying in a region another level
    /// names counts three more (`Hinche, Centre`: Haiti's Centre holds Hinche, Burkina Faso's does
    /// not). The text's country wins ties and a small margin; then the largest town so named, then
    /// a region far more peopled than its namesakes abroad (`Maryland` alone is the US state).
    /// `contextIsOwn`: the text's country came from the chain's own names; it counts only when a
    /// region the chain spells is in it or the chain spells none (`in the Hollywood area of
    /// Nairobi`: Kenya's region, not the country the gazetteer gave Hollywood).
    private func country(of folded: [String], loose: [Bool], abbreviations: [String?], initialled: Set<String>, tags: [String?],
                         context: String?, contextIsOwn: Bool) -> String? {
        var score: [String: Int] = [:]
        // `J&K`: the initials of a region named `X and Y` name it as its own name does, and a code's
        // letters do not (Pakistan's `Azad Jammu and Kashmir` is PK-JK too).
        for country in Set(initialled.map { String($0.prefix(2)) }) { score[country, default: 0] += 3 }
        var largest: [String: Int] = [:]
        // Of countries whose places are alike in size, the one whose named region holds far more people.
        var favoured: [String: Int] = [:]
        var named: [Set<String>] = []
        // Regions each level names as a region, not the regions of the cities it names.
        var namedRegions: [Set<String>] = []
        var broadestIsSpelled = false
        for (i, name) in folded.enumerated() {
            var asRegion = spelledRegions(name)
            if i == folded.count - 1 { broadestIsSpelled = !asRegion.isEmpty }
            if asRegion.isEmpty, loose[i] { asRegion = regions(looselyNamedBesidesTowns: name) }
            namedRegions.append(Set(asRegion))
            // Of regions of several countries so named, one far more peopled than the others.
            if asRegion.count >= 2, let top = mostPeopled(asRegion) { favoured[String(asRegion[top].prefix(2)), default: 0] += 1 }
            // `Ghaziabad district, Kunar`: a level the text calls a district or a province is no
            // city, though a city elsewhere bears its name; its towns still count below.
            let codes = asRegion + (tags[i].map(Self.areaTags.contains) == true ? [] : citiesRegions(named: name))
            named.append(Set(codes))
            for country in Set(codes.map { String($0.prefix(2)) }) { score[country, default: 0] += 2 }
        }
        // `X (Mambasa, Ituri)`: the broadest level, written last, says where the others lie; a region of one
        // country spelt as it is there outweighs a namesake an earlier level has abroad (Mambasa is also a
        // spelling of Kenya's Mombasa). Not a region matched by its consonants only, nor one named by a
        // direction (`Ouest`, `Nord`), which names regions of many countries under names the table may lack.
        if folded.count > 1, broadestIsSpelled, let last = namedRegions.last, !Self.isDirectionName(folded[folded.count - 1]),
           let country = last.first.map({ String($0.prefix(2)) }), last.allSatisfy({ $0.hasPrefix(country + "-") }) {
            score[country, default: 0] += 2
        }
        var context = context
        if contextIsOwn, let own = context {
            let spelled = Set(namedRegions.joined().map { $0.prefix(2) })
            if !spelled.isEmpty, !spelled.contains(Substring(own)) { context = nil }
        }
        // `Springfield, IL`, `Madurai (Madurai, TN)`: a region written as its ISO code's letters.
        let abbreviated = Set(abbreviations.compactMap { $0 })
        let towns = folded.indices.map { abbreviations[$0] == nil ? townsFolded(folded[$0]) : [] }
        // `X, Zaragoza, Nueva Ecija`: levels whose towns lie in one region agree as a town and its named
        // region do, though neither is spelt as a region (a district, a province below the first level):
        // Spain's Zaragoza is larger, but the Philippines' lies in the region of the province named after it.
        // Only where no level names a region, whose towns agree with it as it is.
        let townRegions = folded.count > 1 && namedRegions.allSatisfy(\.isEmpty) ? towns.map { Set($0.lazy.map(\.region)) } : []
        for (i, name) in folded.enumerated() where abbreviations[i] == nil {
            var seen: Set<String> = [], agreeing: Set<String> = [], holding: Set<String> = []
            // `X village in Y sub-county`: a later level the text calls by a unit word of the countries
            // whose hierarchy has it says where the place it follows lies, though a larger namesake of
            // that place lies abroad.
            let holders = i > 0 && named[i].isEmpty ? tags[i].flatMap { Self.unitWordCountries[$0] } : nil
            // A name many towns bear is looked up once per level, not once per town.
            let otherRegions = namedRegions.indices.reduce(into: Set<String>()) { if $1 != i { $0.formUnion(namedRegions[$1]) } }
            // `X (X)` names one place twice: its towns agree with themselves everywhere.
            let otherTowns = townRegions.indices.filter { $0 != i && folded[$0] != name }
            for town in towns[i] {
                let country = String(town.region.prefix(2))
                // Ties go to the country of the largest place so named, a region's name or not
                // (`X (Tripoli)`: Libya's capital and region, not Lebanon's Tripoli).
                largest[country] = max(largest[country] ?? 0, Int(town.sizeClass))
                if named[i].isEmpty, seen.insert(country).inserted { score[country, default: 0] += 1 }
                if holders?.contains(country) == true, holding.insert(country).inserted { score[country, default: 0] += 1 }
                // A town that lies in the region another level names: the levels agree.
                let inNamedRegion = otherRegions.contains(town.region) || initialled.contains(town.region)
                    || otherTowns.contains { townRegions[$0].contains(town.region) }
                    || initialled.isEmpty && !abbreviated.isEmpty && abbreviated.contains(String(town.region.dropFirst(3)))
                if inNamedRegion, agreeing.insert(country).inserted { score[country, default: 0] += 3 }
            }
        }
        guard !score.isEmpty else { return nil }
        if let context, let own = score[context] {
            return score.values.contains { $0 > own + 1 } ? best(score, largest, favoured) : context
        }
        guard context == nil || score.values.contains(where: { $0 >= 3 }) else { return countryOfNamedRegions(folded.dropFirst()) }
        return best(score, largest, favoured)
    }

    /// Unit words of a few countries' hierarchies only, and those countries: `Y sub-county` is Kenya's
    /// or Uganda's, `Y upazila` Bangladesh's, `Y raion` a former Soviet republic's.
    static let unitWordCountries: [String: Set<String>] = [
        "sub-county": ["KE", "UG"], "subcounty": ["KE", "UG"], "upazila": ["BD"], "raion": ["UA", "RU", "BY", "MD"],
        "oblast": ["UA", "RU", "BY", "KZ", "KG"],
    ]

    /// Tags that make a level an administrative area, not a city.
    static let areaTags: Set<String> = ["district", "districts", "province", "provinces", "governorate", "region", "county", "sub-county",
                                        "subcounty", "state", "division", "oblast", "raion", "department", "prefecture", "territory",
                                        "upazila", "subdistrict", "sub-district", "constituency", "parish"]

    /// `near Hamletville, Tovuz` in a sentence that names another country first (`troops of X
    /// fired at …`): a region spelt out after the place, of one country only, says the place's
    /// country better than the country named nearest the verb (one matched by its consonants
    /// only does not: `Labour` is not Saint Lucia's Laborie).
    private func countryOfNamedRegions(_ names: ArraySlice<String>) -> String? {
        let countries = Set(names.flatMap { spelledRegions($0) }.map { $0.prefix(2) })
        return countries.count == 1 ? countries.first.map(String.init) : nil
    }

    /// Whether a name (folded) is a region's in which a place another level names lies.
    private func isRegionOfTown(_ name: String, besides i: Int, _ folded: [String]) -> Bool {
        let regions = Set(regions(named: name))
        guard !regions.isEmpty else { return false }
        return folded.indices.contains { j in j != i && townsFolded(folded[j]).contains { regions.contains($0.region) } }
    }

    /// Regions named by their own letters (folded), or by them less a direction (`Kisii South`).
    private func spelledRegions(_ name: String) -> [String] {
        let asRegion = regions(named: name)
        guard asRegion.isEmpty else { return asRegion }
        if let bare = Self.withoutRegionWord(name) {
            let named = regions(named: bare)
            if !named.isEmpty { return named }
        }
        guard let plain = Self.withoutCompass(name) else { return asRegion }
        return regions(named: plain)
    }

    /// `isiolo county` → `isiolo`: a name less the word after it that says it is a region (the
    /// chain keeps a capitalised one in the name); nil for a name without one.
    static func withoutRegionWord(_ folded: String) -> String? {
        // Asked of every level of every chain: the last word's bytes are compared before any string is made.
        let u = folded.utf8
        guard let space = u.lastIndex(of: 0x20) else { return nil }
        let last = u[u.index(after: space)...]
        guard regionWordBytes.contains(where: { $0.elementsEqual(last) }) else { return nil }
        return String(folded[..<space])
    }

    private static let regionWordBytes: [[UInt8]] = PlaceChains.regionTags.sorted().map { Array($0.utf8) }

    /// A region written as the letters of its ISO 3166-2 code: two or three capitals (`TN`, `KPK`),
    /// or two joined by `&` as the initials of a region named `X and Y` (`J&K`), the code's letters.
    static func abbreviation(_ name: String) -> String? {
        var letters = name.unicodeScalars
        if letters.count == 3, letters[letters.index(after: letters.startIndex)] == "&" { letters.removeAll { $0 == "&" } }
        guard (2...3).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase && $0.isASCII }) else { return nil }
        return String(letters)
    }

    static let compass: Set<Substring> = ["north", "south", "east", "west", "central", "upper", "lower", "northern", "southern",
                                                  "eastern", "western"]

    /// `Baringo South`, `North Rift`, `Mwea East`: a region's or district's part, named by its
    /// direction; nil when the name has no such word or is nothing else.
    static func withoutCompass(_ folded: String) -> String? {
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" })
        let kept = words.filter { !compass.contains($0) }
        guard kept.count < words.count, !kept.isEmpty else { return nil }
        return kept.joined(separator: " ")
    }

    /// The highest score; among equals the country with the largest town so named, then the one
    /// whose named region holds far more people (`mostPeopled`), then by code.
    private func best(_ score: [String: Int], _ largest: [String: Int], _ favoured: [String: Int]) -> String? {
        score.max { a, b in
            (a.value, largest[a.key] ?? 0, favoured[a.key] ?? 0, b.key) < (b.value, largest[b.key] ?? 0, favoured[b.key] ?? 0, a.key)
        }?.key
    }

    /// Resolves a chain, broadest level first; `context` is the country the rest of the text points to.
    func resolve(_ chain: PlaceChain, context: String?, contextIsOwn: Bool = false) -> ResolvedPlace {
        var out = ResolvedPlace()
        var chain = chain
        chain.levels = chain.levels.map(withoutTownWord)
        let folded = chain.levels.map { NameKey.fold($0.name) }
        // The last level may be a region spelled its own way (`Idleb`, `Nangrhar`), matched by its
        // consonants; never an abbreviation (`TN`, `HP`), whose consonants match anything.
        let loose = chain.levels.indices.map { i in
            i == folded.count - 1 && i > 0 && folded[i].count >= 4 && chain.levels[i].name.contains { $0.isLowercase }
        }
        var isCountry = Array(repeating: false, count: folded.count)
        for (i, name) in folded.enumerated() {
            if let code = codes(named: name)?.first(where: { $0.count == 2 }) {
                // `Kagara (Rafi LGA, Niger)`, `Athens, Georgia`: a country's name that is also a
                // region of another, where a town another level names lies, is that region.
                if folded.count > 1, isRegionOfTown(name, besides: i, folded) { continue }
                isCountry[i] = true
                if out.country == nil { out.country = code }
            }
        }
        // A region or a city of the named country, or of the country the text points to; else of
        // the one country a name can mean.
        let abbreviations = chain.levels.map { Self.abbreviation($0.name) }
        let initialled = chain.levels.indices.map { i in
            abbreviations[i] != nil && chain.levels[i].name.contains("&") ? regions(initials: abbreviations[i]!) : []
        }
        if out.country == nil {
            out.country = country(of: folded, loose: loose, abbreviations: abbreviations, initialled: Set(initialled.joined()),
                                  tags: chain.levels.map(\.tag), context: context, contextIsOwn: contextIsOwn)
        }
        guard let country = out.country ?? context else { return out }
        var isRegion = Array(repeating: false, count: folded.count)
        for i in folded.indices.reversed() where !isCountry[i] {
            let name = folded[i]
            // `(Haveli district, AJK)`: three capitals that are no code of the country may be the initials
            // of a region named `X Y and Z` (Azad Jammu and Kashmir), as `J&K` is with its `&`.
            let abbreviated = initialled[i].isEmpty
                ? abbreviations[i].flatMap { letters in
                    let code = country + "-" + letters
                    if self.name(ofCode: code) != nil { return code }
                    return letters.count == 3 ? regions(initials: letters).first { $0.hasPrefix(country + "-") } : nil
                }
                : initialled[i].first { $0.hasPrefix(country + "-") }
            let spelled = abbreviated == nil ? region(named: name, in: country, loose: loose[i]) : nil
            // `Dhi Qar Governorate` in the middle of a chain: the region, shown by its own name.
            let worded = abbreviated == nil && spelled == nil
                ? Self.withoutRegionWord(name).flatMap { self.region(named: $0, in: country, loose: false) } : nil
            if let region = abbreviated ?? spelled ?? worded ?? Self.withoutCompass(name).flatMap({ self.region(named: $0, in: country, loose: false) }) {
                isRegion[i] = true
                // A region written as its code's letters, or as a part of it, is shown by its own name.
                if out.admin1 == nil { (out.admin1, out.admin1Written) = (region, spelled == nil ? nil : chain.levels[i].name) }
            }
        }
        if out.admin1 == nil { out.admin1 = agreedRegion(folded, isCountry, in: country) }
        if out.admin1 == nil {
            // Indices, not `enumerated().reversed()`, which copies the levels into an array first.
            for i in folded.indices.reversed() where !isCountry[i] {
                if let region = cityRegion(country: country, folded[i]) { out.admin1 = region; break }
            }
        }
        if out.admin1 == nil {
            for i in chain.levels.indices.reversed() where !isCountry[i] {
                if let region = regionOfCityPart(chain.levels[i].name, in: country) { out.admin1 = region; break }
            }
        }
        if out.admin1 == nil {
            for (i, name) in folded.enumerated().reversed() where !isCountry[i] {
                if let region = regionOfLandmark(name, in: country) { out.admin1 = region; break }
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
            // `Farmgate area, Dhaka city`: the city, though a region bears its name too and a village
            // the area's.
            let nextIsSettlement = i + 1 < chain.levels.count && Self.settlementTags.contains(chain.levels[i + 1].tag ?? "")
            // `X sector area (Y district, Z)`, `X railway station (Y, Z)`: a place followed by its hierarchy in a
            // bracket is the place itself, however small; the bracket says where it lies. Not an area of a
            // city the bracket names (`X area (Dhaka city)`): ACLED codes the city.
            let placedByBracket = i + 1 < chain.levels.count && chain.levels[i + 1].inBracket && !nextIsSettlement
            // `A, B and C areas (X)`: places listed side by side are coded to the place that holds them.
            if let tag = level.tag, PlaceChains.pluralTags.contains(tag), i + 1 < chain.levels.count, !isCountry[i + 1] { continue }
            if !placedByBracket, let tag = level.tag, Self.subLocalTags.contains(tag) || inDistrict, i + 1 < chain.levels.count,
               !isRegion[i + 1] || nextIsSettlement, !isCountry[i + 1], nextIsSettlement || cityRegion(country: country, folded[i]) == nil {
                continue
            }
            // `National Press Club, Dhaka`, `Kamalpur railway station, Dhaka`: a building or a road is a site in the place that follows.
            // A port named as one (`Port of X`, `Y Land Port`) is a site in the place that follows; `X land port`,
            // the port a town gives its name, is the town's.
            if i + 1 < chain.levels.count, let lastWord = folded[i].split(separator: " ").last,
               Self.siteWords.contains(lastWord) || lastWord == "port"
                || Self.siteWords.contains(Substring(level.tag ?? "")) && !(placedByBracket && Self.placeSites.contains(level.tag ?? "")) {
                // `X Press Club (Y, Z)`: a site named for the town it serves, which the table puts in the region
                // the bracket names, is coded to that town. Not `X University in Y upazila`: where the site
                // stands is said after it, and a university bears its city's name wherever it stands.
                if chain.levels[i + 1].inBracket, let region = out.admin1, let town = Self.townOfSite(level, folded[i], in: region, self) {
                    out.location = town
                    break
                }
                continue
            }
            // `Malakerbari in Gazipur city`, `PD3 of Kunduz city`: a part of a city, or a site in it, that the
            // town table does not know is coded to the city the chain names after it; a place the text
            // itself calls a town or a district keeps the location.
            if level.tag.map({ $0 == "village" || !Self.settlementTags.contains($0) && !Self.areaTags.contains($0) }) ?? true,
               chain.levels[(i + 1)...].contains(where: { $0.tag == "city" || $0.tag == "town" }), !isTown(folded[i], in: country) {
                continue
            }
            out.location = Self.headquartersTown(level)
            break
        }
        return out
    }

    /// `Belgrade-Stari Grad` → Belgrade's region: a name whose part before its first hyphen is a city
    /// of admin1.tsv (a large one) in the country, and the whole no place the table knows. Not a road
    /// between two towns (`Ruritown-Westburg highway`): a part after the hyphen that is a town of the
    /// country only in other regions says the name joins two places, not a city and its district.
    func regionOfCityPart(_ name: String, in country: String) -> String? {
        // The bytes, not the characters: most names have no hyphen, and a search by characters breaks graphemes.
        guard let hyphen = name.utf8.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let city = NameKey.fold(String(name[..<hyphen]))
        guard !city.isEmpty, isCity(city, in: country), let region = cityRegion(country: country, city) else { return nil }
        // The other part's capitalised words, less a word in small letters after them (`road`, `stretch`).
        let rest = name[name.index(after: hyphen)...].split(separator: " ").prefix { $0.first?.isUppercase == true }
        guard !rest.isEmpty else { return region }
        let towns = townsSpelledLike(NameKey.fold(rest.joined(separator: " "))).filter { $0.region.hasPrefix(country + "-") }
        return towns.isEmpty || towns.contains(where: { $0.region == region }) ? region : nil
    }

    /// `Lake Baringo`, `Mount Marsabit` → the region so named: a lake or a mountain named for a region of the
    /// country, which the table holds as no place of its own, lies in that region (or on its border).
    func regionOfLandmark(_ folded: String, in country: String) -> String? {
        // Asked of every level no region was found for: its first byte, then the word's bytes, before any string is made.
        guard Self.mayNameLandmark(folded) else { return nil }
        let u = folded.utf8
        guard let space = u.firstIndex(of: 0x20), Self.landmarkBytes.contains(where: { $0.elementsEqual(u[..<space]) }) else { return nil }
        return region(named: String(folded[u.index(after: space)...]), in: country, loose: false)
    }

    /// Whether a name begins as a landmark's may (`L`, `M`, either case).
    static func mayNameLandmark(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        return first | 0x20 == UInt8(ascii: "l") || first | 0x20 == UInt8(ascii: "m")
    }

    private static let landmarkBytes: [[UInt8]] = ["lake", "mount", "mt"].map { Array($0.utf8) }

    /// The town a site's name begins with (`Kalaroa Press Club` → Kalaroa), when the words after it
    /// say a site and the table has the town in `region`; the longest such town.
    static func townOfSite(_ level: PlaceChain.Level, _ folded: String, in region: String, _ gazetteer: EventGazetteer) -> PlaceChain.Level? {
        let words = folded.split(separator: " "), written = level.name.split(separator: " ")
        guard words.count == written.count, words.count > 1 else { return nil }
        for length in stride(from: words.count - 1, through: 1, by: -1) where words[length...].contains(where: siteWords.contains) {
            guard gazetteer.townsSpelledLike(words.prefix(length).joined(separator: " ")).contains(where: { $0.region == region }) else { continue }
            let name = written.prefix(length).joined(separator: " ")
            return PlaceChain.Level(name: name, tag: "town", start: level.start, end: level.start + name.unicodeScalars.count)
        }
        return nil
    }

    /// Whether the town table holds a place of this name (folded, any spelling) in the country.
    func isTown(_ folded: String, in country: String) -> Bool {
        townsSpelledLike(folded).contains { $0.region.hasPrefix(country + "-") }
    }

    /// `Embu Town` → `Embu`: a town named with the word `Town`, as ACLED names it, where the table knows
    /// the town without the word, and with it at most as another name of that town (`Cape Town` is a
    /// place of its own and stays). `City` stays: ACLED writes `Quezon City`, `Gaza City`.
    func withoutTownWord(_ level: PlaceChain.Level) -> PlaceChain.Level {
        guard let space = level.name.lastIndex(of: " ") else { return level }
        let word = level.name[level.name.index(after: space)...]
        guard word == "Town" || word == "town" else { return level }
        let plain = String(level.name[..<space])
        guard let town = townsFolded(NameKey.fold(plain)).first, town.sizeClass > 0 else { return level }
        if let whole = townsFolded(NameKey.fold(level.name)).first, whole.region != town.region || whole.sizeClass != town.sizeClass {
            return level
        }
        return PlaceChain.Level(name: plain, tag: level.tag ?? "town", start: level.start,
                                end: level.start + plain.unicodeScalars.count, inBracket: level.inBracket)
    }

    /// A district's headquarters upazila (`Jhenaidah Sadar`, `Comilla Adarsha Sadar`) as ACLED codes
    /// it: the town it is named after; any other level as it is.
    static func headquartersTown(_ level: PlaceChain.Level) -> PlaceChain.Level {
        var words = level.name.split(separator: " ")
        guard words.count > 1, words.last?.lowercased() == "sadar" else { return level }
        words.removeLast()
        if words.count > 1, words.last?.lowercased() == "adarsha" { words.removeLast() }
        let name = words.joined(separator: " ")
        return PlaceChain.Level(name: name, tag: level.tag, start: level.start, end: level.start + name.unicodeScalars.count)
    }
}
