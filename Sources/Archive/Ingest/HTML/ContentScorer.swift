/// Finds the element that holds the article the way Readability does: paragraphs score by
/// length and commas, pass their score up to their ancestors, and link-heavy containers lose.
struct ContentScorer {
    private(set) var scores: [ObjectIdentifier: Double] = [:]
    /// The best block and its ancestors below a widened container: the cleaner never removes them.
    private(set) var bestChain: Set<ObjectIdentifier> = []
    private var candidates: [HTMLElement] = []
    /// Each paragraph's owner and its text outside links: how much of the page's prose a block holds.
    private var paragraphs: [(owner: HTMLElement, length: Int)] = []

    static let scoredTags: Set<String> = ["p", "pre", "td", "blockquote", "h2", "h3", "h4"]
    static let containerTags: Set<String> = ["div", "section", "article", "main", "li", "span", "font", "center"]

    private static let positive = BytePatterns(["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
                                   "text", "blog", "story"])
    private static let negative = BytePatterns(["hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
                                   "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
                                   "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
                                   "tool", "widget", "-ad-", "teaser", "byline", "caption"])

    /// ±25 for each of `class` and `id` that reads like content or like page furniture.
    static func classWeight(_ element: HTMLElement) -> Double {
        var weight = 0.0
        for value in [element["class"], element["id"]] {
            guard let value = value, !value.isEmpty else { continue }
            let bytes = Array(value.lowercased().utf8)
            if negative.matches(bytes) { weight -= 25 }
            if positive.matches(bytes) { weight += 25 }
        }
        return weight
    }

    func score(of element: HTMLElement) -> Double? { scores[ObjectIdentifier(element)] }

    /// The best container below `root` (already measured), or nil when nothing reads as a paragraph.
    mutating func topCandidate(in root: HTMLElement, elements: [HTMLElement]) -> HTMLElement? {
        for element in elements {
            guard let (length, commas, owner) = paragraph(element) else { continue }
            paragraphs.append((owner, max(0, length - element.stats.linkLength)))
            let points = 1 + Double(commas) + Double(min(length / 100, 3))
            var ancestor: HTMLElement? = owner
            for level in 0..<5 {
                guard let current = ancestor, current !== root, current.parent != nil else { break }
                add(points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3), to: current)
                ancestor = current.parent
            }
        }
        for element in candidates {
            scores[ObjectIdentifier(element)]! *= 1 - element.stats.linkDensity
        }
        guard var top = candidates.max(by: { score(of: $0)! < score(of: $1)! }), let topScore = score(of: top) else { return nil }
        // A parent that scores about as well holds more of the same article (split into several blocks).
        var lastScore = topScore
        var parent = top.parent
        while let current = parent, current !== root {
            guard let parentScore = score(of: current) else { parent = current.parent; continue }
            if parentScore < topScore / 3 { break }
            if parentScore > lastScore { top = current; break }
            lastScore = parentScore
            parent = current.parent
        }
        let best = top
        top = widened(top, root: root)
        if top !== best {
            var node: HTMLElement? = best
            while let current = node, current !== top {
                bestChain.insert(ObjectIdentifier(current))
                node = current.parent
            }
        }
        while top !== root, let only = top.parent, only !== root, only.elements.count(where: { _ in true }) == 1 {
            top = only
        }
        return top
    }

    /// The root (`<body>`) holds all of the page's prose, so `widened` takes it only when the best
    /// block holds less than this share of it: a page builder that puts its sections straight under
    /// `<body>` leaves each one a small part of the article. A best block with more of the prose may
    /// be the article beside other prose (comments, teasers) that the whole page would let in.
    static let rootShare = 0.25

    /// An article split into blocks nested deeper than the scores climb (a page builder's rows,
    /// columns and text modules) leaves its best block with a minority of the page's prose: the
    /// nearest ancestor that holds most of it, and is not a list of links, holds the article.
    private func widened(_ top: HTMLElement, root: HTMLElement) -> HTMLElement {
        let total = paragraphs.reduce(0) { $0 + $1.length }
        guard total > 0 else { return top }
        var chain: [HTMLElement] = []
        var index: [ObjectIdentifier: Int] = [:]
        var node: HTMLElement? = top
        while let current = node {
            index[ObjectIdentifier(current)] = chain.count
            chain.append(current)
            if current === root { break }
            node = current.parent
        }
        guard chain.count > 1 else { return top }
        // Prose held by each link of the chain, then summed upwards.
        var held = Array(repeating: 0, count: chain.count)
        for (owner, length) in paragraphs {
            var node: HTMLElement? = owner
            while let current = node {
                if let at = index[ObjectIdentifier(current)] { held[at] += length; break }
                node = current.parent
            }
        }
        for at in 1..<chain.count { held[at] += held[at - 1] }
        let topShare = Double(held[0]) / Double(total)
        guard topShare < 0.5 else { return top }
        for at in 1..<chain.count {
            let share = Double(held[at]) / Double(total)
            if chain[at] === root, topShare >= Self.rootShare { return top }
            if share >= 0.8, share >= 2 * topShare { return chain[at].stats.linkDensity < 0.3 ? chain[at] : top }
        }
        return top
    }

    /// Text length, commas and the element that owns it when `element` reads as a paragraph.
    private func paragraph(_ element: HTMLElement) -> (Int, Int, HTMLElement)? {
        let stats = element.stats
        if element.traits.contains(.scored) {
            // A cell or quote made of paragraphs is scored through those paragraphs.
            if (element.name == "td" || element.name == "blockquote") && stats.hasBreaker { return nil }
            guard let parent = element.parent, stats.length >= 25 else { return nil }
            return (stats.length, stats.commas, parent)
        }
        guard element.traits.contains(.container) else { return nil }
        if !stats.hasBreaker, element.name != "span", element.name != "font" {
            guard let parent = element.parent, stats.length >= 25 else { return nil }
            return (stats.length, stats.commas, parent)
        }
        // Text written straight into a container, between its blocks (`text<br><br>text`).
        guard stats.inlineLength >= 25, stats.hasBreaker || element.name == "div" else { return nil }
        return (stats.inlineLength, stats.inlineCommas, element)
    }

    private mutating func add(_ points: Double, to element: HTMLElement) {
        let key = ObjectIdentifier(element)
        if scores[key] == nil {
            scores[key] = Self.baseScore(element)
            candidates.append(element)
        }
        scores[key]! += points
    }

    private static func baseScore(_ element: HTMLElement) -> Double {
        var score = classWeight(element)
        switch element.name {
        case "div", "article", "main": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        if element["itemprop"]?.lowercased() == "articlebody" { score += 25 }
        return score
    }
}
