import Testing
@testable import Archive

@Suite("FTSQuery")
struct QueryParserTests {
    private func expression(_ query: String) throws -> String {
        try FTSQuery.parse(query).expression
    }

    /// The reason of the invalidQuery error `query` throws, or nil if it parses.
    private func rejection(_ query: String) -> String? {
        do {
            _ = try FTSQuery.parse(query)
            return nil
        } catch let ArchiveError.invalidQuery(thrownQuery, reason) {
            #expect(thrownQuery == query)
            return reason
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test("the user's syntax becomes the matching FTS5 expression", arguments: [
        ("gaza ceasefire", #""gaza" AND "ceasefire""#),
        ("gaza AND ceasefire", #""gaza" AND "ceasefire""#),
        (#""exact phrase""#, #""exact phrase""#),
        (#""  spaced   out ""#, #""spaced out""#),
        ("a OR b c", #"("a" OR "b") AND "c""#),
        ("a OR b OR c", #"("a" OR "b" OR "c")"#),
        ("iraq -convoy", #""iraq" NOT "convoy""#),
        ("iraq NOT convoy", #""iraq" NOT "convoy""#),
        (#"iraq -"dhi qar""#, #""iraq" NOT "dhi qar""#),
        ("a b -c NOT d", #"("a" AND "b") NOT ("c" OR "d")"#),
        ("attack*", #""attack"*"#),
        (#""dhi q"*"#, #""dhi q"*"#),
        ("title:iraq", #"title : "iraq""#),
        (#"title:"dhi qar" body:convoy"#, #"title : "dhi qar" AND body : "convoy""#),
        ("Title:attack* -body:convoy", #"title : "attack"* NOT body : "convoy""#),
        ("title:a OR b", #"(title : "a" OR "b")"#),
        ("source:reuters", #""source:reuters""#),
        ("title: iraq", #""title:" AND "iraq""#),
        ("U.S. forces", #"{title_forms body_forms} : "US" AND "forces""#),
        ("al-Kahf", #""al-Kahf""#),
        ("Aṣḥab al-Kahf", #""Aṣḥab" AND "al-Kahf""#),
        ("park.", #""park.""#),
        ("ṣ 北京 مصر", #""ṣ" AND "北京" AND {title_forms body_forms} : "مصر""#),
    ])
    func translates(query: String, expected: String) throws {
        #expect(try expression(query) == expected)
    }

    @Test("anything that is not the user's syntax is taken literally", arguments: [
        ("al-Kahf (", #""al-Kahf""#),
        ("( iraq )", #""iraq""#),
        ("(iraq)", #""(iraq)""#),
        (#"say "hello"#, #""say" AND """hello""#),
        (#"foo"bar"#, #""foo""bar""#),
        // A quote carrying a combining mark is one Character but still a quote to FTS5.
        ("park.\"\u{301}**", "\"park.\"\"\u{301}\"*"),
        (#"" iraq"#, #""iraq""#),
        ("NEAR(a b, 5)", #"("NEAR(a" AND {title_forms body_forms} : "NEAR") AND "b," AND "5)""#),
        ("iraq *", #""iraq""#),
        ("'; DROP TABLE articles; --", #"{title_forms body_forms} : "DROP" AND {title_forms body_forms} : "TABLE" AND "articles;""#),
        ("war or peace", #""war" AND "or" AND "peace""#),
        ("not iraq", #""not" AND "iraq""#),
        ("OR iraq AND", #""OR" AND "iraq" AND "AND""#),
        ("a OR OR b", #"("a" OR "OR") AND "b""#),
        ("a AND AND b", #""a" AND "AND" AND "b""#),
        ("iraq NOT", #""iraq" AND "NOT""#),
        ("a NOT NOT b", #"("a" AND "b") NOT "NOT""#),
        ("a OR -b", #"("a" AND "OR") NOT "b""#),
        ("-a OR b", #"("OR" AND "b") NOT "a""#),
        ("a^2 +b", #""a^2" AND "+b""#),
        ("- iraq --", #""iraq""#),
        ("title:( iraq", #""iraq""#),
        ("a\u{0}b\tc\u{7}d", #""a" AND "b" AND "c" AND "d""#),
        ("\"a\u{0}b\"", #""a b""#),
    ])
    func literal(query: String, expected: String) throws {
        #expect(try expression(query) == expected)
    }

    @Test("a query with nothing to search for is refused", arguments: ["", "   ", "\"", "*", "( ) -", "\"\"", "'; --", "\u{0}"])
    func empty(query: String) {
        #expect(rejection(query) == "the query has no words to search for")
    }

    @Test("a query of exclusions only is refused", arguments: ["-iraq", "NOT iraq", "-iraq -\"dhi qar\"", "NOT iraq ("])
    func onlyExclusions(query: String) {
        #expect(rejection(query) == "a query needs at least one word that is not excluded")
    }

    @Test("terms list the positive words and phrases without operators")
    func terms() throws {
        let query = try FTSQuery.parse(#"title:iraq attack* OR "dhi qar" -convoy NOT us iraq"#)
        #expect(query.terms == ["iraq", "attack", "dhi qar"])
        #expect(query.expression == #"(title : "iraq" AND ("attack"* OR "dhi qar") AND "iraq") NOT ("convoy" OR "us")"#)
    }

    @Test("a 10,000-word query stays one flat AND")
    func longQuery() throws {
        let words = (0..<10_000).map { "w\($0)" }
        let query = try FTSQuery.parse(words.joined(separator: " ") + " -x -y")
        #expect(query.terms.count == 10_000)
        #expect(query.expression.hasPrefix(#"("w0" AND "w1" AND "#))
        #expect(query.expression.hasSuffix(#" AND "w9999") NOT ("x" OR "y")"#))
    }

    @Test("raw passes FTS5 syntax through untouched")
    func raw() {
        let query = FTSQuery.raw("NEAR(a b, 5) OR c*")
        #expect(query.expression == "NEAR(a b, 5) OR c*")
        #expect(query.terms.isEmpty)
    }
}
