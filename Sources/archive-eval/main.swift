import Archive
import Foundation

// Runs the extractor over the files named on the command line and prints one JSON object per
// file: what `archive` would store, plus the time the extraction took. No database involved;
// scripts/eval-extraction.py reads the output.

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
