/// Picks the article's elements out of a page's body and renders them as text blocks.
enum ContentExtractor {
    /// The article's blocks below `body`, which is pruned (unless `pruned` says it already is)
    /// and cleaned in place. `headline`: the page's own headline (`HeadlineDate.heading`), whose
    /// `<article>` is the story when the page holds several.
    static func blocks(in body: HTMLElement, pruned: Bool = false, headline: HTMLElement? = nil) -> [TextBlock] {
        var removed: [HTMLElement] = []
        return blocks(in: body, pruned: pruned, headline: headline, removed: &removed)
    }

    /// `blocks`, adding the elements pruning removed to `removed` (unmeasured).
    static func blocks(in body: HTMLElement, pruned: Bool, headline: HTMLElement?, removed: inout [HTMLElement]) -> [TextBlock] {
        // Found before pruning, which drops the `<header>` the headline often sits in.
        let choice = headline.flatMap { StoryChoice(headline: $0, body: body) }
        if !pruned { removed += Boilerplate.prune(body) }
        let elements = TextMeasure.measure(body)
        var scorer = ContentScorer()
        guard var top = scorer.topCandidate(in: body, elements: elements) else { return [] }
        if let choice, choice.isOtherStory(top) {
            var inner = ContentScorer()
            top = inner.topCandidate(in: choice.story, elements: [choice.story] + choice.story.descendants()) ?? choice.story
            scorer = inner
        }
        let content = withSiblings(top, scorer: scorer, body: body).filter { element in
            // Another story beside the titled one is no continuation of it, whatever its class.
            element === top || !(choice?.isOtherStory(element) ?? false)
        }
        var renderer = BlockRenderer()
        for element in content { ContentCleaner.clean(element, scorer: scorer) }
        renderer.render(content)
        return renderer.blocks
    }

    /// The top candidate and those of its siblings that continue the article: well-scored
    /// blocks and plain paragraphs of prose (Readability's sibling rule).
    private static func withSiblings(_ top: HTMLElement, scorer: ContentScorer, body: HTMLElement) -> [HTMLElement] {
        guard let parent = top.parent, let topScore = scorer.score(of: top) else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = top["class"] ?? ""
        var content: [HTMLElement] = []
        for sibling in parent.elements {
            if sibling === top { content.append(sibling); continue }
            if Boilerplate.matchesPattern(sibling) { continue }
            let bonus = !topClass.isEmpty && sibling["class"] == topClass ? topScore * 0.2 : 0
            if let score = scorer.score(of: sibling), score + bonus >= threshold {
                content.append(sibling)
                continue
            }
            guard sibling.name == "p" || (sibling.name == "div" && !sibling.stats.hasBreaker) else { continue }
            let length = sibling.stats.length, density = sibling.stats.linkDensity
            if length > 80 && density < 0.25 {
                content.append(sibling)
            } else if length > 0 && length <= 80 && density == 0 {
                let text = sibling.text
                if text.hasSuffix(".") || text.contains(". ") { content.append(sibling) }
            }
        }
        return content
    }
}
