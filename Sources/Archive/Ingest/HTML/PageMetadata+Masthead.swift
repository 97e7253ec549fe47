/// The `h1`s of a page that are not its headline: the site's name in the masthead, a heading of the
/// navigation, or one kept for screen readers. Blog and CMS themes print the site's name as the
/// first `h1` of every page, so the first `h1` alone is no headline.
extension PageMetadata {
    /// What an `h1` that is no headline is.
    enum OtherHeading { case siteName, navigation }

    /// Whether an `h1` is the site's name, navigation or hidden text rather than the headline.
    static func otherHeading(_ heading: HTMLElement) -> OtherHeading? {
        if heading.hasAncestor(["nav"]) || hiddenClasses.matches(heading.classBytes) { return .navigation }
        return siteNameClasses.matches(heading.classBytes) || linksHome(heading) ? .siteName : nil
    }

    /// A heading whose whole text is one link to the site's home page (`<h1><a href="/">Site</a></h1>`).
    private static func linksHome(_ heading: HTMLElement) -> Bool {
        var links: [HTMLElement] = []
        heading.forEachDescendant { element in
            if element.name == "a" { links.append(element) }
            return links.count < 2
        }
        guard links.count == 1, let href = links[0]["href"], isHomeAddress(href) else { return false }
        return Words.tokens(links[0].text) == Words.tokens(heading.text)
    }

    /// `/`, `./`, `https://site.example/` or an archive's copy of one (`…/web/2008…/http://site.example/`).
    static func isHomeAddress(_ href: String) -> Bool {
        var href = href
        return href.withUTF8 { isHomeAddress(bytes: $0) }
    }

    /// `isHomeAddress` on the attribute's bytes: the tree builder asks it of every link, and keeps
    /// only the targets of home links and `rel` links.
    static func isHomeAddress(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return false }
        // After the last `://` (an archive's address holds the site's own), the path begins at the next `/`.
        var path = start
        var index = start
        while index + 2 < end {
            if bytes[index] == 0x3A, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F { path = index + 3; index += 3 } else { index += 1 }
        }
        if path > start {
            while path < end, bytes[path] != 0x2F { path += 1 }
            if path == end { return true }
        } else if bytes[path] == 0x2E {
            path += 1
        }
        guard path < end, bytes[path] == 0x2F else { return false }
        let rest = end - path - 1
        if rest == 0 { return true }
        for name in homePages where name.count == rest {
            if name.indices.allSatisfy({ name[$0] == bytes[path + 1 + $0] }) { return true }
        }
        return false
    }

    private static let homePages = ["index.html", "index.htm", "index.php"].map { Array($0.utf8) }

    /// Class and id words of site names and logos.
    private static let siteNameClasses = BytePatterns(["logo", "site-title", "sitetitle", "site-name", "sitename", "blog-title",
                                                        "blogtitle", "branding"])
    /// Class and id words of text kept for screen readers and hidden from sight.
    private static let hiddenClasses = BytePatterns(["navskip", "aural", "sr-only", "screen-reader", "visually-hidden",
                                                      "visuallyhidden"])
}
