/// The lead (standfirst, dek) a page prints between its headline and the article's first
/// paragraph, where templates give it its own box (`p.lead`, `h2.subtitle`, `div.intro__copy`)
/// that the boilerplate rules drop with the article's header or the scorer leaves beside the body:
/// the first block of running text after the headline, when it is marked as a lead (its class,
/// a subtitle `h2`, or the headline's very next element). Read before the page is pruned; when
/// it is the article's first paragraph, the text has it already and nothing changes.
enum Standfirst {
    /// Elements looked at after the headline: a lead sits right under it, past a kicker, a byline
    /// and a date.
    private static let reach = 16
    /// Shorter blocks are kickers, bylines, dates and labels; longer ones are the article itself.
    private static let lengths = 60...700

    private static let passed: Set<String> = ["figure", "figcaption", "picture", "img", "ul", "ol", "nav", "aside", "form",
                                              "button", "table", "header", "footer", "time", "address"]
    private static let leads: Set<String> = ["p", "h2", "h3", "h4", "div", "span", "section"]

    /// Class and id words of a lead; `description` and `abstract` are also schema.org's names.
    private static let leadWords = BytePatterns(["lead", "intro", "teaser", "standfirst", "summary", "subtitle", "sub-title",
                                                 "subhead", "dek", "description", "excerpt", "abstract"])

    /// The text of the first block of running text after `headline`, when it is marked as a lead.
    static func find(after headline: HTMLElement) -> String? {
        // A headline that is a link is the site's name over its home page, or a teaser's.
        guard !hasLink(headline) else { return nil }
        let first = next(after: headline, descending: false)
        var node = first
        var seen = 0
        while let element = node, seen < reach {
            seen += 1
            if TextMeasure.headings.contains(element.name), element.name == "h1" { return nil }
            if passed.contains(element.name) || Boilerplate.matchesPattern(element) {
                node = next(after: element, descending: false)
                continue
            }
            guard leads.contains(element.name), !element.elements.contains(where: { $0.traits.contains(.block) }) else {
                node = next(after: element, descending: true)
                continue
            }
            if let text = element.text(limit: lengths.upperBound).map(HTMLMetadata.collapsed), lengths.contains(text.count) {
                // Links mark a teaser of another story or a list; a byline and date line is no lead.
                // A block of running text not marked as a lead (a promotion, the article itself) ends the search.
                let isMarked = element === first || element.name == "h2" || marksLead(element) || element.parent.map(marksLead) == true
                let isLead = isMarked && !hasLink(element) && Words.count(in: text) >= 8
                    && MetadataLine.parse(TextLine(Substring(text))) == nil
                return isLead ? text : nil
            }
            node = next(after: element, descending: false)
        }
        return nil
    }

    private static func marksLead(_ element: HTMLElement) -> Bool {
        let itemprop = element["itemprop"]?.lowercased()
        return itemprop == "description" || itemprop == "abstract" || leadWords.matches(element.classBytes)
    }

    private static func hasLink(_ element: HTMLElement) -> Bool {
        !element.forEachDescendant { $0.name != "a" }
    }

    /// The element after `element` in document order: its first child when `descending`, else
    /// its next sibling or the next sibling of its nearest ancestor that has one.
    private static func next(after element: HTMLElement, descending: Bool) -> HTMLElement? {
        if descending, let first = element.elements.first(where: { _ in true }) { return first }
        var current = element
        while let parent = current.parent {
            var found = false
            for child in parent.elements {
                if found { return child }
                if child === current { found = true }
            }
            current = parent
        }
        return nil
    }
}
