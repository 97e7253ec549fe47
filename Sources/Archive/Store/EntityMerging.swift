/// One entity per referent across the archive. Extraction keys each text's entities on its own,
/// so an article that names a man by his surname alone, an organisation by the acronym another
/// article defined, or a club the tagger once took for a person, makes an entity of its own.
/// After every ingest and reindex this pass merges those into the entity they refer to:
/// - a person's full name with and without middle initials (`George W Bush`, `George Bush`);
/// - one name with several types (`Chelsea` a person and an organisation), a place of the
///   gazetteer excepted: a city's or a country's team is another referent;
/// - a surname alone, hyphenated or not, that texts gave as a spelling of a person's full name
///   (`Blair` joined to `Tony Blair`, `Kilroy-Silk` to `Robert Kilroy-Silk` in an article), and an acronym a text defined (`PMU` after `Popular Mobilization
///   Units (PMU)`): when one entity holds that spelling, or one holds ten times the mentions of
///   the others together; not a surname other people bear as a given name, unless they are
///   named ten times less (`Kelly` stays apart while `Kelly Holmes` and `Ruth Kelly` both exist).
/// - a surname alone no text joined to a full name, when the archive names one person in full
///   with it, no one bears it as a given name, and their articles name another person or
///   organisation in common (`Heseltine`; `Michael Heseltine` in another article on the Tories);
/// - an organisation's name in the singular and plural, or with and without `Party` (`Lib Dem`,
///   `Lib Dems`; `Labour`, `Labour Party`; `Tory`, `Tories`) or `The` (`The New York Times`), or
///   with a body's head before or after its remit (`Department of Justice`, `Justice Department`), or under the party's nickname
///   (`Tory Party` and `Conservative Party`, which names the entity), with a name the tagger took for a
///   person's when it starts with no given name; a name of clipped words and the one organisation
///   whose words they begin (`Lib Dems`, `Liberal Democrats`);
/// Each merged entity takes the type most of its mentions have, but a person only when one of
/// its names is of two words or more (no `Tory` or `Chelsea` alone), and a place when a tenth of
/// the mentions of a state's name are a place's (`Soviet Union`), and its longest name of that
/// type. Entities a correction names stay as the person left them.
/// An ingest weighs only the entities its articles touched and those they could join
/// (`run(_:touching:)`); a reindex weighs them all (`run(_:)`). Each pass leaves nothing the next
/// full pass would merge, so the two agree.
enum EntityMerging {
    struct Row {
        let id: Int64
        let type: EntityType
        /// `NameKey.fold` of the name, and its words.
        let folded: String
        let words: [Substring]
        /// A place the gazetteer knows: a referent of its own whatever else shares its name.
        let gazetteer: Bool
        /// A person's name of two to four capitalised words.
        let personName: Bool
        /// One starting with a given name the first-name list knows.
        let fullName: Bool
        /// Two to six capitals.
        let acronym: Bool
        /// Written as one word, perhaps hyphenated (`Blair`, `Kilroy-Silk`, `CWB`).
        let oneWord: Bool
        /// The folded words of its last written word (`kilroy silk` of `Robert Kilroy-Silk`).
        let surname: String
    }

    /// Merges the archive's entities that name one referent; returns how many entities went.
    @discardableResult
    static func run(_ db: Connection) throws -> Int {
        let merges = try merge(db, try allRows(db, kept: try corrected(db)))
        // A merge moves spellings to the entity kept, which may let another name join it: their neighbourhood next.
        return try merges.count + run(db, touching: Set(merges.map(\.target)))
    }

    /// Merges what the entities `touched` (those an ingest's articles mention) name with the
    /// entities they refer to; returns how many entities went. Reads only their neighbourhood, so
    /// an ingest's cost follows its own articles, not the archive's size.
    @discardableResult
    static func run(_ db: Connection, touching touched: Set<Int64>) throws -> Int {
        let kept = try corrected(db)
        var (total, touched) = (0, touched)
        // The entities that took others in hold new spellings and mentions: their neighbourhood next.
        while !touched.isEmpty {
            let merges = try merge(db, try rows(db, ids: try neighbourhood(db, touched: touched, kept: kept), kept: kept))
            total += merges.count
            touched = Set(merges.map(\.target))
        }
        return total
    }

