import Foundation

/// Why a file did not become an article: a short category for the summary and the detail for `--verbose`.
public struct SkipReason: Error, Sendable, Equatable {
    public let category: String
    public let detail: String
}

/// What extraction found in an article's body: entity mentions and the events they take part in.
struct Extraction: Sendable {
    let mentions: [EntityMention]
    let events: [ExtractedEvent]
    /// `articles.title_forms` and `body_forms` (`SearchForms`).
    var forms: (title: String?, body: String?) = (nil, nil)

    init(_ article: Article) {
        self.init(body: article.body, published: article.published)
        forms = (SearchForms.column(article.title), SearchForms.column(article.body))
    }

    init(body: String, published: PartialDate?) {
        // Decoded once for both extractors.
        let input = EntityText(body)
        mentions = EntityExtractor.mentions(in: input)
        events = EventExtractor.events(in: input, published: published, mentions: mentions)
    }
}

/// What reading one file produced, ready for the writer.
enum FileOutcome: Sendable {
    /// Same size and time as in the ledger: not read at all.
    case unchanged(FileStamp)
    /// Touched but byte-for-byte the same as before.
    case sameContent(FileStamp, sha256: String)
    case article(FileStamp, sha256: String, Article, Fingerprint, Extraction)
    case skipped(FileStamp, SkipReason)
    /// A file of many articles, each record with its own place in the ledger.
    case container(FileStamp, sha256: String, [FileOutcome])

    /// Reads and extracts one file, comparing it to what the ledger knows. Never throws:
    /// anything wrong with the file becomes a skip with its reason.
    /// `defaultSource` is the outlet of an article that names none (`--source`).
    static func process(_ file: FileStamp, known: LedgerEntry?, defaultSource: String? = nil) -> FileOutcome {
        guard let format = FileFormat(path: file.path) else {
            let ext = file.path.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }
            return .skipped(file, SkipReason(category: "unsupported file type",
                                             detail: ext.map { "unsupported file type .\($0)" } ?? "no file extension"))
        }
        if let known, !known.skipped, known.size == file.size, known.mtime == file.mtime { return .unchanged(file) }
        let bytes: [UInt8]
        switch FileBytes.contents(of: file, limit: FileBytes.sizeLimit(for: format)) {
        case let .success(read): bytes = read
        case let .failure(reason): return .skipped(file, reason)
        }
        let sha = Fingerprint.sha256Hex(bytes)
        if let known, !known.skipped, known.sha256 == sha { return .sameContent(file, sha256: sha) }
        do {
            if format == .json {
                return container(file, sha256: sha, try JSONReader.read(bytes, path: file.path), defaultSource: defaultSource)
            }
            var article = try ArticleExtractor.extract(bytes: bytes, format: format, path: file.path)
            if article.source == nil { article.source = defaultSource }
            return .article(file, sha256: sha, article, Fingerprint(body: article.body), Extraction(article))
        } catch let ArchiveError.unreadableFile(_, reason) {
            let category = reason.hasPrefix("binary") ? "binary content" : reason.hasPrefix("no article text") ? "no article text"
                : reason.hasPrefix("too large") ? "too large" : "unreadable"
            return .skipped(file, SkipReason(category: category, detail: reason))
        } catch {
            return .skipped(file, SkipReason(category: "unreadable", detail: "\(error)"))
        }
    }

    /// Each record becomes an outcome of its own, at `path#key`, dated like its file.
    private static func container(_ file: FileStamp, sha256: String, _ records: [JSONRecord], defaultSource: String?) -> FileOutcome {
        .container(file, sha256: sha256, records.map { record in
            let stamp = FileStamp(path: file.path + "#" + record.key, size: file.size, mtime: file.mtime)
            switch record.result {
            case var .success(article):
                if article.source == nil { article.source = defaultSource }
                return .article(stamp, sha256: record.sha256, article, Fingerprint(body: article.body), Extraction(article))
            case let .failure(skip): return .skipped(stamp, SkipReason(category: "not an article (JSON record)", detail: skip.reason))
            }
        })
    }

    var file: FileStamp {
        switch self {
        case let .unchanged(f), let .sameContent(f, _), let .article(f, _, _, _, _), let .skipped(f, _), let .container(f, _, _): return f
        }
    }
}
