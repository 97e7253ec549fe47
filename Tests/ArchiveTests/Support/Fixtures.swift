import Foundation
@testable import Archive

/// The seed articles and their expectations, copied from ../shared so the tests stand alone.
enum Fixtures {
    static var seedsFolder: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("seeds")
    }

    static func seedURL(_ name: String) -> URL { seedsFolder.appendingPathComponent(name) }

    static var seedNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: seedsFolder.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
    }

    /// `gold/seeds.json`'s `articles` object.
    static var goldArticles: [String: [String: Any]] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("gold/seeds.json")
        let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return json["articles"] as! [String: [String: Any]]
    }

    static func extractSeed(_ name: String) throws -> Article {
        let bytes = try Array(Data(contentsOf: seedURL(name)))
        return try ArticleExtractor.extract(bytes: bytes, format: .text, path: name)
    }
}

/// A fresh folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("archive-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Copies the seed articles into `sub` and returns that folder.
    func copySeeds(into sub: String = "articles") throws -> URL {
        let folder = url.appendingPathComponent(sub)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in Fixtures.seedNames {
            try FileManager.default.copyItem(at: Fixtures.seedURL(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    func write(_ text: String, to name: String) throws {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }
}

/// The hits of a search as `archive search --format jsonl` writes them, one object per hit.
func searchHits(_ request: SearchRequest, in db: Connection, scratch folder: TemporaryFolder) throws -> [[String: Any]] {
    let output = folder.file("hits-\(UUID().uuidString).jsonl").path
    let sink = try OutputSink.file(path: output)
    try Searcher.search(request, in: db, to: makeRowWriter(format: .jsonl, sink: sink))
    try sink.close()
    return try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map { line in
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    }
}