    /// The pass over `rows` (sorted by id): which merge, into which entity, then the merges written.
    private static func merge(_ db: Connection, _ rows: [Row]) throws -> [(source: Int64, target: Int64)] {
        guard rows.count >= 2 else { return [] }
        let firstNames = EntityLexicon.shared.firstNames
        var index: [Int64: Int] = [:]
        for (k, r) in rows.enumerated() { index[r.id] = k }
        var parent = Array(rows.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        let count = try db.prepare("SELECT count(*) FROM mention_spans WHERE entity_id = ?")
        var counts: [Int: Int] = [:]
        func mentions(_ k: Int) throws -> Int {
            if let n = counts[k] { return n }
            try count.bind([.integer(rows[k].id)])
            var n = 0
            if case let .integer(v)? = try count.next()?.first { n = Int(v) }
            try count.bind([])
            counts[k] = n
            return n
        }

        // A full name with or without middle initials.
        var byCore: [String: Int] = [:]
        for (k, r) in rows.enumerated() where r.fullName {
            let core = [r.words.first!] + r.words.dropFirst().dropLast().filter { $0.count > 1 } + [r.words.last!]
            let form = core.joined(separator: " ")
            if let other = byCore[form] { union(k, other) } else { byCore[form] = k }
        }
        // One name with several types; the gazetteer's places apart.
        var byName: [String: Int] = [:]
        for (k, r) in rows.enumerated() where !r.gazetteer {
            if let other = byName[r.folded] { union(k, other) } else { byName[r.folded] = k }
        }
        // An organisation's name in the singular and plural, with and without `Party`.
        var byForm: [String: Int] = [:]
        for (k, r) in rows.enumerated() where r.type == .org {
            guard let form = orgForm(r.words) else { continue }
            if let other = byForm[form] { union(k, other) } else { byForm[form] = k }
        }
        for (k, r) in rows.enumerated() where r.type == .person && !r.fullName && !firstNames.contains(String(r.words[0])) {
            if let form = orgForm(r.words), let org = byForm[form] { union(k, org) }
        }
        // A name of clipped words (`Lib Dems`) and the one organisation whose words they begin.
        var byClip: [String: [Int]] = [:]
        for (k, r) in rows.enumerated() where r.type == .org && r.words.count >= 2 && r.words.allSatisfy({ $0.count >= 3 }) {
            byClip[r.words.map { $0.prefix(3) }.joined(separator: " "), default: []].append(k)
        }
        for (_, ks) in byClip where ks.count >= 2 {
            for a in ks {
                let full = ks.filter { clips(rows[a].words, rows[$0].words) }
                if let b = full.first, Set(full.map(find)).count == 1 { union(a, b) }
            }
        }
        // Given names: a surname that is also one stays apart, unless the full name is named ten
        // times as often as the people who bear it as a given name (`Blair Witch Project`).
        var given: [Substring: [Int]] = [:]
        for (k, r) in rows.enumerated() where r.fullName { given[r.words[0], default: []].append(k) }
        var members: [Int: [Int]] = [:]
        for k in rows.indices { members[find(k), default: []].append(k) }
        let single = rows.indices.filter { rows[$0].oneWord && !rows[$0].gazetteer }
        let holders = try spellingHolders(db, of: single.map { rows[$0].folded }) { id in
            index[id].flatMap { !rows[$0].oneWord && !rows[$0].gazetteer ? $0 : nil }
        }
        for k in single {
            let r = rows[k]
            // The entities that texts gave this spelling to: for a surname, people's names ending with
            // it, which start with a given name or are named at least as often (not `Vote Tory`).
            let found = try (holders[r.folded] ?? []).filter {
                try r.acronym || rows[$0].personName && (rows[$0].words.last! == r.folded || rows[$0].surname == r.folded)
                    && (rows[$0].fullName || mentions($0) >= mentions(k))
            }
            var byRoot: [Int: Int] = [:]
            for h in found where find(h) != find(k) { byRoot[find(h), default: 0] += try mentions(h) }
            guard let top = byRoot.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
            guard byRoot.count == 1 || top.value >= 10 * (byRoot.values.reduce(0, +) - top.value) else { continue }
            if !r.acronym, try 10 * (given[r.words[0]] ?? []).filter({ find($0) != top.key }).reduce(0, { try $0 + mentions($1) }) > top.value {
                continue
            }
            // A firm that shares a person's surname (`Ford`) is named more often than the person by it:
            // a name joins an entity of another type only when its own names of other types have fewer mentions.
            let target = try found.filter { find($0) == top.key }.max { try mentions($0) < mentions($1) }!
            let own = members[find(k)] ?? [k]
            if try own.filter({ rows[$0].type != rows[target].type }).reduce(0, { try $0 + mentions($1) }) > top.value { continue }
            let (a, b) = (find(k), find(target))
            union(k, target)
            members[find(k)] = (members[a] ?? [a]) + (members[b] ?? [b])
        }
        // Across the archive: a surname alone that no text gave to a full name (`Heseltine` in an
        // article that never names him in full) is the one person the archive names in full with it,
        // when their articles name someone or something else in common. Two people with that
        // surname, or one bearing it as a given name, leave it apart.
        var bySurname: [String: [Int]] = [:], byFirst: [Substring: [Int]] = [:]
        for (k, r) in rows.enumerated() where r.type == .person && r.words.count >= 2 {
            bySurname[r.surname, default: []].append(k)
            byFirst[r.words[0], default: []].append(k)
        }
        for k in single where rows[k].type == .person && !rows[k].acronym {
            let r = rows[k]
            guard let bearers = bySurname[r.folded], case let roots = Set(bearers.map(find)), roots.count == 1,
                  let root = roots.first, root != find(k), bearers.contains(where: { rows[$0].fullName }) else { continue }
            if (byFirst[r.words[0]] ?? []).contains(where: { find($0) != root }) { continue }
            // Already one with another person's full name, or a firm named more often than the person.
            let own = members[find(k)] ?? [k]
            if own.contains(where: { rows[$0].type == .person && rows[$0].words.count >= 2 }) { continue }
            let named = try (members[root] ?? [root]).reduce(0) { try $0 + mentions($1) }
            if try own.filter({ rows[$0].type != .person }).reduce(0, { try $0 + mentions($1) }) > named { continue }
            guard try shareContext(db, own.map { rows[$0].id }, (members[root] ?? [root]).map { rows[$0].id }) else { continue }
            let a = find(k)
            union(k, root)
            members[find(k)] = (members[a] ?? [a]) + (members[root] ?? [root])
        }

        var groups: [Int: [Int]] = [:]
        for k in rows.indices { groups[find(k), default: []].append(k) }
        var merges: [(source: Int64, target: Int64)] = []
        for (_, members) in groups where members.count > 1 {
            var byType: [EntityType: Int] = [:]
            for k in members { byType[rows[k].type, default: 0] += try mentions(k) + 1 }
            // News gives people's full names: a group whose person names are all one word is no person (`Chelsea`, `Tory`).
            if byType.count > 1, byType[.person] != nil, !members.contains(where: { rows[$0].type == .person && rows[$0].words.count >= 2 }) {
                byType[.person] = nil
            }
            var type = EntityType.allCases.filter { byType[$0] != nil }.max { byType[$0]! < byType[$1]! }!
            // `the former Soviet Union`: a state's name some texts show to be a place (the tagger or
            // `the former`) is the place, though most texts give the tagger no cue and it reads an
            // organisation's head (`Union`). Not the few stray places of a body's name (`European Union`).
            if type == .org, let places = byType[.place], 10 * places >= byType.values.reduce(0, +),
               members.contains(where: { rows[$0].type == .place && isPolity(rows[$0].words) }) {
                type = .place
            }
            // `the Sinn Féin vote`: a name of two words or more that the tagger reads as a person's but that
            // starts with no given name, which some texts show to be a body (`EntitySpans.bodiesAfterThe`),
            // is the body when a tenth of its mentions are an organisation's: most texts give the tagger no cue.
            // Not when a text gave it a word of its name alone (`Conway` for `Kellyanne Conway`): people are so named, parties are not.
            if type == .person, let orgs = byType[.org], 10 * orgs >= byType.values.reduce(0, +),
               !members.contains(where: { rows[$0].fullName || rows[$0].oneWord }),
               members.contains(where: { rows[$0].type == .org && rows[$0].words.count >= 2 }),
               try !namedByAWord(db, members.map { rows[$0] }) {
                type = .org
            }
            // A party's name before its nickname (`Conservative Party`, not `Tory Party`), a name without
            // `The` before one with it (`The-White House` of a feed's hyphen), then the longest, most named.
            let target = try members.filter { rows[$0].type == type }.max { a, b in
                let (ma, mb) = (try mentions(a), try mentions(b))
                let (na, nb) = (nicknamed(rows[a].words) ? 0 : 1, nicknamed(rows[b].words) ? 0 : 1)
                let (ta, tb) = (rows[a].words.first == "the" ? 0 : 1, rows[b].words.first == "the" ? 0 : 1)
                return (na, ta, rows[a].words.count, ma, -a) < (nb, tb, rows[b].words.count, mb, -b)
            }!
            for k in members where k != target { merges.append((rows[k].id, rows[target].id)) }
        }
        try write(db, merges)
        return merges
    }

    /// Whether a text gave one of `rows` a word of its name alone as a spelling (`Conway` of `Kellyanne Conway`).
    private static func namedByAWord(_ db: Connection, _ rows: [Row]) throws -> Bool {
        let select = try db.prepare("SELECT 1 FROM aliases WHERE entity_id = ? AND folded = ? LIMIT 1")
        for r in rows where r.words.count >= 2 {
            for w in Set(r.words) {
                try select.bind([.integer(r.id), .text(String(w))])
                let found = try select.next() != nil
                try select.bind([])
                if found { return true }
            }
        }
        return false
    }

    /// `Soviet Union`, `Ottoman Empire`: a name of two words or more ending in a state's head (`EntityMark.polity`).
    static func isPolity(_ words: [Substring]) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        return EntityMark.byWord[String(last)]?.contains(.polity) == true
    }

