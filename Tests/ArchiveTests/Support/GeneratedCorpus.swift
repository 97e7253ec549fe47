import Foundation

/// A repeatable random number generator (SplitMix64), so a failing trial can be run again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Many articles made from the seeds' sentences recombined: text files with varied headers,
/// web pages, a JSON Lines feed, identical copies and reposts, spread over subfolders.
enum GeneratedCorpus {
    static func write(count: Int, into folder: URL, seed: UInt64 = 42) throws {
        var random = SeededGenerator(seed: seed)
        let sentences = try seedSentences()
        var feed: [String] = []
        var previous = ""
        for index in 0..<count {
            let sub = folder.appendingPathComponent(String(format: "part%02d", index % 16))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let paragraphs = (0..<Int.random(in: 3...6, using: &random)).map { _ in
                (0..<Int.random(in: 2...4, using: &random)).map { _ in sentences.randomElement(using: &random)! }.joined(separator: " ")
            }
            var body = "Report \(index) from the field: the convoy \(index) was stopped near the bridge, officials said on Monday.\n\n"
                + paragraphs.joined(separator: "\n\n")
            if index % 17 == 5 { body = previous + "\n\nShare this: Facebook Twitter" }  // a repost with other furniture
            previous = body
            let date = String(format: "2021-%02d-%02d", index % 12 + 1, index % 28 + 1)
            let title = "Convoy \(index) " + sentences[index % sentences.count].split(separator: " ").prefix(6).joined(separator: " ")
            let name = String(format: "a%05d", index)
            switch index % 10 {
            case 9:
                let html = "<html><head><title>\(title)</title><meta property=\"article:published_time\" content=\"\(date)\"></head><body><article><h1>\(title)</h1>"
                    + body.components(separatedBy: "\n\n").map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
                try Data(html.utf8).write(to: sub.appendingPathComponent(name + ".html"))
            case 7:
                let record = ["title": title, "text": body, "date_publish": date, "source_domain": "example.org"]
                feed.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            default:
                let header = index % 3 == 0 ? "date \(date) \(title)\n\n" : "\(title)\n\nPosted on \(date) by Staff\n\n"
                try Data((header + body + "\n").utf8).write(to: sub.appendingPathComponent(name + ".txt"))
            }
            if index % 29 == 3, index % 10 != 7, index % 10 != 9 {
                try FileManager.default.copyItem(at: sub.appendingPathComponent(name + ".txt"), to: sub.appendingPathComponent(name + "-copy.txt"))
            }
        }
        try Data(feed.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("feed.jsonl"))
    }

    /// The seeds' sentences of prose, long enough to read as article text.
    private static func seedSentences() throws -> [String] {
        var sentences: [String] = []
        for name in Fixtures.seedNames {
            let text = try String(contentsOf: Fixtures.seedURL(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.count > 80 {
                sentences += line.split(separator: ". ").map { $0.hasSuffix(".") ? String($0) : $0 + "." }.filter { $0.count > 30 }
            }
        }
        return sentences
    }
}
