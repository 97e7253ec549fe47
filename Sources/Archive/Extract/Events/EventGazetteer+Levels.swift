/// How the levels of a place chain bear on one another: places of two levels that lie in one region,
/// and a broadest level that names a region by a direction only.
extension EventGazetteer {
    /// Directions in the languages regions are named in (`Nord-Ouest`, `Centro Sur`, `Extreme-Nord`).
    static let directionWords: Set<Substring> = ["nord", "sud", "est", "ouest", "centre", "center", "central", "norte", "sur", "este", "oeste",
                                                 "centro", "nordeste", "noroeste", "sudeste", "sudoeste", "north", "south", "east", "west",
                                                 "extreme", "northern", "southern", "eastern", "western", "upper", "lower", "middle"]

    /// Whether a name (folded) is only directions.
    static func isDirectionName(_ folded: String) -> Bool {
        folded.split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy(directionWords.contains)
    }

    /// `Matalam, Cotabato`: where no level is spelt as a region, the region of the country in which
    /// places of two levels lie (Matalam and the province of Cotabato), rather than the region of the
    /// largest place the broadest level names (the city of Cotabato lies in another); nil when no two
    /// levels meet in one region, or they meet in several.
    func agreedRegion(_ folded: [String], _ isCountry: [Bool], in country: String) -> String? {
        // A name written twice (`X (X)`) is one level.
        let names = Set(folded.indices.filter { !isCountry[$0] }.map { folded[$0] })
        guard names.count > 1 else { return nil }
        var seen: [String: Int] = [:]
        for name in names {
            for region in Set(townsFolded(name).lazy.map(\.region).filter({ $0.hasPrefix(country + "-") })) { seen[region, default: 0] += 1 }
        }
        let shared = seen.filter { $0.value > 1 }.map(\.key)
        return shared.count == 1 ? shared[0] : nil
    }
}
