/// Why a listing under filters came back empty: how many rows there were before the filters, how
/// many each filter keeps on its own, and how many it could not judge (no date, no source). An
/// empty answer otherwise looks the same as a wrong query or an empty archive.
public enum FilterReport {
    /// For `archive search` with no hit: nil when no filter was given.
    public static func search(_ request: SearchRequest, in db: Connection) throws -> String? {
        let filter = request.filter
        guard filter.since != nil || filter.until != nil || !filter.sources.isEmpty || !filter.entities.isEmpty else { return nil }
        let query = try Searcher.query(of: request, in: db)
        let count = try db.prepare("""
            SELECT count(*), coalesce(sum(a.published IS NULL), 0), coalesce(sum(a.source IS NULL), 0)
            FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH :match AND \(ArticleFilter.sqlCondition) \(Searcher.exactCondition(query))
            """)
        func counts(_ only: ArticleFilter) throws -> (all: Int64, undated: Int64, unsourced: Int64) {
            var parameters = only.parameters
            parameters[":match"] = .text(query.expression)
            try count.bind(parameters)
            let row = try count.next() ?? []
            try count.bind([])
            return (row.first?.integerValue ?? 0, row.dropFirst().first?.integerValue ?? 0, row.last?.integerValue ?? 0)
        }
        let unfiltered = ArticleFilter(allCopies: filter.allCopies)
        let before = try counts(unfiltered)
        var lines = ["No hits: the words match \(articles(before.all)) before the filters."]
        guard before.all > 0 else { return lines[0] + "\n" }
        if filter.since != nil || filter.until != nil {
            var only = unfiltered
            (only.since, only.until) = (filter.since, filter.until)
            let dates = [filter.since.map { "--since \($0)" }, filter.until.map { "--until \($0)" }].compactMap { $0 }
            lines.append(line(dates.joined(separator: " "), keeps: try counts(only).all, of: before.all,
                              unjudged: before.undated, what: "no date"))
        }
        if !filter.sources.isEmpty {
            var only = unfiltered
            only.sources = filter.sources
            lines.append(line(filter.sources.map { "--source \($0)" }.joined(separator: " "), keeps: try counts(only).all,
                              of: before.all, unjudged: before.unsourced, what: "no source"))
        }
        if !filter.entities.isEmpty {
            var only = unfiltered
            only.entities = filter.entities
            lines.append(line("--entity", keeps: try counts(only).all, of: before.all, unjudged: 0, what: ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// For `archive events` and `archive timeline` with no event: nil when no filter was given.
    public static func events(_ filter: EventFilter, in db: Connection) throws -> String? {
        // Each filter given, as the user wrote it, with a filter holding it alone and what it cannot judge.
        typealias Step = (label: String, only: (inout EventFilter) -> Void, unjudged: Int?)
        var steps: [Step] = []
        if let type = filter.eventType { steps.append(("--type \(type)", { $0.eventType = type }, nil)) }
        if let subType = filter.subType { steps.append(("--sub-type \(subType)", { $0.subType = subType }, nil)) }
        if filter.since != nil || filter.until != nil {
            let label = [filter.since.map { "--since \($0)" }, filter.until.map { "--until \($0)" }].compactMap { $0 }.joined(separator: " ")
            steps.append((label, { ($0.since, $0.until) = (filter.since, filter.until) }, 1))
        }
        if let country = filter.country { steps.append(("--country \(country)", { $0.country = country }, nil)) }
        if let admin1 = filter.admin1 { steps.append(("--admin1 \(admin1)", { $0.admin1 = admin1 }, nil)) }
        if !filter.actors.isEmpty { steps.append(("--actor", { $0.actors = filter.actors }, nil)) }
        if let query = filter.query { steps.append(("--query", { $0.query = query }, nil)) }
        if let confidence = filter.minConfidence {
            steps.append(("--min-confidence \(confidence)", { $0.minConfidence = confidence }, 2))
        }
        if let near = filter.near {
            let label = "--near \(near.latitude),\(near.longitude) --within \(filter.withinKilometres ?? EventFilter.defaultKilometres) km"
            steps.append((label, { ($0.near, $0.withinKilometres) = (near, filter.withinKilometres) }, 3))
        }
        if let box = filter.box { steps.append(("--bbox", { $0.box = box }, 3)) }
        guard !steps.isEmpty else { return nil }
        let count = try db.prepare("""
            SELECT count(*), coalesce(sum(e.event_date IS NULL), 0), coalesce(sum(e.confidence IS NULL), 0),
                   coalesce(sum(e.latitude IS NULL), 0)
            FROM events AS e WHERE
            """ + " " + EventFilter.sqlCondition)
        func counts(_ only: EventFilter) throws -> [Int64] {
            try count.bind(only.bindings())
            let row = try count.next() ?? []
            try count.bind([])
            return row.map { $0.integerValue ?? 0 }
        }
        let before = try counts(EventFilter())
        var lines = ["No events: the archive holds \(number(before[0])) \(before[0] == 1 ? "event" : "events") before the filters."]
        guard before[0] > 0 else { return lines[0] + "\n" }
        let reasons = [1: "no date", 2: "no confidence (stored before it existed, until `archive reindex`)",
                       3: "no point (no place named, or stored before points existed, until `archive reindex`)"]
        for step in steps {
            var only = EventFilter()
            step.only(&only)
            lines.append(line(step.label, keeps: try counts(only)[0], of: before[0], unjudged: step.unjudged.map { before[$0] } ?? 0,
                              what: step.unjudged.flatMap { reasons[$0] } ?? "", noun: "events"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// For `archive entities` with no entity: nil when neither a type nor a spelling was asked for.
    public static func entities(type: EntityType?, query: String?, in db: Connection) throws -> String? {
        guard type != nil || query != nil else { return nil }
        let count = try db.prepare("""
            SELECT count(*) FROM entities AS e WHERE (?1 IS NULL OR e.type = ?1)
              AND (?2 IS NULL OR e.id IN (\(EntityQueries.spellingMatch(2))))
              AND EXISTS (SELECT 1 FROM mention_spans AS m WHERE m.entity_id = e.id)
            """)
        func entities(_ type: EntityType?, _ query: String?) throws -> Int64 {
            try count.bind([Value(type?.rawValue), EntityQueries.spellingPattern(query)])
            defer { try? count.bind([]) }
            return try count.next()?.first?.integerValue ?? 0
        }
        let all = try entities(nil, nil)
        var lines = ["No entities: the archive names \(number(all)) before the filters."]
        if let type { lines.append("  --type \(type.rawValue) keeps \(number(try entities(type, nil))).") }
        if let query { lines.append("  --query \(query) keeps \(number(try entities(nil, query))) (a spelling with a word starting so, any type).") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ label: String, keeps kept: Int64, of all: Int64, unjudged: Int64, what: String,
                             noun: String = "articles") -> String {
        var text = "  \(label) keeps \(number(kept)) of them"
        if unjudged > 0 { text += "; \(number(unjudged)) of the \(number(all)) \(noun) have \(what), which it cannot judge" }
        return text + "."
    }

    private static func articles(_ count: Int64) -> String {
        "\(number(count)) \(count == 1 ? "article" : "articles")"
    }

    /// 2098 as 2,098.
    static func number(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
