import Foundation
import Testing
@testable import Archive

/// Search means what was typed (issue 16): acronyms, amounts, Arabic spellings, --exact, long
/// queries, and stock SQLite searching the same index. Every text here was written for these tests.
@Suite("Search means what was typed")
struct SearchMeaningTests {
    let folder = TemporaryFolder()
    let path: String
    let db: Connection

    /// Our own articles, by file name.
    static let articles: [String: String] = [
        "acronym.txt": "Talks in Geneva\n\nThe US and the UN agreed a ceasefire plan on Monday. NATO officials said the PKK had been told.\n",
        "dotted.txt": "Envoy arrives\n\nThe U.S. envoy met U.N. staff in the capital before flying home.\n",
        "plain.txt": "Garden notes\n\nLet us plant beans early. The gardeners are using more water than ever, who knows why.\n",
        "pounds.txt": "Club sold\n\nThe club was sold for £600m to a group of investors, the owners said.\n",
        "dollars.txt": "Studio sold\n\nThe studio was sold for $600m, and its rival earned $1.13bn last year; rents rose 10% in a year.\n",
        "rate.txt": "Prices climb\n\nPrices rose by 10 per cent, or 12% in the capital, and the £5 note was changed.\n",
        "cave.txt": "قصة أصحاب الكهف\n\nذهب أصحابُ الكهفِ إلى الجبلِ في سنة ١٤٣٥ وناموا طويلاً. وكانت المدرسةُ على الطريق.\n",
        "cave2.txt": "في الكهف\n\nدخل الرجال بالكهف ليلا، ثم خرجوا إلى قرية كبيرة فيها مستشفى جديد.\n",
        "persian.txt": "گزارش\n\nکتاب جدید درباره کوه در سال 1435 منتشر شد و یک مدرسه بزرگ ساخته شد.\n",
        "tatweel.txt": "خبر قصير\n\nقال المسؤول إن الطريـــق إلى المستشفي مغلق منذ الصباح والناس ينتظرون.\n",
    ]

    init() throws {
        for (name, text) in Self.articles { try folder.write(text, to: "articles/\(name)") }
        path = folder.file("archive.sqlite").path
        _ = try Ingester(databasePath: path).ingest(folder.file("articles").path)
        db = try ArchiveDatabase.openForReading(at: path)
    }

    /// The file names of the hits, best first.
    private func hits(_ query: String, exact: Bool = false) throws -> [String] {
        var request = SearchRequest(query: query)
        request.exact = exact
        return try searchHits(request, in: db, scratch: folder).map { hit in
            // An article another program wrote has no file: its title stands for it.
            guard let path = hit["path"] as? String else { return hit["title"] as? String ?? "?" }
            return String(path.split(separator: "/").last!)
        }
    }

    // MARK: - Forms

    @Test("acronyms: capitals of 2–5 letters and dotted capitals; not mixed case, not longer words")
    func acronymForms() {
        let forms = SearchForms.forms(in: "The US, U.S. and U.S envoys met NATO, Us and USAID in xUS and UNICEF; J. Smith, I.")
        #expect(forms.filter { $0.kind == .acronym }.map(\.text) == ["US", "US", "US", "NATO", "USAID"])
        #expect(SearchForms.acronym(ofQueryWord: "U.S.") == "US")
        #expect(SearchForms.acronym(ofQueryWord: "us") == nil)
    }

    @Test("amounts keep their currency and scale; percentages are their own forms")
    func amountForms() {
        let forms = SearchForms.forms(in: "It cost £600m, not $600m; $1.13bn, €5, ¥1,000 and 2.5% or 10 %.")
        #expect(forms.map(\.text) == ["gbp600m", "usd600m", "usd1p13bn", "eur5", "jpy1000", "2p5pct", "10pct"])
    }

    @Test("Arabic words fold hamza, taa marbuta, alef maqsura, Persian letters, tatweel and harakat, and lose proclitics")
    func arabicForms() {
        func form(_ word: String) -> String? { SearchForms.forms(in: word).first?.text }
        #expect(form("أصحاب") == form("اصحاب"))
        #expect(form("إسلام") == form("اسلام") && form("آمن") == form("امن") && form("ٱلله") == form("الله"))
        #expect(form("مدرسة") == form("مدرسه"))
        #expect(form("مستشفى") == form("مستشفي"))
        #expect(form("مَدْرَسَةٌ") == form("مدرسه"))
        #expect(form("الطويـــل") == form("طويل"))
        #expect(form("کتاب") == form("كتاب") && form("یوم") == form("يوم"))
        for word in ["الكهف", "بالكهف", "والكهف", "فالكهف", "كالكهف", "للكهف", "وبالكهف", "بكهف", "وكهف"] {
            #expect(form(word) == "كهف", "\(word)")
        }
        // Three letters always stay: the article of الله and the و of ولد are not taken off.
        #expect(form("الله") == "الله" && form("ولد") == "ولد")
        #expect(SearchForms.forms(in: "سنة ١٤٣٥ و ۱۲").filter { $0.kind == .number }.map(\.text) == ["1435", "12"])
    }

