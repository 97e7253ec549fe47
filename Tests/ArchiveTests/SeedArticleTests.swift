import Foundation
import Testing
@testable import Archive

/// The five real seed articles against `gold/seeds.json`.
@Suite("Seed articles")
struct SeedArticleTests {
    @Test("metadata and body of each seed match the gold expectations", arguments: Fixtures.seedNames)
    func seedMatchesGold(name: String) throws {
        let gold = try #require(Fixtures.goldArticles[name])
        let article = try Fixtures.extractSeed(name)

        if let title = gold["title"] as? String {
            #expect(article.title == title)
        } else {
            // No headline in the text: none, or the first sentence, but never a menu or header line.
            if let title = article.title { #expect(article.body.hasPrefix(title)) }
        }
        if let published = gold["published"] as? String {
            #expect(article.published?.description == published)
        } else {
            #expect(article.published == nil, "no date in the text, so none may be invented")
        }
        if gold.keys.contains("source") { #expect(article.source == gold["source"] as? String) }
        if let byline = gold["byline"] as? String { #expect(article.byline == byline) }
        if let tags = gold["tags"] as? [String] { #expect(article.tags == tags) }
        if let start = gold["body_starts"] as? String { #expect(article.body.hasPrefix(start)) }
        if let end = gold["body_ends"] as? String { #expect(article.body.hasSuffix(end)) }
        for furniture in gold["not_in_body"] as? [String] ?? [] {
            #expect(!article.body.contains(furniture), "\(furniture) is page furniture")
        }
    }

    @Test("the month-precision date of 003 comes from the image address in the text")
    func monthPrecision() throws {
        let article = try Fixtures.extractSeed("003_d0548fe1a3bec1cc.txt")
        #expect(article.published?.precision == .month)
    }

    @Test("the body keeps its paragraphs")
    func paragraphs() throws {
        let article = try Fixtures.extractSeed("004_8e8643618ffacfa8.txt")
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 25)
        #expect(paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
        #expect(paragraphs.contains("US convoys hit by roadside bombs"))
    }

    @Test("the ticker, menus and footer of the page copy are gone, the picture caption too")
    func pageCopyFurniture() throws {
        let article = try Fixtures.extractSeed("001_63a414f3e5fe9d8b.txt")
        #expect(!article.body.contains("Al-Rashq"))
        #expect(!article.body.contains("• x"))
        // Once in the lead; the caption's two copies of the same words are gone.
        #expect(article.body.components(separatedBy: "A logistical support convoy belonging to the US occupation forces").count == 2)
        #expect(!article.body.contains("Min Read"))
    }

    @Test("the repost and the page copy are near-duplicates by SimHash, and the other seeds are not")
    func nearDuplicateFingerprints() throws {
        let prints = try Fixtures.seedNames.map { Fingerprint(body: try Fixtures.extractSeed($0).body) }
        #expect(prints[0].distance(to: prints[1].simhash) <= Fingerprint.nearDuplicateDistance)
        for i in 2..<prints.count {
            #expect(prints[0].distance(to: prints[i].simhash) > 10)
            #expect(prints[1].distance(to: prints[i].simhash) > 10)
        }
    }
}
