import Foundation

/// Finds the people, organisations and places a news text names, and resolves the mentions of
/// one entity to one key. Rule-based and deterministic: capitalised runs with name particles,
/// the words around them, hand-kept word lists and an ISO 3166 gazetteer (see `EntityLexicon`).
public enum EntityExtractor {
    /// Bumped whenever extraction changes, so stored articles can be re-extracted.
    public static let version: Int = 3

    public static func mentions(in text: String) -> [EntityMention] {
        mentions(in: EntityText(text))
    }

    static func mentions(in input: EntityText) -> [EntityMention] {
        let spans = EntitySpans(t: EntityTokenizer.tokens(input), input: input, lex: .shared)
        var resolver = EntityResolver(spans: spans, cands: spans.candidates())
        resolver.link()
        return resolver.mentions()
    }
}
