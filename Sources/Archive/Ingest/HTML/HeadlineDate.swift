/// The date printed next to the headline: the first date in the short texts that follow the
/// page's main heading, or failing that in the few just before it (`Category · 3 March 2021`,
/// `Author / 22.04.2020 / 06:15 / Photo: …`). A date there belongs to the article; one in a
/// `class="date"` box elsewhere is often the site's "today" in its masthead. A date that the
/// markup splits into runs (`<span>Apr</span><span>04</span><span>2013</span>`) is read across
/// them.
enum HeadlineDate {
    /// How many text runs (with a letter or digit) after the heading are read, and how many before it.
    private static let runsAfter = 12, runsBefore = 8
    /// Longer runs are sentences of the article, whose dates are about other things.
    private static let maxRunLength = 90
    /// Runs this short may be parts of one date split by the markup.
    private static let maxPartLength = 16

    static func find(in root: HTMLElement, title: String?) -> PartialDate? {
        guard let heading = heading(in: root, title: title) else { return nil }
        var before: [String] = []
        var after = 0
        var found = false
        var parts: [String] = []
        var stack: [HTMLNode] = root.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case let .element(element):
                if element === heading {
                    found = true
                    parts = []
                    continue
                }
                stack.append(contentsOf: element.children.reversed())
            case let .text(raw):
                guard found else {
                    // Most of a page comes before its heading: runs are kept as they are, and read only at the end.
                    guard raw.unicodeScalars.contains(where: { !TextCollector.isSpace($0) }) else { continue }
                    before.append(raw)
                    if before.count > 4 * runsBefore { before.removeFirst() }
                    continue
                }
                guard hasWord(raw) else { continue }
                let text = HTMLMetadata.collapsed(raw)
                after += 1
                if text.count <= maxRunLength, let date = date(in: text, parts: &parts) { return date }
                if after >= runsAfter { return nil }
            }
        }
        // Before the heading, the nearest run first; parts are joined in page order.
        let runs = Array(before.filter(hasWord).suffix(runsBefore + 2).map(HTMLMetadata.collapsed))
        for index in runs.indices.reversed().prefix(runsBefore) where runs[index].count <= maxRunLength {
            if let date = DateValue.find(in: runs[index]), date.precision == .day { return date }
            let joined = runs[max(0, index - 2)...index]
            if joined.count > 1, joined.dropLast().allSatisfy({ $0.count <= maxPartLength }), let date = DateValue.find(in: joined.joined(separator: " ")),
               date.precision == .day {
                return date
            }
        }
        return nil
    }

    private static func hasWord(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// A full date in `text`, or in `text` read after the short runs just before it.
    private static func date(in text: String, parts: inout [String]) -> PartialDate? {
        if let date = DateValue.find(in: text), date.precision == .day { return date }
        defer {
            if text.count <= maxPartLength {
                parts.append(text)
                if parts.count > 2 { parts.removeFirst() }
            } else {
                parts = []
            }
        }
        for start in parts.indices {
            if let date = DateValue.find(in: (parts[start...] + [text]).joined(separator: " ")), date.precision == .day { return date }
        }
        return nil
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

