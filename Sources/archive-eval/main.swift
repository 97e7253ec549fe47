import Archive
import Foundation

// Runs the extractor over the files named on the command line and prints one JSON object per
// file: what `archive` would store, plus the time the extraction took. No database involved;
// scripts/eval-extraction.py reads the output.
//
// `archive-eval entities [FILE…]` runs the entity extractor instead: over each file's text, or
// with no file over JSON Lines on stdin (`{"id": …, "text": …}`), printing one JSON object per
// text with its mentions; scripts/eval-entities.py reads the output. The throughput goes to stderr.

if CommandLine.arguments.dropFirst().first == "events" {
    EventsMode.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

// `archive-eval fold`: each line of stdin folded as names are matched (NameKey.fold), for
// scripts/make-admin1.py, whose town table is looked up by folded name.
if CommandLine.arguments.dropFirst().first == "fold" {
    while let line = readLine() { print(NameKey.fold(line)) }
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "entities" {
    EntitiesMode.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

var total = 0.0
for path in CommandLine.arguments.dropFirst() {
    var record: [String: Any] = ["path": path]
    do {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        guard let format = FileFormat(path: path) else { throw ArchiveError.unreadableFile(path: path, reason: "unsupported file type") }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            record["seconds"] = seconds
            total += seconds
        }
        let article: Article
        do {
            article = try ArticleExtractor.extract(bytes: bytes, format: format, path: path)
        } catch let ArchiveError.unreadableFile(_, reason) where format == .html && reason.hasPrefix("no article text") {
            // The archive skips such a page; its metadata is still measured.
            record["error"] = reason
            article = try HTMLReader.metadata(bytes, path: path)
        }
        record["title"] = article.title ?? NSNull()
        record["published"] = article.published?.description ?? NSNull()
        record["date_precision"] = article.published?.precision.rawValue ?? NSNull()
        record["author"] = article.byline ?? NSNull()
        record["source"] = article.source ?? NSNull()
        record["url"] = article.url ?? NSNull()
        record["language"] = article.language ?? NSNull()
        record["tags"] = article.tags
        record["encoding"] = article.encoding ?? NSNull()
        record["body"] = article.body
    } catch {
        record["error"] = "\(error)"
    }
    if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) {
        print(String(decoding: data, as: UTF8.self))
    }
}
FileHandle.standardError.write(Data("total extraction seconds: \(total)\n".utf8))
