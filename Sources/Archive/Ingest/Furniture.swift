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

    private static let markerPunctuation = CharacterSet(charactersIn: ":.!·|»›> ")

    private static let tickerMarkers: Set<String> = ["breaking", "breaking news", "just in", "live updates", "news ticker", "trending"]

    private static let lineMarkers: Set<String> = [
        "advertisement", "advertisements", "sponsored", "share", "tweet", "email", "print", "x", "facebook",
        "twitter", "whatsapp", "telegram", "linkedin", "copy link", "listen", "listen to this article",
        "scroll to continue", "continue reading", "slogan", "skip to content", "menu", "search", "home",
    ]

    static func kind(of line: TextLine) -> Kind? {
        // Every marker is short; most lines are not, and lowercasing them all would cost.
        guard line.text.utf8.count <= 48 else {
            return line.text.hasPrefix("©") || line.text.lowercased().hasPrefix("copyright ©") ? .end : nil
        }
        let key = line.text.lowercased().trimmingCharacters(in: markerPunctuation)
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
        let lower = line.text.lowercased()
        if lower.contains("photo credit") || lower.contains("(photo:") || lower.hasPrefix("photo:")
            || lower.hasPrefix("image:") || lower.hasPrefix("image caption") || lower.contains("getty images)") {
            return true
        }
        for agency in ["(ap)", "(afp)", "(reuters)", "(getty images)", "(mna)", "(epa)", "(file photo)"] where lower.hasSuffix(agency) {
            return true
        }
        return false
    }
}
