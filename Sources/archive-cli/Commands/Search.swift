import Archive
import ArgumentParser

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over titles and bodies, best hits first.",
        discussion: """
            Query language: words (all must match), "exact phrases", OR, -word or NOT word, prefix*,
            title:word. Anything else is taken literally, so al-Kahf just works.
            Diacritics and word endings are ignored: ashab finds Aṣḥab, attack finds attacked.
            A word in capitals of 2 to 5 letters is an acronym: US (or U.S.) finds US and U.S.,
            not "us" or "using". Amounts and percentages match as written: £600m is not $600m.
            Arabic spellings meet: أصحاب finds اصحاب, كهف finds الكهف and بالكهف, ١٢٣ finds 123.
            --exact: the words as written, but for case (no word endings, no folding).
            An empty result under filters says on stderr what each filter removed.
            CSV columns: id,rank,title,published,source,snippet,path (rank: 1 is the best hit).
            With --facets, instead of the hits: type,name,articles — the entities of each type
            named in most of all the hits.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "What to look for.")
    var query: String

    @Option(name: .long, help: "How many hits to show.")
    var limit = 20

    @Option(name: .long, help: "Skip this many hits first (for paging).")
    var offset = 0

    @Flag(name: .long, help: "Pass the query to SQLite FTS5 as it is, in FTS5's own syntax.")
    var raw = false

    @Flag(name: .long, help: "Match the words as written: no word endings, no folding but for case.")
    var exact = false

    @Flag(name: .long, help: "Show every copy of a story, not just one hit per story.")
    var allCopies = false

    @Flag(name: .long, help: "Instead of the hits, the top entities of each type among all hits.")
    var facets = false

    func validate() throws {
        guard limit >= 0, offset >= 0 else { throw ValidationError("--limit and --offset cannot be negative.") }
        guard !(raw && exact) else { throw ValidationError("--raw and --exact cannot be used together.") }
    }

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            var request = SearchRequest(query: query)
            request.raw = raw
            request.exact = exact
            request.filter = try filters.filter(allCopies: allCopies, in: db)
            request.limit = limit
            request.offset = offset
            try output.withWriter { writer, format, sink in
                if format == .table && sink.isTerminal {
                    request.highlight = (String(Highlight.start), String(Highlight.end))
                }
                let found = facets ? try Searcher.facets(request, in: db, to: writer) : try Searcher.search(request, in: db, to: writer)
                if found == 0 && offset == 0 { try explainEmpty { try FilterReport.search(request, in: db) } }
            }
        }
    }
}
