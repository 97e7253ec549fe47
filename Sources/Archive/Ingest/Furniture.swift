import Foundation

/// The parts of a copied web page that are not the article: section headings of the page
/// around it, tickers, footers, share buttons and captions.
enum Furniture {
    enum Kind {
        /// Everything from here on belongs to the page, not the article.
        case end
        /// A ticker of other stories: it runs until the next blank line.
        case ticker
        /// One line to drop.
        case line
    }

    private static let endMarkers: Set<String> = [
        "most read", "most popular", "read next", "read more", "read also", "related", "related articles",
        "related stories", "related news", "related posts", "related content", "more stories", "more news",
        "more from", "you may also like", "you might also like", "recommended", "recommended for you",
        "leave a reply", "leave a comment", "comments", "post a comment", "coverage", "share this",
        "share this article", "share this:", "like this:", "all rights reserved", "privacy policy",
        "about us", "contact us", "sign up for our newsletter", "subscribe to our newsletter", "newsletter",
        "popular", "trending now", "latest news", "editor's picks", "don't miss", "top stories",
    ]

    private static let markerPunctuation: Set<Unicode.Scalar> = [":", ".", "!", "·", "|", "»", "›", ">", " "]

    private static func trimmingMarkerPunctuation(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !markerPunctuation.contains($0) }),
              let last = scalars.lastIndex(where: { !markerPunctuation.contains($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static let agencies = ["(ap)", "(afp)", "(reuters)", "(getty images)", "(mna)", "(epa)", "(file photo)"].map { Array($0.utf8) }

    private static let captionMarks = BytePatterns(["photo credit", "(photo:", "getty images)"])
    private static let captionStarts = ["photo:", "image:", "image caption"].map { Array($0.utf8) }

    private static let tickerMarkers: Set<String> = ["breaking", "breaking news", "just in", "live updates", "news ticker", "trending"]

    private static let lineMarkers: Set<String> = [
        "advertisement", "advertisements", "sponsored", "share", "tweet", "email", "print", "x", "facebook",
        "twitter", "whatsapp", "telegram", "linkedin", "copy link", "listen", "listen to this article",
        "scroll to continue", "continue reading", "slogan", "skip to content", "menu", "search", "home",
    ]

    static func kind(of line: TextLine) -> Kind? {
        // Every marker is short; most lines are not, and lowercasing them all would cost.
        guard line.text.utf8.count <= 48 else {
            return line.text.hasPrefix("©") || Words.hasPrefixIgnoringCase(line.text, "copyright ©") ? .end : nil
        }
        let key = trimmingMarkerPunctuation(line.text.lowercased())
        if tickerMarkers.contains(key) { return .ticker }
        if endMarkers.contains(key) || key.hasPrefix("©") || key.hasPrefix("copyright ©") || key.hasPrefix("all rights reserved") {
            return .end
        }
        if lineMarkers.contains(key) { return .line }
        if line.isBullet && line.text.count <= 2 { return .line }
        return nil
    }

    /// A photo caption or credit copied along with the picture.
    static func isCaption(_ line: TextLine) -> Bool {
        guard line.wordCount <= 45 else { return false }
        // Byte comparisons: Foundation's `contains` and `hasSuffix` on String bridge to NSString.
        let bytes = Array(line.text.lowercased().utf8)
        if captionMarks.matches(bytes) || captionStarts.contains(where: { bytes.starts(with: $0) }) { return true }
        return agencies.contains { agency in bytes.count >= agency.count && bytes[(bytes.count - agency.count)...].elementsEqual(agency) }
    }
}
