/// The date printed next to the headline: the first date in the short texts that follow the
/// page's main heading, or failing that in the few just before it (`Category · 3 March 2021`).
/// A date there belongs to the article; one in a `class="date"` box elsewhere is often the
/// site's "today" in its masthead.
enum HeadlineDate {
    /// How many text runs after the heading are read, and how many before it.
    private static let runsAfter = 12, runsBefore = 3
    /// Longer runs are sentences of the article, whose dates are about other things.
    private static let maxRunLength = 90

    static func find(in root: HTMLElement, title: String?) -> PartialDate? {
        guard let heading = heading(in: root, title: title) else { return nil }
        var before: [String] = []
        var after = 0
        var found = false
        var stack: [HTMLNode] = root.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case let .element(element):
                if element === heading {
                    found = true
                    continue
                }
                stack.append(contentsOf: element.children.reversed())
            case let .text(raw):
                guard raw.unicodeScalars.contains(where: { !TextCollector.isSpace($0) }) else { continue }
                guard found else {
                    before.append(raw)
                    if before.count > runsBefore { before.removeFirst() }
                    continue
                }
                let text = HTMLMetadata.collapsed(raw)
                after += 1
                if text.count <= maxRunLength, let date = DateValue.find(in: text), date.precision == .day { return date }
                if after >= runsAfter { return nil }
            }
        }
        return before.reversed().lazy.map(HTMLMetadata.collapsed).filter { $0.count <= maxRunLength }.compactMap { DateValue.find(in: $0) }
            .first { $0.precision == .day }
    }

    /// The `h1`/`h2` whose words are the title's.
    private static func heading(in root: HTMLElement, title: String?) -> HTMLElement? {
        let titleWords = Set(title.map(Words.tokens) ?? [])
        var firstH1: HTMLElement?
        var match: HTMLElement?
        root.forEachDescendant { element in
            // A heading classed as furniture (`masthead`, `sidebar`) is the site's, not the article's.
            guard element.name == "h1" || element.name == "h2", !Boilerplate.matchesPattern(element) else { return true }
            if firstH1 == nil, element.name == "h1" { firstH1 = element }
            let words = Words.tokens(element.text)
            // Most of the heading's words in the title: titles carry site names and stray entities.
            if words.count >= 2, !titleWords.isEmpty, words.filter(titleWords.contains).count * 5 >= words.count * 4 {
                match = element
                return false
            }
            return true
        }
        // Without a title the first `h1` is the best guess; with one, an `h1` that is not the
        // title is the site's masthead, whose date is today's, not the article's.
        return titleWords.isEmpty ? firstH1 : match
    }
}
