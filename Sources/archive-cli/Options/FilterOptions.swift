import Archive
import ArgumentParser

/// Which articles a search or export covers.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only articles published on or before this date.", valueName: "date"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Only articles from this outlet (repeatable; case does not matter).", valueName: "name"))
    var source: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only articles naming this entity, under any spelling (repeatable: all must be named).", valueName: "name"))
    var entity: [String] = []

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate(iso: value) == nil {
                throw ValidationError(ArchiveError.invalidDate(argument: name, value: value).description)
            }
        }
    }

    func filter(allCopies: Bool, in db: Connection) throws -> ArticleFilter {
        var filter = ArticleFilter(since: try since.map { try ArticleFilter.date($0, argument: "--since") },
                                   until: try until.map { try ArticleFilter.date($0, argument: "--until") },
                                   sources: source, allCopies: allCopies)
        filter.entities = try entity.map { name in
            let ids = try EntityQueries.entityIDs(named: name, in: db)
            guard !ids.isEmpty else { throw ArchiveError.entityNotFound(name: name) }
            return ids
        }
        return filter
    }
}
