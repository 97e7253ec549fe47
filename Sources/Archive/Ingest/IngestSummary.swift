/// What one ingest did, file by file counted.
public struct IngestSummary: Sendable, Equatable {
    public var seen = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Identical copies of an article already in the archive.
    public var copies = 0
    /// New articles linked to an earlier copy of the same story.
    public var nearDuplicates = 0
    public var skipped: [String: Int] = [:]
    public var pruned = 0
    /// Files under the folder that `--include`/`--exclude` left out (not read, not recorded).
    public var excluded = 0

    public init() {}

    /// Adds another run's counts, for a command that ingests several folders.
    public mutating func add(_ other: IngestSummary) {
        seen += other.seen; added += other.added; updated += other.updated; unchanged += other.unchanged
        copies += other.copies; nearDuplicates += other.nearDuplicates; pruned += other.pruned; excluded += other.excluded
        skipped.merge(other.skipped, uniquingKeysWith: +)
    }

    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// The summary as a person reads it at the end of a run.
    public var report: String {
        var lines = ["files seen: \(seen)", "added: \(added)", "updated: \(updated)", "unchanged: \(unchanged)",
                     "duplicates: \(copies + nearDuplicates) (\(copies) identical copies, \(nearDuplicates) near-duplicates)",
                     "skipped: \(skippedTotal)"]
        for (reason, count) in skipped.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
            lines.append("  \(reason): \(count)")
        }
        if pruned > 0 { lines.append("pruned: \(pruned)") }
        if excluded > 0 { lines.append("excluded by --include/--exclude: \(excluded)") }
        return lines.joined(separator: "\n")
    }
}
