import Foundation

/// Restrictions on which articles a search or an export covers.
public struct ArticleFilter: Sendable {
    public var since: PartialDate?
    public var until: PartialDate?
    /// Outlets, matched without regard to case; empty means all.
    public var sources: [String] = []
    /// Include every copy of a story, not just its original.
    public var allCopies = false
    /// Articles must name each of these entities; each is the ids one name resolves to.
    public var entities: [[Int64]] = []

    public init(since: PartialDate? = nil, until: PartialDate? = nil, sources: [String] = [], allCopies: Bool = false) {
        self.since = since
        self.until = until
        self.sources = sources
        self.allCopies = allCopies
    }

    /// A date range compares with a partial date by overlap: `2021-06` is on or after
    /// `--since 2021-06-15` (it may be), and on or before `--until 2021-06-01`.
    static let sqlCondition = """
        (:all_copies OR a.duplicate_of IS NULL)
        AND (:since IS NULL OR (CASE length(a.published) WHEN 4 THEN a.published || '-12-31'
                                                          WHEN 7 THEN a.published || '-31'
                                                          ELSE a.published END) >= :since)
        AND (:until IS NULL OR a.published <= :until)
        AND (:sources IS NULL OR lower(a.source) IN (SELECT lower(value) FROM json_each(:sources)))
        AND (:entity_sets IS NULL OR NOT EXISTS (
                SELECT 1 FROM json_each(:entity_sets) AS wanted WHERE NOT EXISTS (
                    SELECT 1 FROM mention_spans AS m WHERE m.article_id = a.id
                    AND m.entity_id IN (SELECT value FROM json_each(wanted.value)))))
        """

    var parameters: [String: Value] {
        [":all_copies": .integer(allCopies ? 1 : 0),
         ":since": Value(since?.description),
         ":until": Value(until?.description),
         ":sources": sources.isEmpty ? .null : .text(TagList.encode(sources)),
         ":entity_sets": entities.isEmpty ? .null
             : .text("[" + entities.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]")]
    }

    /// Parses a `--since`/`--until` argument.
    public static func date(_ text: String, argument: String) throws -> PartialDate {
        guard let date = PartialDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw ArchiveError.invalidDate(argument: argument, value: text)
        }
        return date
    }
}
