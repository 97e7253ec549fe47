import Foundation
@testable import Archive

/// A folder of what a scraper may leave behind, made fresh by each test: good articles in awkward
/// encodings and names, and files that are not articles at all. Nothing binary is committed.
struct HostileFolder {
    let url: URL
    /// File names (relative, as `FileName.decode` writes them) that must become articles.
    private(set) var good: [String] = []
    /// File names (relative) that must be skipped, with a word their reason must hold.
    private(set) var bad: [String: String] = [:]

    /// A distinct short article, so that no two good files are one article.
    static func article(_ number: Int) -> String {
        """
        date 2022-03-\(String(format: "%02d", number % 28 + 1)) Convoy report number \(number) from the southern road

        By Staff Reporter \(number)

        The convoy number \(number) was hit near the bridge on Monday morning, officials said, and nobody has claimed the attack so far.

        A second paragraph about shipment \(number) says that the road was closed for several hours while engineers searched the area.

        """
    }

    init(in parent: URL) throws {
        url = parent.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try makeGood()
        try makeBad()
    }

    private mutating func makeGood() throws {
        try add("plain.txt", Array(Self.article(1).utf8))
        try add("latin1.txt", Array(Self.article(2).replacingOccurrences(of: "bridge", with: "café bridge").unicodeScalars.map { UInt8($0.value) }))
        var invalid = Array(Self.article(3).utf8)
        invalid.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: 60)
        try add("invalid-utf8.txt", invalid)
        try add("utf16le-no-bom.txt", Self.article(4).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try add("utf16be-no-bom.txt", Self.article(5).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        try add("two\nlines.txt", Array(Self.article(6).utf8))
        try add(Array("bad-".utf8) + [0xFF, 0xFE] + Array("-name.txt".utf8), Array(Self.article(7).utf8))
        let page = "<html><head><title>Convoy report number 8</title></head><body><article><h1>Convoy report number 8</h1>"
            + "<p>The convoy number eight was hit near the bridge on Monday morning, officials said, and nobody has claimed the attack so far.</p>"
            + "<p>A second paragraph about shipment eight says that the road was closed for several hours while engineers searched the ar"
        try add("truncated.html", Array(page.utf8))
        try container("feed.jsonl", Array(("{\"title\": \"Convoy report number 9\", \"text\": \"" + Self.article(9).split(separator: "\n").dropFirst(2).joined(separator: " ")
            + "\"}\n{\"title\": \"half a record\", \"text\": \n").utf8))
        good.append("feed.jsonl#L1")
        bad["feed.jsonl#L2"] = "not valid JSON"
        // Root reads every file whatever its mode, so as root the file is good, otherwise it is skipped.
        try add("unreadable.txt", Array(Self.article(10).utf8))
        chmod(url.appendingPathComponent("unreadable.txt").path, 0)
        if getuid() != 0 {
            good.removeAll { $0 == "unreadable.txt" }
            bad["unreadable.txt"] = "permission denied"
        }
        let deep = String(repeating: "<div>", count: 100_000) + "<p>" + Self.article(11).split(separator: "\n").dropFirst(2).joined(separator: "</p><p>")
            + "</p>" + String(repeating: "</div>", count: 100_000)
        try add("deep.html", Array(("<html><body>" + deep + "</body></html>").utf8))
    }

    private mutating func makeBad() throws {
        try add("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], reason: "unsupported file type .png")
        try add("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0], reason: "binary")
        try add("program.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 56) + [0x3E, 0, 1, 0], reason: "binary")
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0] + Array(repeating: 0x11, count: 20) + [0, 0, 0, 0]
        try add("bundle.zip", zip, reason: "unsupported file type .zip")
        try add("bundle.json", zip, reason: "binary")
        try add("empty.txt", [], reason: "no article text")
        try add("blank.txt", Array(" \t \n\n   \r\n\u{3000}\n".utf8), reason: "no article text")
        try add("malformed.json", Array("{\"title\": \"Convoy\", \"text\": [1, 2".utf8), reason: "not JSON")
        try container("shape.json", Array("[1, \"two\", null]".utf8))
        for item in 1...3 { bad["shape.json#\(item)"] = "not a JSON object" }
        try container("number.json", Array("42".utf8))
        bad["number.json#1"] = "not a JSON object"
        try container("no-text.json", Array("{\"title\": \"A headline only\", \"url\": \"https://example.com/a\"}".utf8))
        bad["no-text.json#1"] = "no article text"
        // 50 MB on one line: refused by its size before it is read.
        let huge = url.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        let chunk = Data(String(repeating: "word ", count: 209_716).utf8)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        bad["huge.txt"] = "too large"
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("loop-a.txt").path, withDestinationPath: "loop-b.txt")
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("loop-b.txt").path, withDestinationPath: "loop-a.txt")
        bad["loop-a.txt"] = "loop of symbolic links"
        bad["loop-b.txt"] = "loop of symbolic links"
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/removed.txt")
        bad["gone.txt"] = "no such file"
    }

    /// Writes `bytes` under a name given as bytes, so that names need not be UTF-8; the file must become an article.
    private mutating func add(_ name: [UInt8], _ bytes: [UInt8]) throws {
        try write(name, bytes)
        good.append(FileName.decode(name))
    }

    /// Writes a file that must become an article, or, given a reason, be skipped with it.
    private mutating func add(_ name: String, _ bytes: [UInt8], reason: String? = nil) throws {
        try write(Array(name.utf8), bytes)
        if let reason { bad[name] = reason } else { good.append(name) }
    }

    /// Writes a file of many records; the caller says which records are good.
    private func container(_ name: String, _ bytes: [UInt8]) throws {
        try write(Array(name.utf8), bytes)
    }

    private func write(_ name: [UInt8], _ bytes: [UInt8]) throws {
        let path = Array(url.path.utf8) + [UInt8(ascii: "/")] + name
        let descriptor = withCPath(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }
}
