import Foundation

/// What a page says about itself outside the article text: meta tags, links, JSON-LD, `<title>`,
/// `<time>` elements and the bylines and dates printed near the headline. Read before pruning.
struct PageMetadata {
    /// `<meta>` contents by lowercased `name`, `property`, `itemprop` or `http-equiv`, in page order.
    private(set) var metas: [String: [String]] = [:]
    /// `href` of the first `<link>` or `<a>` for each `rel` token.
    private(set) var links: [String: String] = [:]
    private(set) var authorLinkText: String?
    private(set) var jsonLD: [String] = []
    private(set) var titleText: String?
    private(set) var language: String?
    /// `<time datetime>` values: marked ones (`pubdate`, `itemprop=datePublished`) first, then those in `<article>`.
    private(set) var times: [String] = []
    /// Unmarked `<time>` values of a page with none in an `<article>`: the masthead's clock as
    /// often as the article's date.
    private(set) var looseTimes: [String] = []
    private(set) var firstHeading: String?
    /// The texts of the page's first few `h1`s that are not its masthead, in page order.
    private(set) var headings: [String] = []
    /// Whether `firstHeading` is an `h1` inside `<article>` or `<main>`.
    private(set) var hasArticleHeading = false
    /// The site's name as the masthead's `h1` prints it (`otherHeading`).
    private(set) var mastheadName: String?
    private(set) var itempropDate: String?
    private(set) var itempropAuthor: String?
    private(set) var bylineText: String?
    private(set) var visibleDate: PartialDate?
    /// Texts of scripts that may hold the date (`HTMLParser.parsePage`), read only when nothing else has one.
    let scripts: [String]

    init(root: HTMLElement, scripts: [String] = []) {
        self.scripts = scripts
        language = root["lang"]
        var markedTimes: [String] = [], articleTimes: [String] = [], otherTimes: [String] = []
        var articleHeading: String?, anyHeading: String?, bodyTitle: String?
        for element in root.descendants() {
            let itemprop = element["itemprop"]?.lowercased()
            switch element.name {
            case "meta":
                guard let content = element["content"],
                      let key = (element["name"] ?? element["property"] ?? element["itemprop"] ?? element["http-equiv"])?.lowercased()
                else { continue }
                metas[key, default: []].append(content)
                continue
            case "link", "a":
                for rel in (element["rel"] ?? "").lowercased().split(separator: " ") {
                    if links[String(rel)] == nil, let href = element["href"] { links[String(rel)] = href }
                    if rel == "author", element.name == "a", authorLinkText == nil { authorLinkText = nonEmpty(element.text) }
                }
            case "script":
                jsonLD.append(element.children.compactMap { if case let .text(text) = $0 { text } else { nil } }.joined())
                continue
            case "title":
                if titleText == nil, !element.hasAncestor(["svg"]) {
                    // A page that prints text before its `<head>` (a server's warnings) has its head
                    // read into the body: a `<title>` there counts when the head has none.
                    if !element.hasAncestor(["body"]) { titleText = nonEmpty(element.text) }
                    else if bodyTitle == nil { bodyTitle = nonEmpty(element.text) }
                }
                continue
            case "time":
                guard let value = element["datetime"] ?? nonEmpty(element.text) else { break }
                if element["pubdate"] != nil || itemprop == "datepublished" { markedTimes.append(value) }
                else if element.hasAncestor(["article"]) { articleTimes.append(value) }
                else { otherTimes.append(value) }
            case "h1":
                guard let whole = nonEmpty(element.text) else { break }
                if let other = Self.otherHeading(element) {
                    if other == .siteName, mastheadName == nil { mastheadName = whole }
                    break
                }
                let text = Self.headlineText(element) ?? whole
                if headings.count < 5 { headings.append(text) }
                if anyHeading == nil { anyHeading = text }
                if articleHeading == nil, element.hasAncestor(["article", "main"]) { articleHeading = text }
            default: break
            }
            if itempropDate == nil, itemprop == "datepublished" || Self.isPublishedProperty(element["property"]) {
                itempropDate = element["content"] ?? element["datetime"] ?? nonEmpty(element.text)
            }
            if itemprop == "author", itempropAuthor == nil { itempropAuthor = author(in: element) }
            if bylineText == nil || visibleDate == nil { readByline(element) }
        }
        times = markedTimes + articleTimes
        looseTimes = articleTimes.isEmpty ? otherTimes : []
        firstHeading = articleHeading ?? anyHeading
        hasArticleHeading = articleHeading != nil
        titleText = titleText ?? bodyTitle
        if language == nil, let body = root.elements.first(where: { $0.name == "body" }) { language = body["lang"] }
    }

    func meta(_ key: String) -> String? { metas[key]?.lazy.compactMap(nonEmpty).first }

    private func author(in element: HTMLElement) -> String? {
        if let content = element["content"] { return nonEmpty(content) }
        if let name = element.descendants().first(where: { $0["itemprop"]?.lowercased() == "name" }) {
            return nonEmpty(name["content"] ?? name.text)
        }
        let text = element.text
        return text.count <= 100 ? nonEmpty(text) : nil
    }

    /// Bylines and dates printed under the headline carry class names that say so.
    private mutating func readByline(_ element: HTMLElement) {
        let words = element.classBytes
        guard words.count > 1 else { return }
        let isByline = Self.bylineWords.matches(words)
        let isDate = Self.dateWords.matches(words)
        guard isByline || isDate else { return }
        guard let text = element.text(limit: 120), text.count >= 3 else { return }
        if isDate, visibleDate == nil, let date = DateValue.find(in: text) {
            visibleDate = date
            return
        }
        switch MetadataLine.parse(TextLine(Substring(text))) {
        case let .byline(name)?: if bylineText == nil, isByline { bylineText = name }
        default:
            if isByline, bylineText == nil, !isDate, text.count <= 60, Words.count(in: text) <= 6 {
                bylineText = text
            }
        }
    }

    /// RDFa's `property="schema:datePublished"` (or `dateCreated`) on the element that prints the
    /// date, the counterpart of microdata's `itemprop`.
    private static func isPublishedProperty(_ property: String?) -> Bool {
        guard let property, property.utf8.count >= 11, property.utf8.count <= 40 else { return false }
        let name = property.lowercased().split(separator: ":").last ?? ""
        return name == "datepublished" || name == "datecreated"
    }

    private static let bylineWords = BytePatterns(["byline", "author"])
    private static let dateWords = BytePatterns(["date", "time", "publish", "posted"])

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = Words.stripped(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
