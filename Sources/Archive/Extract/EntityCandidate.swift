/// A run of tokens that may name something, with the type the evidence around it points to.
struct EntityCandidate {
    var lo: Int
    var hi: Int
    var type: EntityType?
    /// 3: a word list or the name's own head word says so; 2: the words around it; 1: a guess.
    var strength: Int
    var words: [String]
    var place: EntityLexicon.Place?
    /// Canonical name from the built-in list of organisations.
    var known: String?
    var acronym: Bool
    /// Spelled out before an acronym in brackets: the name the text itself treats as full.
    var defined = false
    /// Where the mention starts when it begins with an adjective the name leaves out of its
    /// key (`Iraqi` in `Iraqi Popular Mobilization Units`).
    var from: Int?
    /// The type comes only from the name's own words (a given name first, a head noun inside, a
    /// place's name first), which the tagger reads as features too: its type stands over this one.
    var guess = false

    /// Words compared when deciding two mentions are one entity.
    var norm: String {
        if type == .org { return words.map(EntityKey.stem).joined(separator: " ") }
        return words.joined(separator: " ")
    }

    /// Words without the Arabic article: `al-Ameri` and `Ameri` are one surname.
    var bare: [String] {
        // Most names hold no `al`: their words as they are, no new array (the length first: an
        // unequal string compare is a call).
        guard words.contains(where: { $0.utf8.count == 2 && $0 == "al" }) else { return words }
        return words.filter { $0 != "al" }
    }
}