    /// For each one-word spelling in `spellings`, the rows (`row(id)`, nil for none) that hold it as an alias.
    private static func spellingHolders(_ db: Connection, of spellings: [String], row: (Int64) -> Int?) throws -> [String: [Int]] {
        var holders: [String: [Int]] = [:]
        let select = try db.prepare("SELECT entity_id FROM aliases WHERE folded = ?")
        for f in Set(spellings) {
            try select.bind([.text(f)])
            try select.forEachRow { values in
                if case let .integer(id) = values[0], let k = row(id) { holders[f, default: []].append(k) }
            }
        }
        return holders
    }

    /// Whether each word of `short` is a clipping of at least three letters of the same word of
    /// `long` (`lib dems`, `liberal democrats`), `party` and plurals aside; a word written in full
    /// in both (`bbc news`, `bbc newsnight`) makes them two names.
    static func clips(_ short: [Substring], _ long: [Substring]) -> Bool {
        guard short.count == long.count, let s = orgForm(short, nicknames: false), let l = orgForm(long, nicknames: false) else { return false }
        let (a, b) = (s.split(separator: " "), l.split(separator: " "))
        return a.count == b.count && zip(a, b).allSatisfy { x, y in x.count >= 3 && y.count > x.count && y.hasPrefix(x) }
    }

