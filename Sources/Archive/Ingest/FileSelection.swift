import Foundation

/// Which of the files found under a folder an ingest reads: `--include`/`--exclude` patterns, and
/// files whose names say they are the folder's own notes (README, LICENSE…), which are not articles.
/// A file named on the command line is always read.
public struct FileSelection: Sendable, Equatable {
    /// Only files matching one of these are read (all files when empty).
    public var include: [String]
    /// Files matching one of these are passed over, as hidden files are.
    public var exclude: [String]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    enum Verdict: Equatable {
        case read
        case excluded
        case skipped(SkipReason)
    }

    /// Names (before the first dot, any case) that a corpus or software folder uses for its notes:
    /// a corpus's README became its first article, with a person named "Natural Classes".
    static let noteNames: Set<String> = [
        "readme", "license", "licence", "copying", "changelog", "changes", "authors", "contributors", "contributing",
        "notice", "install", "code_of_conduct", "manifest", "security",
    ]

    /// The verdict on a file at `relativePath` (below the ingested folder, `/`-separated).
    /// A pattern matches the whole relative path, the file's name or the name of a folder on the
    /// way (`--exclude drafts`, `--exclude '*.md'`, `--include '2021/*'`), as the shell's `*`, `?`, `[…]` do.
    func verdict(relativePath: String) -> Verdict {
        if exclude.contains(where: { Self.matches($0, relativePath) }) { return .excluded }
        let included = include.contains { Self.matches($0, relativePath) }
        if !include.isEmpty && !included { return .excluded }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).first.map { $0.lowercased() } ?? ""
        if !included, Self.noteNames.contains(stem) {
            return .skipped(SkipReason(category: "not an article",
                                       detail: "not an article: \(name) is a folder's notes (--include '\(name)' reads it)"))
        }
        return .read
    }

    static func matches(_ pattern: String, _ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map(String.init)
        return ([relativePath] + parts).contains { fnmatch(pattern, $0, 0) == 0 }
    }
}
