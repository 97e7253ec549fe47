import Testing
@testable import Archive

/// Pages that append the next stories as the reader scrolls, written for these tests.
@Suite("Story choice")
struct StoryChoiceTests {
    private static let first = [
        "Drivers of every kind of vehicle are invited to the yearly blessing on the avenue this Saturday morning.",
        "The friars have held the blessing for thirty years, and ask drivers to queue on the side road from eight.",
    ]
    private static let second = (1...6).map {
        "Paragraph \($0) of the next story, about the harbour works, runs on for a while, as the works do, and so does the report."
    }

    private func page(title: String) -> String {
        let story = { (heading: String, paragraphs: [String]) in
            "<article class=entry><header><h1>\(heading)</h1></header><div class=text>"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"
        }
        // The title in Open Graph: without it the first `h1` would be taken as the title.
        return "<html><head><meta property=\"og:title\" content=\"\(title)\"><title>\(title) | Daily</title></head><body><main><div class=scroll>"
            + story("Blessing of vehicles this Saturday", Self.first) + story("Harbour works run late", Self.second)
            + "</div></main></body></html>"
    }

    @Test("the story whose h1 is the title, not the longer one appended after it")
    func titledStory() throws {
        let article = try HTMLReader.read(Array(page(title: "Blessing of vehicles this Saturday").utf8))
        #expect(article.body == Self.first.joined(separator: "\n\n"))
    }

    @Test("with the longer story titled, that one")
    func otherTitle() throws {
        let article = try HTMLReader.read(Array(page(title: "Harbour works run late").utf8))
        #expect(article.body.hasPrefix("Paragraph 1 of the next story"))
        #expect(!article.body.contains("friars"))
    }
}
