/// A people's name before a word for an armed band of its men (`Pokot raiders`, `Fulani herdsmen`,
/// `Lendu militiamen`) names no person or organisation, yet the band is a party: the codebook calls
/// it the people's ethnic militia. A weapon (`an IED`, `a mortar`) is what a party used, never one.
extension EventArguments {
    /// Words for a band of armed men that a people's name before them makes its ethnic militia.
    static let militiaNouns: Set<String> = ["raiders", "militia", "militias", "militiamen", "herders", "herdsmen", "bandits",
                                            "youths", "warriors", "gunmen", "fighters", "attackers", "vigilantes"]

    /// Weapons and devices that entity tagging may take for a name (`IED`, `RPG`): never a party.
    static let weaponWords: Set<String> = ["ied", "ieds", "vbied", "vbieds", "svbied", "rpg", "rpgs", "grenade", "grenades",
                                           "mortar", "mortars", "drone", "drones", "uav", "uavs", "katyusha", "katyushas",
                                           "landmine", "landmines", "rocket", "rockets", "missile", "missiles", "bomb", "bombs",
                                           "ak-47", "ak-47s", "kalashnikov", "kalashnikovs"]

    /// Whether the mention's last word is a weapon's (`IED`, `Grad rockets`).
    static func isWeapon(_ x: SentenceMention, _ t: [EventToken]) -> Bool {
        weaponWords.contains(t[x.last].lower)
    }

    /// The ethnic militias the sentence names (`Pokot raiders` → `Pokot Ethnic Militia`), as mentions
    /// of an organisation over the people's name and the band's word.
    static func ethnicMilitias(_ sentence: EventSentence) -> [SentenceMention] {
        let t = sentence.tokens
        var out: [SentenceMention] = []
        // Runs for every event: a capitalised word before, then the band word's last letter, is tested
        // before any hashing of the word.
        for i in t.indices.dropFirst() where t[i - 1].isCapitalised && t[i].isWord && !t[i].isCapitalised
            && mayBeMilitiaNoun(t[i].lower) && militiaNouns.contains(t[i].lower) {
            guard let people = peopleName(t, i - 1) else { continue }
            let name = people + " Ethnic Militia"
            let mention = EntityMention(text: name, start: t[i - 1].start, end: t[i].end, sentence: sentence.index, type: .org,
                                        name: name, key: "org:" + NameKey.fold(name))
            out.append(SentenceMention(mention: mention, first: i - 1, last: i, isLocative: false))
        }
        return out
    }

    /// Every word of `militiaNouns` ends in `s` or is `militia`.
    private static func mayBeMilitiaNoun(_ word: String) -> Bool {
        let last = word.utf8.last
        return last == 0x73 || last == 0x61
    }

    /// The people's name (capitalised as a name) a capitalised token writes, nil for any other word.
    private static func peopleName(_ t: [EventToken], _ i: Int) -> String? {
        guard t[i].isWord, t[i].isCapitalised else { return nil }
        let word = t[i].lower
        guard ActorCountries.shared.mayBePeople(word), ActorCountries.shared.peoples[NameKey.fold(word)] != nil else { return nil }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The sentence's mentions with its ethnic militias in place of the names they overlap, in order.
    static func withEthnicMilitias(_ m: [SentenceMention], _ sentence: EventSentence) -> [SentenceMention] {
        let militias = ethnicMilitias(sentence)
        guard !militias.isEmpty else { return m }
        let kept = m.filter { x in !militias.contains { $0.first <= x.last && x.first <= $0.last } }
        return (kept + militias).sorted { $0.first < $1.first }
    }
}
