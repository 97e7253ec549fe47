/// The kind of thing a mention names, in the three classes news search needs.
public enum EntityType: String, Sendable, CaseIterable {
    case person, org, place
}

/// One mention: where it is in the text given, and the entity it resolves to.
public struct EntityMention: Sendable, Equatable {
    /// The text as written.
    public let text: String
    /// Unicode scalar offset into the input text; `end` is exclusive.
    public let start: Int
    public let end: Int
    /// 0-based sentence index.
    public let sentence: Int
    public let type: EntityType
    /// Canonical display name chosen for the entity (diacritics folded).
    public let name: String
    /// Resolution key: same key ⇒ same entity, across articles too (`org:popular mobilization units`, `place:IQ-DQ`).
    public let key: String
    /// ISO 3166 code for places in the gazetteer (`IQ`, `IQ-DQ`).
    public let code: String?
    /// ISO 3166-1 alpha-2 of a place's country.
    public let country: String?

    public init(text: String, start: Int, end: Int, sentence: Int, type: EntityType, name: String, key: String,
                code: String? = nil, country: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.type = type
        self.name = name
        self.key = key
        self.code = code
        self.country = country
    }
}
