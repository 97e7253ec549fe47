/// The date printed next to the headline: the first date in the short texts that follow the
/// page's main heading, or failing that in the few just before it (`Category · 3 March 2021`,
/// `Author / 09.07.2019 / 08:30 / Photo: …`). A date there belongs to the article; one in a
/// `class="date"` box elsewhere is often the site's "today" in its masthead. A date that the
/// markup splits into runs (`<span>Jul</span><span>09</span><span>2019</span>`) is read across
/// them.
enum HeadlineDate {
    /// How many text runs (with a letter or digit) after the heading are read, and how many before it.
    private static let runsAfter = 12, runsBefore = 8
    /// Longer runs are sentences of the article, whose dates are about other things.
    private static let maxRunLength = 90
    /// Runs this short may be parts of one date split by the markup.
    private static let maxPartLength = 24

    static func find(in root: HTMLElement, title: String?) -> PartialDate? {
        dates(in: root, title: title, limit: 1).first
    }

    /// Every full date in the runs by the headline, up to `limit`: those after it in page order,
    /// then those before it, nearest first. The first is `find`'s.
    static func dates(in root: HTMLElement, title: String?, limit: Int) -> [PartialDate] {
        dates(in: root, heading: heading(in: root, title: title), limit: limit)
    }

    /// `dates` by a heading already found (`heading(in:title:)`).
    static func dates(in root: HTMLElement, heading: HTMLElement?, limit: Int) -> [PartialDate] {
        guard let heading else { return [] }
        var dates: [PartialDate] = []
        var before: [String] = []
        var after = 0
        var found = false
        var parts: [String] = []
        var inHeading = false
        var headlineSeen = false
        var stack: [HTMLNode] = root.children.reversed()
        walk: while let node = stack.popLast() {
            switch node {
            case let .element(element):
                if element === heading {
                    found = true
                    parts = []
                    // A date the heading holds below its title (`Title<br><small>09.07.2019</small>`) is read too.
                    inHeading = true
                    stack.append(.text(Self.endOfHeading))
                    stack.append(contentsOf: element.children.reversed())
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
                if inHeading, raw == Self.endOfHeading {
                    inHeading = false
                    continue
                }
                guard hasWord(raw) else { continue }
                // The heading's first run is the headline, whose dates are its subject's.
                if inHeading, !headlineSeen {
                    headlineSeen = true
                    continue
                }
                let text = HTMLMetadata.collapsed(raw)
                after += 1
                if text.count <= maxRunLength, let date = date(in: text, parts: &parts) {
                    dates.append(date)
                    if dates.count >= limit { return dates }
                    parts = []
                }
                // A lead that opens with its date: `09.07.2019 The council said …`.
                if text.count > maxRunLength, let first = text.split(separator: " ", maxSplits: 1).first,
                   let date = DateValue.find(in: String(first)), date.precision == .day {
                    dates.append(date)
                    if dates.count >= limit { return dates }
                }
                if after >= runsAfter { break walk }
            }
        }
        guard found else { return [] }
        // Before the heading, the nearest run first; parts are joined in page order.
        let runs = Array(before.filter(hasWord).suffix(runsBefore + 2).map(HTMLMetadata.collapsed))
        for index in runs.indices.reversed().prefix(runsBefore) where runs[index].count <= maxRunLength {
            if let date = DateValue.find(in: runs[index]), date.precision == .day {
                dates.append(date)
            } else {
                let joined = runs[max(0, index - 2)...index]
                if joined.count > 1, joined.dropLast().allSatisfy({ $0.count <= maxPartLength }),
                   let date = DateValue.find(in: joined.joined(separator: " ")), date.precision == .day {
                    dates.append(date)
                }
            }
            if dates.count >= limit { return dates }
        }
        return dates
    }

    private static func hasWord(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// A full date in `text`, or in `text` read after the short runs just before it.
    private static func date(in text: String, parts: inout [String]) -> PartialDate? {
        if let date = DateValue.find(in: text), date.precision == .day { return date }
        guard text.count <= maxPartLength else {
            parts = []
            return nil
        }
        defer {
            parts.append(text)
            if parts.count > 2 { parts.removeFirst() }
        }
        // Joining costs a parse per run: only runs that may hold a number (any digit, or
        // a non-ASCII one) are worth it.
        guard !parts.isEmpty, (parts + [text]).contains(where: mayHoldNumber) else { return nil }
        for start in parts.indices {
            if let date = DateValue.find(in: (parts[start...] + [text]).joined(separator: " ")), date.precision == .day { return date }
        }
        return nil
    }

    private static func mayHoldNumber(_ text: String) -> Bool {
        text.utf8.contains { (0x30...0x39).contains($0) || $0 >= 0x80 }
    }

    /// Marks the end of the heading's own runs on the walk's stack (no page text is a lone U+0001).
    private static let endOfHeading = "\u{1}"

    /// The `h1`/`h2`/`h3` whose words are the title's, or whose first words are (a heading that
    /// holds its date or kicker too).
    static func heading(in root: HTMLElement, title: String?) -> HTMLElement? {
        let titleWords = Set(title.map(Words.tokens) ?? [])
        var firstH1: HTMLElement?
        // The first matching heading of each level: an `h1` before any `h2`, an `h2` before any
        // `h3` (a sidebar's `h3` can share the site's name with the title).
        var matches: [String: HTMLElement] = [:]
        root.forEachDescendant { element in
            // A heading classed as furniture (`masthead`, `sidebar`) is the site's, not the article's.
            guard element.name == "h1" || element.name == "h2" || element.name == "h3", !Boilerplate.matchesPattern(element) else { return true }
            if firstH1 == nil, element.name == "h1" { firstH1 = element }
            // A level is looked at only until it or a level above it has a match.
            guard matches[element.name] == nil, element.name == "h1" || matches["h2"] == nil else { return true }
            let words = Words.tokens(element.text)
            guard words.count >= 2, !titleWords.isEmpty else { return true }
            let shared = words.filter(titleWords.contains).count
            // Most of the heading's words in the title: titles carry site names and stray entities;
            // or most of a title of some length in a heading a little longer (a short title is
            // the site's name, which its section headings repeat).
            if shared * 5 >= words.count * 4 || (titleWords.count >= 5 && shared * 5 >= titleWords.count * 4 && words.count <= titleWords.count + 12) {
                matches[element.name] = element
                return element.name != "h1"
            }
            return true
        }
        // Without a title the first `h1` is the best guess; with one, an `h1` that is not the
        // title is the site's masthead, whose date is today's, not the article's.
        return titleWords.isEmpty ? firstH1 : matches["h1"] ?? matches["h2"] ?? matches["h3"]
    }

    /// Publishing words that print the date after them (`Published: …`, `Erschienen am …`,
    /// `Mise en ligne …`), lowercased: lines that say which date a page's date is.
    private static let cues = [
        "published", "posted on", "publié", "publiée", "mise en ligne", "publicado", "publicada", "pubblicato",
        "veröffentlicht", "erschienen", "datum:", "date:", "fecha:", "data:", "gepubliceerd", "pressemitteilung vom",
        "pressemeldung vom", "stand:", "updated", "aktualisiert", "mis à jour", "actualizado", "опубликовано", "تاريخ النشر", "نشر في",
    ].map { Array($0.utf8) }

    /// The first full date in a line with a publishing word, or in one of the two short lines
    /// after it, anywhere on the page: for pages whose date is neither in their metadata nor
    /// by their headline. Read only on those pages (a walk over every line of the page).
    static func cued(in root: HTMLElement) -> PartialDate? {
        var remaining = 0
        var stack: [HTMLNode] = root.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case let .element(element):
                guard !["script", "style", "noscript"].contains(element.name) else { continue }
                stack.append(contentsOf: element.children.reversed())
            case let .text(raw):
                guard raw.utf8.count <= 4 * maxRunLength, hasWord(raw) else { continue }
                let text = HTMLMetadata.collapsed(raw)
                guard text.count <= maxRunLength else {
                    remaining = 0
                    continue
                }
                let lower = Array(text.lowercased().utf8)
                let cued = cues.contains { cue in lower.withUnsafeBufferPointer { ByteSearch.firstIndex(of: cue, in: $0, from: 0) != nil } }
                if cued || remaining > 0, let date = DateValue.find(in: text), date.precision == .day { return date }
                remaining = cued ? 2 : max(0, remaining - 1)
            }
        }
        return nil
    }
}
