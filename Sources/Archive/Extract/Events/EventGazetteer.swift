/// What event coding needs to know of places: the names of countries and first-level regions by
/// ISO code, the region of a city (`admin1.tsv`, written by scripts/make-admin1.py), and the
/// country a demonym names (`Iraqi` → IQ).
struct EventGazetteer: Sendable {
    /// ISO 3166 code → display name (ASCII where the gazetteer has an ASCII spelling).
    private(set) var names: [String: String] = [:]
    /// ISO 3166 code → every spelling the gazetteer has.
    private(set) var variants: [String: [String]] = [:]
    /// Folded name of a country or region → its code, for demonyms and `Baghdad` the city
    /// standing in its own governorate.
    private var codesByName: [String: [String]] = [:]
    /// `country` + folded city name → ISO 3166-2 region.
    private var cityRegions: [String: String] = [:]
    /// Folded city name → the regions of every city so named, in any country.
    private var regionsByCity: [String: [String]] = [:]
    /// `country` + the consonant skeleton of a region's name → its codes: `Idleb` meets `Idlib`.
    private var regionsBySkeleton: [String: [String]] = [:]
    /// Initials of a region named `X and Y` (`JK` for Jammu and Kashmir) → its codes.
    private var regionsByInitials: [String: [String]] = [:]
    /// ISO 3166 code → where an event placed by that country or region alone is drawn (`centres.tsv`).
    private var centres: [String: GeoPoint] = [:]
    /// ISO 3166-2 code → the people of the region's towns (`centres.tsv`): of regions of several
    /// countries that share a name, the one a reader takes it for when nothing else tells.
    private var regionPeople: [String: Int] = [:]

    static let shared = EventGazetteer()

    init() {
        for line in ResourceLines.of(PackageResources.places_tsv) where !line.hasPrefix("#") {
            let fields = ResourceLines.split(line, on: 0x09, omittingEmpty: false)
            guard fields.count >= 3, !fields[0].isEmpty else { continue }
            let code = fields[0]
            let variants = ResourceLines.split(fields[2], on: 0x7C)
            names[code] = variants.first(where: { $0.utf8.allSatisfy { $0 < 0x80 } }) ?? variants[0]
            self.variants[code] = variants
            let folded = variants.map(NameKey.fold)
            for key in folded { codesByName[key, default: []].append(code) }
            if code.utf8.contains(0x2D) {
                for key in Set(folded.map(Self.skeleton)) where !key.isEmpty {
                    regionsBySkeleton[code.prefix(2) + "\t" + key, default: []].append(code)
                    regionsBySkeleton["*\t" + key, default: []].append(code)
                }
                for key in Set(variants.compactMap(Self.initials)) { regionsByInitials[key, default: []].append(code) }
            }
        }
        addRegionNames()
        for line in ResourceLines.of(PackageResources.admin1_tsv) where !line.hasPrefix("#") {
            let fields = ResourceLines.split(line, on: 0x09, omittingEmpty: false)
            guard fields.count == 3 else { continue }
            let city = NameKey.fold(fields[1])
            cityRegions[fields[0] + "\t" + city] = fields[2]
            regionsByCity[city, default: []].append(fields[2])
        }
        for line in ResourceLines.of(PackageResources.centres_tsv) where !line.hasPrefix("#") {
            let fields = ResourceLines.split(line, on: 0x09, omittingEmpty: false)
            guard fields.count >= 3, let latitude = Double(fields[1]), let longitude = Double(fields[2]) else { continue }
            centres[fields[0]] = GeoPoint(latitude: latitude, longitude: longitude)
            if fields.count > 4, let people = Int(fields[4]) { regionPeople[fields[0]] = people }
        }
    }

