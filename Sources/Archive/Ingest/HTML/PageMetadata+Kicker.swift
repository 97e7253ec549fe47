/// The headline of an `h1` without its kicker. News sites print a topic line above the headline
/// inside the same `h1` (`<span class="kicker">Climate</span><span>Drilling until it gets hot</span>`),
/// set apart by its class and, for screen readers, by a hidden colon or dash. The `<title>` and
/// `og:title` often join the two; the headline a reader sees under the topic line is the rest.
extension PageMetadata {
    /// The `h1`'s text as a reader sees the headline: after a leading kicker element, without
    /// style sheets and text hidden for screen readers; nil when nothing of two words is left.
    static func headlineText(_ heading: HTMLElement) -> String? {
        var index = heading.children.startIndex
        while index < heading.children.endIndex, isInvisible(heading.children[index]) { index += 1 }
        if index < heading.children.endIndex, case let .element(first) = heading.children[index],
           kickerClasses.matches(first.classBytes) { index += 1 } else { index = heading.children.startIndex }
        var out = TextCollector()
        var stack: [HTMLNode] = heading.children[index...].reversed()
        while let node = stack.popLast() {
            switch node {
            case let .text(text): out.append(text)
            case let .element(element):
                if element.name == "br" { out.append(" ") }
                if element.name == "style" || element.name == "script" || hiddenText.matches(element.classBytes)
                    || element["aria-hidden"] == "true" { continue }
                stack.append(contentsOf: element.children.reversed())
            }
        }
        let rest = out.result.drop { separators.contains($0) }
        guard Words.count(in: String(rest)) >= 2 else { return nil }
        return String(rest)
    }

    /// Blank text, or a style sheet or script that CSS-in-JS libraries put inside the heading.
    private static func isInvisible(_ node: HTMLNode) -> Bool {
        switch node {
        case let .text(text): isBlank(text)
        case let .element(element): element.name == "style" || element.name == "script"
        }
    }

    private static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }

    private static let separators: Set<Character> = [" ", ":", "-", "–", "—", "|", "·", "/", "\u{A0}"]

    /// Class words of the topic line over a headline, as CMS themes in several languages name it.
    private static let kickerClasses = BytePatterns(["kicker", "dachzeile", "spitzmarke", "overline", "topline", "roofline",
                                                      "supertitle", "toptitle", "pretitle", "eyebrow", "subtitle", "sub-heading",
                                                      "subheading", "subheadline", "topic", "section", "titleheader"])
    /// Class words of text kept for screen readers, such as the colon between kicker and headline.
    private static let hiddenText = BytePatterns(["sr-only", "screen-reader", "visually-hidden", "visuallyhidden"])
}