    /// An organisation's name without a leading `the` or a closing `party`, a body's head last, and with its last word in the singular
    /// (`lib dems` → `lib dem`, `labour party` → `labour`, `the new york times` → `new york time`,
    /// `department of justice` → `justice department`), a party's nickname read as its name
    /// (`tories` → `conservative`; `nicknames: false` keeps `tory`); nil for a head noun left
    /// alone (`congress party` is not `congress`).
    static func orgForm(_ words: [Substring], nicknames: Bool = true) -> String? {
        var w = words
        // `The New York Times` and `New York Times`: a name of two words or more with and without its `The`.
        if w.count >= 3, w[0] == "the" { w.removeFirst() }
        if w.count >= 2, w.last == "party" { w.removeLast() }
        // `Department of Justice` and `Justice Department`: a body's head before or after its remit.
        if w.count >= 3, w[1] == "of", bodyHeads.contains(String(w[0])) { w = Array(w[2...]) + [w[0]] }
        guard let last = w.last else { return nil }
        if w.count == 1, EntityLexicon.shared.orgHeads.contains(String(last)) { return nil }
        if last.hasSuffix("ies"), last.count > 4 {
            w[w.count - 1] = last.dropLast(3) + "y"
        } else if last.hasSuffix("s"), !last.hasSuffix("ss"), last.count > 3 {
            w[w.count - 1] = last.dropLast()
        }
        let form = w.joined(separator: " ")
        return nicknames ? EntityLexicon.shared.nicknames[form] ?? form : form
    }

    /// Heads of a public body's name that English puts before its remit with `of` or after it
    /// (`Ministry of Defence`, `Defence Ministry`).
    static let bodyHeads: Set<String> = ["department", "ministry", "office", "bureau"]

    /// Whether `words` name a party by its nickname (`Tory Party`, `Tories`).
    static func nicknamed(_ words: [Substring]) -> Bool {
        orgForm(words, nicknames: false).map { EntityLexicon.shared.nicknames[$0] != nil } ?? false
    }
}
