/// What `archive --version` prints: the program, the archive schema it writes, the SQLite it runs on.
public enum ArchiveVersion {
    /// The program's version; raise it with every release.
    public static let program = "0.1.0"

    /// Three lines; the program name first, as `--version` output usually starts.
    public static var report: String {
        // The compile-time option rather than a probe connection: this runs at every start.
        let fts5 = Connection.libraryHasOption("ENABLE_FTS5") ? "with FTS5" : "without FTS5 (searches cannot run; install a SQLite with FTS5)"
        return """
            archive \(program)
            archive schema version \(Schema.version) (older archives are migrated when opened)
            SQLite \(Connection.libraryVersion) \(fts5)
            """
    }
}
