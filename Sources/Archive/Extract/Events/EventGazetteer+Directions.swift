/// Names that begin with a word of direction, and regions matched by their consonants alone:
/// where a place's own name must win over a region another reading of it finds.
extension EventGazetteer {
    /// Whether the words are only words of direction (`south`, `north east`): the start of a
    /// longer name (`South Horr`, `North Karachuonyo`), never the region of that name alone.
    static func isDirection(_ words: ArraySlice<Substring>) -> Bool {
        !words.isEmpty && words.allSatisfy { compass.contains($0) }
    }

    /// The regions whose consonants a name (folded) has, less those of countries other than the
    /// ones where the town table holds a place of exactly that name: `Gatanga`, a constituency of
    /// Kenya, is not South Africa's Gauteng because their consonants meet. A name no town bears
    /// keeps every such region (`Nangrhar`).
    func regions(looselyNamedBesidesTowns folded: String) -> [String] {
        let found = regions(looselyNamed: folded)
        guard !found.isEmpty else { return found }
        let countries = Set(townsFolded(folded).map { $0.region.prefix(2) })
        return countries.isEmpty ? found : found.filter { countries.contains($0.prefix(2)) }
    }
}
