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

    /// `Matalam, Cotabato`, `X, Polomolok, South Cotabato`: where no level is spelt as a region, the
    /// region of the country in which places of two levels lie (Matalam and the province of Cotabato;
    /// the city of Cotabato lies in another), rather than the region of the largest place the broadest
    /// level names, or of a province listed under an older region; nil when no two levels meet in one
    /// region, or they meet in several.
    func agreedRegion(_ folded: [String], _ isCountry: [Bool], in country: String) -> String? {
        guard folded.count > 1, let broadest = folded.indices.last(where: { !isCountry[$0] }) else { return nil }
        // A name written twice (`X (X)`) is one level: it agrees with nothing.
        var names: [String] = []
        for (i, name) in folded.enumerated() where !isCountry[i] && i != broadest && name != folded[broadest] && !names.contains(name) {
            names.append(name)
        }
        guard !names.isEmpty else { return nil }
        let prefix = country + "-"
        let broad = Set(townsFolded(folded[broadest]).lazy.map(\.region).filter { $0.hasPrefix(prefix) })
        // Two levels whose broadest names places of one region at most agree on nothing it does not say itself.
        guard broad.count > 1 || names.count > 1 else { return nil }
        var seen = Dictionary(uniqueKeysWithValues: broad.map { ($0, 1) })
        for name in names {
            for region in Set(townsFolded(name).lazy.map(\.region).filter({ $0.hasPrefix(prefix) })) { seen[region, default: 0] += 1 }
        }
        let shared = seen.filter { $0.value > 1 }.map(\.key)
        return shared.count == 1 ? shared[0] : nil
    }
}