    /// Names of regions places.tsv lacks (`region-names.tsv`, scripts/make-gazetteer.py): regions
    /// ISO names only with a comma (`Saha, Respublika`: `Yakutia`), English names written with
    /// letters places.tsv's test leaves out (`Šibenik-Knin`, `Khojavend` for Xocavənd). Read here and
    /// not by the entity tagger, whose weights were learned with places.tsv as it is. The third
    /// column, where not empty, is the name events show.
    private mutating func addRegionNames() {
        for line in ResourceLines.of(PackageResources.region_names_tsv) where !line.hasPrefix("#") {
            let fields = ResourceLines.split(line, on: 0x09, omittingEmpty: false)
            guard fields.count >= 4, fields[0].utf8.contains(0x2D) else { continue }
            let code = fields[0]
            let added = ResourceLines.split(fields[3], on: 0x7C)
            guard !added.isEmpty else { continue }
            if !fields[2].isEmpty { names[code] = fields[2] }
            else if names[code] == nil { names[code] = added.first(where: { $0.utf8.allSatisfy { $0 < 0x80 } }) ?? added[0] }
            variants[code, default: []].append(contentsOf: added)
            let folded = added.map(NameKey.fold)
            for key in folded { codesByName[key, default: []].append(code) }
            for key in Set(folded.map(Self.skeleton)) where !key.isEmpty {
                regionsBySkeleton[code.prefix(2) + "\t" + key, default: []].append(code)
                regionsBySkeleton["*\t" + key, default: []].append(code)
            }
        }
    }

    /// The point of a country (its capital) or a region (its largest town), by ISO 3166 code.
    func centre(of code: String) -> GeoPoint? { centres[code] }

    func name(ofCode code: String) -> String? { names[code] }

    /// The people of a region's towns; 0 for a country or a region without towns in the table.
    func people(ofRegion code: String) -> Int { regionPeople[code] ?? 0 }

    /// Of regions that share a name, the one a reader takes when nothing else tells: the one whose
    /// towns hold at least five times the people of each other's (`Maryland`: the US state, 80 times
    /// Liberia's county). Nil when they are closer (`Punjab`, `Ouest`: the text must tell) or one has
    /// no towns in the table to count (a region newer than GeoNames').
    func mostPeopled(_ codes: [String]) -> Int? {
        let people = codes.map(people(ofRegion:))
        guard people.count >= 2, !people.contains(0), let top = people.indices.max(by: { people[$0] < people[$1] }) else { return nil }
        return people.indices.allSatisfy { $0 == top || people[$0] * 5 <= people[top] } ? top : nil
    }

    /// Codes of the countries and regions spelled so (folded).
    func codes(named folded: String) -> [String]? { codesByName[folded] }

    /// Regions, in any country, whose name `X and Y` has these initials (`JK`).
    func regions(initials: String) -> [String] { regionsByInitials[initials] ?? [] }