    // MARK: - Queries

    @Test("a query's acronym, amount and Arabic word are looked for in the forms columns; --exact uses none")
    func rendering() throws {
        #expect(try FTSQuery.parse("US").expression == "{title_forms body_forms} : \"US\"")
        #expect(try FTSQuery.parse("U.S.").expression == "{title_forms body_forms} : \"US\"")
        #expect(try FTSQuery.parse("title:NATO").expression == "title_forms : \"NATO\"")
        #expect(try FTSQuery.parse("£600m").expression == "{title_forms body_forms} : \"gbp600m\"")
        #expect(try FTSQuery.parse("بالكهف").expression == "{title_forms body_forms} : \"كهف\"")
        #expect(try FTSQuery.parse("١٤٣٥").expression == "\"1435\"")
        #expect(try FTSQuery.parse("US-led").expression == "(\"US-led\" AND {title_forms body_forms} : \"US\")")
        #expect(try FTSQuery.parse("us").expression == "\"us\"")
        #expect(try FTSQuery.parse("US", exact: true).expression == "\"US\"")
    }

    @Test("US finds US and U.S. in capitals, never us, using or who; U.S. is the same query")
    func acronyms() throws {
        #expect(Set(try hits("US")) == ["acronym.txt", "dotted.txt"])
        #expect(Set(try hits("U.S.")) == Set(try hits("US")))
        #expect(try hits("UN").sorted() == ["acronym.txt", "dotted.txt"])
        #expect(try hits("WHO").isEmpty)
        #expect(try hits("PKK") == ["acronym.txt"])
        // Lower case stays case-insensitive and stemmed: us finds using and US too.
        #expect(Set(try hits("us")).isSuperset(of: ["plain.txt", "acronym.txt"]))
    }

    @Test("an amount finds what is written, currency included, first")
    func amounts() throws {
        #expect(try hits("£600m") == ["pounds.txt"])
        #expect(try hits("$600m") == ["dollars.txt"])
        #expect(try hits("$1.13bn") == ["dollars.txt"])
        #expect(try hits("10%") == ["dollars.txt"])
        #expect(try hits("€5").isEmpty)
        #expect(try hits("£5") == ["rate.txt"])
    }

    @Test("Arabic spellings meet: hamza, article and proclitics, taa marbuta, alef maqsura, tatweel, digits, Persian letters")
    func arabic() throws {
        #expect(try hits("اصحاب") == ["cave.txt"])
        #expect(try hits("أصحاب الكهف") == ["cave.txt"])
        #expect(try hits("\"اصحاب الكهف\"") == ["cave.txt"])
        #expect(Set(try hits("كهف")) == ["cave.txt", "cave2.txt"])
        #expect(Set(try hits("والكهف")) == ["cave.txt", "cave2.txt"])
        #expect(try hits("مدرسه").sorted() == ["cave.txt", "persian.txt"])
        #expect(Set(try hits("المستشفى")) == ["cave2.txt", "tatweel.txt"])
        #expect(try hits("طريق").sorted() == ["cave.txt", "tatweel.txt"])
        #expect(try hits("كتاب") == ["persian.txt"])
        #expect(try hits("١٤٣٥").sorted() == ["cave.txt", "persian.txt"])
        #expect(try hits("1435").sorted() == ["cave.txt", "persian.txt"])
    }

    @Test("--exact: no stemming and no folding but for case")
    func exact() throws {
        #expect(try hits("using", exact: true) == ["plain.txt"])
        #expect(try hits("use", exact: true).isEmpty)
        #expect(Set(try hits("us", exact: true)) == ["plain.txt", "acronym.txt"])
        #expect(try hits("اصحاب", exact: true).isEmpty)  // every article writes it with its hamza
        #expect(try hits("الجبل", exact: true).isEmpty)  // written with a kasra
        #expect(try hits("الجبلِ", exact: true) == ["cave.txt"])
        #expect(try hits("أصحابُ", exact: true) == ["cave.txt"])  // as the body writes it, with its damma
        #expect(try hits("كهف", exact: true).isEmpty)
        #expect(try hits("£600m", exact: true) == ["pounds.txt"])
        #expect(try hits("sold -£600m", exact: true) == ["dollars.txt"])
        #expect(try hits("\"group of investors\"", exact: true) == ["pounds.txt"])
        #expect(try hits("garden*", exact: true) == ["plain.txt"])
    }

    @Test("a hit found by a form has it highlighted in its snippet")
    func snippets() throws {
        var request = SearchRequest(query: "£600m")
        request.highlight = ("<", ">")
        let snippet = try searchHits(request, in: db, scratch: folder).first?["snippet"] as? String
        #expect(snippet?.contains("<£600m>") == true, "\(snippet ?? "")")
        request = SearchRequest(query: "١٤٣٥")
        request.highlight = ("<", ">")
        let snippets = try searchHits(request, in: db, scratch: folder).compactMap { $0["snippet"] as? String }
        #expect(snippets.count == 2 && snippets.allSatisfy { $0.contains("<1435>") || $0.contains("<١٤٣٥>") }, "\(snippets)")
    }

