import Foundation

/// Names the outlet behind a web address, from the embedded list of news outlets.
enum Outlets {
    private static let byDomain: [String: String] = {
        var table: [String: String] = [:]
        let text = String(decoding: PackageResources.outlets_tsv, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2 { table[String(fields[0])] = String(fields[1]) }
        }
        return table
    }()

    private static let knownNames: [String: String] = {
        var table: [String: String] = [:]
        for name in byDomain.values { table[name.lowercased()] = name }
        return table
    }()

    /// Hosts that carry other people's content: a link to them says nothing about the outlet.
    private static let platforms: Set<String> = [
        "twitter.com", "x.com", "t.co", "facebook.com", "fb.com", "instagram.com", "youtube.com", "youtu.be",
        "t.me", "telegram.me", "tiktok.com", "linkedin.com", "reddit.com", "wikipedia.org", "google.com",
        "goo.gl", "bit.ly", "archive.org", "wp.com", "wordpress.com", "blogspot.com", "amazonaws.com",
        "cloudfront.net", "imgur.com", "flickr.com", "whatsapp.com",
    ]

    /// The outlet for a URL's host, or nil for social platforms and hosting services.
    static func outlet(forURL url: String) -> String? {
        guard let host = host(of: url) else { return nil }
        let labels = host.split(separator: ".").map(String.init)
        for start in labels.indices.dropLast() {
            let candidate = labels[start...].joined(separator: ".")
            if platforms.contains(candidate) { return nil }
            if let name = byDomain[candidate] { return name }
        }
        return registrableDomain(labels)
    }

    /// The canonical spelling when `text` is the name of a listed outlet (`reuters` → `Reuters`).
    static func outlet(named text: String) -> String? {
        knownNames[text.lowercased()]
    }

    static func host(of url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard host.contains("."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// `media.example.co.uk` → `example.co.uk`: what a person would call the site.
    private static func registrableDomain(_ labels: [String]) -> String? {
        guard labels.count >= 2 else { return nil }
        let secondLevel: Set<String> = ["co", "com", "org", "net", "gov", "ac", "edu"]
        let keep = labels.count >= 3 && labels.last!.count == 2 && secondLevel.contains(labels[labels.count - 2]) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }
}
