import Foundation

/// A deterministic random source, so every run of the benchmark builds the same corpus.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes N articles recombined from real text: headlines and paragraphs of the articles in a
/// source folder, under the header styles the seeds show (a `date` line, a date in the first line,
/// a headline line, no date at all), with one story in twenty a near-duplicate of an earlier one.
struct Corpus {
    let headlines: [String]
    let paragraphs: [String]

    /// `sources` are folders searched recursively for `.txt` files; their text is pooled.
    init(sources: [String]) throws {
        var headlines: [String] = [], paragraphs: [String] = []
        for path in sources.flatMap({ Measure.files(under: $0) }) {
            // Latin-1 as the fallback: a shipped corpus may hold a file or two that is not UTF-8.
            guard let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? (try? String(contentsOfFile: path, encoding: .isoLatin1)) else { continue }
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            for line in lines where line.count > 30 && line.count < 140 && !line.hasSuffix(".") { headlines.append(line) }
            for line in lines where line.count >= 140 { paragraphs.append(line) }
        }
        guard !paragraphs.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: sources.joined(separator: ",")]) }
        self.headlines = headlines.isEmpty ? ["Report"] : headlines
        self.paragraphs = paragraphs
    }

    /// Writes `count` files under `folder` (100 a subfolder); returns the bytes written.
    func write(count: Int, to folder: String, seed: UInt64 = 42) throws -> Int {
        var rng = SplitMix64(state: seed)
        var bytes = 0
        var recent: [String] = []
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        for i in 0..<count {
            let directory = folder + "/" + String(format: "%05d", i / 100)
            if i % 100 == 0 { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            var text: String
            if i % 20 == 19, let earlier = recent.randomElement(using: &rng) {
                // A near-duplicate: the same story with one paragraph added.
                text = earlier + "\n" + paragraphs.randomElement(using: &rng)! + "\n"
            } else {
                let year = 2015 + Int.random(in: 0...9, using: &rng), month = Int.random(in: 1...12, using: &rng)
                let day = Int.random(in: 1...28, using: &rng)
                let headline = headlines.randomElement(using: &rng)! + " (\(i))"
                let header: String
                switch i % 4 {
                case 0: header = "date: \(year)-\(String(format: "%02d", month))-\(String(format: "%02d", day))\n\(headline)\n"
                case 1: header = "\(headline) \(months[month - 1]) \(day), \(year)\n"
                case 2: header = "\(headline)\n"
                default: header = "Posted on \(months[month - 1]) \(day), \(year)\n\(headline)\n"
                }
                let body = (0..<Int.random(in: 4...10, using: &rng)).map { _ in paragraphs.randomElement(using: &rng)! }
                text = header + "\n" + body.joined(separator: "\n\n") + "\n"
                recent.append(text)
                if recent.count > 50 { recent.removeFirst() }
            }
            let data = Data(text.utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: directory + "/" + String(format: "%07d", i) + ".txt"))
        }
        return bytes
    }
}
