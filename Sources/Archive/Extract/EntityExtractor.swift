import Foundation

/// Finds the people, organisations and places a news text names, and resolves the mentions of
/// one entity to one key. Deterministic: a statistical tagger learned from CoNLL-2003 news
/// (`EntityTagger`) decides the spans and their types; rules on hand-kept word lists and an
/// ISO 3166 gazetteer (see `EntityLexicon`) trim titles, drop common nouns and resolve places.
public enum EntityExtractor {
    /// Bumped whenever extraction changes, so stored articles can be re-extracted.
    public static let version: Int = 19

    public static func mentions(in text: String) -> [EntityMention] {
        mentions(in: EntityText(text))
    }

    static func mentions(in input: EntityText, tagger: EntityTagger = .shared, off: EntityRuleSet = []) -> [EntityMention] {
        let tokens = EntityTokenizer.tokens(input)
        var spans = EntitySpans(t: tokens, input: input, lex: .shared)
        spans.off = off
        let tags = tagger.tag(tokens, input)
        var resolver = EntityResolver(spans: spans, cands: spans.taggedCandidates(tags))
        resolver.link()
        return resolver.mentions()
    }
}