    /// `Jammu and Kashmir` → `JK`: the capitals of a name of two or more words joined by `and`; nil for
    /// any other name.
    static func initials(_ name: String) -> String? {
        let words = ResourceLines.split(name, on: 0x20)
        guard words.count >= 3, words.contains("and") else { return nil }
        let capitals = words.filter { $0 != "and" }.compactMap(\.first)
        guard capitals.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return nil }
        return String(capitals)
    }

    /// Regions, in any country, spelled so (folded).
    func regions(named folded: String) -> [String] { (codesByName[folded] ?? []).filter { $0.contains("-") } }

    /// Regions of the cities so named (folded), in any country.
    func citiesRegions(named folded: String) -> [String] { regionsByCity[folded] ?? [] }

    /// Regions of the towns, villages and districts so named (folded), most populous first.
    func townsRegions(named folded: String) -> [String] { TownTable.shared.towns(named: folded).map(\.region) }

    /// The towns, villages and districts so named (folded), most populous first.
    func townsFolded(_ folded: String) -> [Town] { TownTable.shared.towns(named: folded) }

    /// Whether a town of 1,000 people or more of this name lies in the region: `Narok`, `Bungoma`,
    /// the towns that share their county's name.
    func hasTown(named name: String, in region: String) -> Bool {
        townsFolded(NameKey.fold(name)).contains { $0.region == region && $0.sizeClass >= 4 }
    }

    /// Whether admin1.tsv lists a city of this name (folded) in the country.
    func isCity(_ folded: String, in country: String) -> Bool { cityRegions[country + "\t" + folded] != nil }

    /// The region of a city, town or district of `country` (folded name); the most populous one.
    func cityRegion(country: String, _ folded: String) -> String? {
        cityRegions[country + "\t" + folded] ?? townsRegions(named: folded).first { $0.hasPrefix(country + "-") }
    }

    /// The region of `country` a name (folded) spells, by its letters or, when `loose`, by its
    /// consonants: a chain's last level is a region spelled its own way (`Idleb`, `Nangrhar`),
    /// or with `al` or `el` joined to it (`Aljfara`), tried without it when it matches nothing.
    func region(named folded: String, in country: String, loose: Bool) -> String? {
        if let code = codesByName[folded]?.first(where: { $0.hasPrefix(country + "-") }) { return code }
        guard loose else { return nil }
        var found = regionsBySkeleton[country + "\t" + Self.skeleton(folded)] ?? []
        var written = folded
        if found.isEmpty, let bare = Self.withoutJoinedArticle(folded) {
            found = regionsBySkeleton[country + "\t" + Self.skeleton(bare)] ?? []
            written = bare
        }
        let distinct = Set(found)
        return distinct.count == 1 ? found.first : closest(distinct, to: written)
    }

    /// Regions of any country whose consonants a name (folded) has; where regions of several
    /// countries do, those whose letters it has but for doubled ones (`Banadir` is Somalia's
    /// Banaadir, not Moldova's Bender).
    func regions(looselyNamed folded: String) -> [String] {
        var found = Array(Set(regionsBySkeleton["*\t" + Self.skeleton(folded)] ?? []))
        // `Aljfara`: the article joined to the name, as `region(named:in:loose:)` reads it; of regions
        // of several countries, those whose own name has the article (`Al Marqab`, not Liberia's Margibi).
        if found.isEmpty, let bare = Self.withoutJoinedArticle(folded) {
            found = Array(Set(regionsBySkeleton["*\t" + Self.skeleton(bare)] ?? []))
            let articled = found.filter(hasArticle)
            if Set(found.map { $0.prefix(2) }).count > 1, !articled.isEmpty { found = articled }
        }
        guard Set(found.map { $0.prefix(2) }).count > 1 else { return found }
        let letters = Self.undoubled(folded)
        let close = found.filter { code in variants[code]?.contains { Self.undoubled(NameKey.fold($0)) == letters } ?? false }
        return close.isEmpty ? found : close
    }

    /// `aljfara` → `jfara`: an Arabic article written joined to the name, which the region's own
    /// spelling writes apart (`Al Jafarah`); nil for a name without one or too short to have one.
    static func withoutJoinedArticle(_ folded: String) -> String? {
        guard folded.utf8.count > 5, folded.hasPrefix("al") || folded.hasPrefix("el"), !folded.contains(" ") else { return nil }
        return String(folded.dropFirst(2))
    }

    /// A folded name without doubled letters.
    static func undoubled(_ folded: String) -> String {
        var out: [UInt8] = []
        for b in folded.utf8 where b != out.last { out.append(b) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Words GeoNames and ISO add around a region's name, which the text often leaves out.
    private static let regionWords: Set<String> = ["governorate", "province", "region", "state", "oblast", "district", "department",
                                                       "county", "prefecture", "municipality", "division", "of", "the", "al", "el"]

    /// The first letter and the consonants of a name without its region words, doubled letters
    /// and a final h: spellings of one transliteration meet (`Uruzgan`/`Urozgan`, `Nangarhar`/`Nangrhar`).
    /// Arabic's qaf is written `q` or, as it is spoken in the Maghreb and the Gulf, `g` (`Marqab`/`Margeb`):
    /// both count as `g`.
    static func skeleton(_ folded: String) -> String {
        var out: [UInt8] = []
        for word in folded.utf8.split(separator: 0x20) where !regionWords.contains(String(decoding: word, as: UTF8.self)) {
            if !out.isEmpty { out.append(0x20) }
            var bytes = Array(word)
            if bytes.count > 3, bytes.last == UInt8(ascii: "h") { bytes.removeLast() }
            for (i, b) in bytes.enumerated() {
                let vowel = b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79  // a e i o u y
                if i > 0, vowel || b == bytes[i - 1] || b == 0x2D { continue }
                out.append(b == UInt8(ascii: "q") ? UInt8(ascii: "g") : b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first-level region a place lies in, or is: by its own code, by the city table, or by a
    /// region of its country spelled like it.
    func region(of place: EventPlace) -> String? {
        if let code = place.code, code.contains("-") { return code }
        guard let country = place.country, place.code == nil else { return nil }
        let folded = NameKey.fold(place.name)
        if let region = cityRegion(country: country, folded) { return region }
        if let region = codesByName[folded]?.first(where: { $0.hasPrefix(country + "-") }) { return region }
        // `Baghdad International Airport`, `Mosul University`: a name that starts with a city's.
        let words = folded.split(separator: " ")
        for length in stride(from: words.count - 1, through: 1, by: -1) where !Self.isDirection(words.prefix(length)) {
            let prefix = words.prefix(length).joined(separator: " ")
            if let region = cityRegion(country: country, prefix) { return region }
            if let region = codesByName[prefix]?.first(where: { $0.hasPrefix(country + "-") }) { return region }
        }
        return nil
    }

    /// Last words that say what a place named after a town or region is, besides `siteWords`.
    static let placeKindWords: Set<Substring> = ["city", "town", "island", "camp", "port", "base", "district", "province", "county",
                                            "village", "centre", "center", "area", "junction", "barracks", "border", "valley"]

    /// For a place of no known country: the one region a name or its first words can mean
    /// (`Baghdad International Airport` → IQ-BG), nil when there are several; else the region of
    /// the most populous town so named.
    func uniqueRegion(named name: String) -> String? {
        let words = NameKey.fold(name).split(separator: " ")
        // `Colonia Agua Blanca`, `Mau Summit`: a name whose first word is a region's or a city's is
        // another place of its own unless its last word says what the place is (`Airport`, `City`,
        // `Island`): then it is a site or a part of that region's town.
        let namesSite = words.last.map { Self.siteWords.contains($0) || Self.placeKindWords.contains($0) } ?? false
        for length in stride(from: words.count, through: 1, by: -1) where length == words.count || namesSite && !Self.isDirection(words.prefix(length)) {
            let prefix = words.prefix(length).joined(separator: " ")
            let regions = Set((regionsByCity[prefix] ?? []) + (codesByName[prefix] ?? []).filter { $0.contains("-") })
            if regions.count == 1 { return regions.first }
            if regions.count > 1 { return nil }
        }
        return townsRegions(named: words.joined(separator: " ")).first
    }

    /// The country named by an adjective of nationality: `Iraqi`, `Syrian`, `Iranian`, `Israeli`,
    /// or by its people (`Kenyans`).
    func country(ofDemonym word: String) -> String? {
        var lower = word.lowercased()
        if let code = ActorCountries.shared.demonyms[lower] { return code }
        // `Kenyans`, `Ukrainians`: the people of a country.
        if lower.utf8.count > 6, lower.hasSuffix("ns") { lower.removeLast() }
        for suffix in ["i", "n", "an", "ian", "ese", "ish"] where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            let stem = String(lower.dropLast(suffix.count))
            if let code = codesByName[stem]?.first(where: { $0.count == 2 }) { return code }
        }
        // `Ukrainians`, `Afghans`: the people named by an adjective the table holds.
        return ActorCountries.shared.demonyms[lower] ?? (lower.hasSuffix("s") ? ActorCountries.shared.demonyms[String(lower.dropLast())] : nil)
    }
}

/// A place an event is located at, from an entity mention.
struct EventPlace: Sendable, Equatable {
    let name: String
    let key: String
    /// ISO 3166 code (`IQ`, `IQ-DQ`), nil for cities and other places.
    let code: String?
    let country: String?
    /// Unicode scalar offset of the mention in the body.
    let start: Int

    var isCountry: Bool { code?.count == 2 }
    var isRegion: Bool { code?.contains("-") == true }
}