    // MARK: - Stock SQLite

    @Test("stock SQLite's FTS5 searches the forms with no function of ours; the index is consistent")
    func stockSQLite() throws {
        let plain = try Connection(path: path, mode: .readOnly)
        func ids(_ match: String) throws -> Int64? {
            try plain.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [.text(match)])?.integerValue
        }
        #expect(try ids("{title_forms body_forms} : US") == 2)
        #expect(try ids("body_forms : gbp600m") == 1)
        #expect(try ids("body_forms : كهف") == 2)
        #expect(try ids("beans") == 1)
        let writer = try Connection(path: path)
        try writer.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test("articles another program writes get their forms at the next ingest or reindex")
    func otherWriters() throws {
        let other = try Connection(path: path)
        try other.execute("""
            INSERT INTO articles (title, body, words, content_hash, simhash, extractor_version, added_at, updated_at)
            VALUES ('Pasted', 'The IMF lent £9m to the port.', 7, 'x', 0, 0, '', '')
            """)
        #expect(try other.scalar("SELECT count(*) FROM search_forms_stale") == .integer(1))
        #expect(try hits("IMF").isEmpty)
        try FileManager.default.createDirectory(at: folder.file("empty"), withIntermediateDirectories: true)
        _ = try Ingester(databasePath: path).ingest(folder.file("empty").path)
        #expect(try hits("IMF") == ["Pasted"])
        #expect(try hits("£9m") == ["Pasted"])
        #expect(try other.scalar("SELECT count(*) FROM search_forms_stale") == .integer(0))
        try other.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    }

    // MARK: - Long queries

    @Test("a pasted article of 10,000 words is searched for each distinct word once and finds its article")
    func longQuery() throws {
        var random = SystemRandomNumberGenerator()
        let syllables = ["ba", "ko", "ri", "mu", "se", "ta", "lo", "ne", "vi", "du"]
        var words: [String] = []
        var seen = Set<String>()
        while words.count < 2_000 {
            let word = (0..<5).map { _ in syllables.randomElement(using: &random)! }.joined()
            if seen.insert(word).inserted { words.append(word) }
        }
        try folder.write("A long list\n\n" + words.joined(separator: " ") + ".\n", to: "long/list.txt")
        _ = try Ingester(databasePath: path).ingest(folder.file("long").path)
        // A pasted text repeats itself: 10,000 words, 2,000 of them distinct.
        let pasted = (0..<10_000).map { words[$0 % words.count] }.joined(separator: " ")
        let query = try FTSQuery.parse(pasted)
        #expect(query.expression.components(separatedBy: " AND ").count == 2_000)
        #expect((query.snippetExpression?.components(separatedBy: " OR ").count ?? 0) <= FTSQuery.snippetTerms)
        let reader = try ArchiveDatabase.openForReading(at: path)
        #expect(try searchHits(SearchRequest(query: pasted), in: reader, scratch: folder).count == 1)
    }

    // MARK: - Empty results under filters

    @Test("an empty result under filters says on stderr how many the words match and what each filter removed")
    func emptyResultsExplained() throws {
        let cli = CLI(directory: folder.url)
        let dated = try cli.run(["search", "US", "--since", "2004", "--db", path, "--format", "csv"])
        #expect(dated.status == 0)
        #expect(dated.stdout.split(whereSeparator: \.isNewline) == [Substring(Searcher.columns.joined(separator: ","))])
        #expect(dated.stderr.contains("No hits: the words match 2 articles before the filters."), "\(dated.stderr)")
        #expect(dated.stderr.contains("--since 2004 keeps 0 of them; 2 of the 2 articles have no date"), "\(dated.stderr)")
        let sourced = try cli.run(["search", "كهف", "--source", "BBC", "--db", path, "--format", "csv"])
        #expect(sourced.stderr.contains("--source BBC keeps 0 of them; 2 of the 2 articles have no source"), "\(sourced.stderr)")
        // With a hit, or with no filter, nothing is said.
        #expect(try cli.run(["search", "US", "--db", path, "--format", "csv"]).stderr.isEmpty)
        #expect(try cli.run(["search", "nothingsuch", "--db", path, "--format", "csv"]).stderr.isEmpty)
        let events = try cli.run(["events", "--since", "2004", "--country", "Iraq", "--db", path, "--format", "csv"])
        #expect(events.stderr.hasPrefix("No events: the archive holds"), "\(events.stderr)")
        let timeline = try cli.run(["timeline", "--since", "2004", "--db", path, "--format", "csv"])
        #expect(timeline.stderr.hasPrefix("No events: the archive holds"), "\(timeline.stderr)")
        let entities = try cli.run(["entities", "--type", "person", "--query", "Zzyzx", "--db", path, "--format", "csv"])
        #expect(entities.stderr.contains("--query Zzyzx keeps 0"), "\(entities.stderr)")
    }
}
