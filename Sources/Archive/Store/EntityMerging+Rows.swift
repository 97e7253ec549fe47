/// The entities a merging pass weighs: every one (`all`), or only those an ingest touched and the
/// ones they could join (`neighbourhood`), which is what keeps an ingest into a large archive from
/// reading the whole entity table.
extension EntityMerging {
    /// The names corrections mention: the entities a person corrected stay as they left them.
    static func corrected(_ db: Connection) throws -> Set<String> {
        var kept = Set<String>()
        try db.prepare("SELECT subject, value FROM corrections").forEachRow { row in
            if let s = row[0].textValue { kept.insert(s) }
            if let v = row[1].textValue { kept.insert(v) }
        }
        return kept
    }

    /// Every entity of the archive a pass may merge, by id.
    static func allRows(_ db: Connection, kept: Set<String>) throws -> [Row] {
        var rows: [Row] = []
        try db.prepare("SELECT id, type, name, key, country FROM entities ORDER BY id").forEachRow { row in
            if let r = Row(row, kept: kept) { rows.append(r) }
        }
        return rows
    }

    /// The entities with ids `ids` a pass may merge, by id.
    static func rows(_ db: Connection, ids: Set<Int64>, kept: Set<String>) throws -> [Row] {
        let select = try db.prepare("SELECT id, type, name, key, country FROM entities WHERE id = ?")
        var rows: [Row] = []
        for id in ids.sorted() {
            try select.bind([.integer(id)])
            if let values = try select.next(), let r = Row(values, kept: kept) { rows.append(r) }
        }
        return rows
    }

    /// The ids of `touched` and of every entity a rule of the pass could join to one of them or
    /// weigh while deciding: the same folded name, the same full name without middle initials, the
    /// same organisation in the singular, plural or with `Party`, the holders of a one-word name's
    /// spelling, the people bearing it as a given name and those named in full with it as their
    /// surname (`entities.surname`), and a one-word name equal to a person's surname. Entities outside it were weighed by earlier passes and nothing they hold changed.
    static func neighbourhood(_ db: Connection, touched: Set<Int64>, kept: Set<String>) throws -> Set<Int64> {
        var ids = touched
        let spelled = try db.prepare("SELECT entity_id FROM aliases WHERE folded = ?")
        let starting = try db.prepare("SELECT entity_id, folded FROM aliases WHERE folded > ?1 AND folded < ?2")
        let spellings = try db.prepare("SELECT alias, folded FROM aliases WHERE entity_id = ?")
        var looked = Set<String>()
        func spelling(_ folded: String) throws {
            guard looked.insert(folded).inserted else { return }
            try spelled.bind([.text(folded)])
            try spelled.forEachRow { if case let .integer(id) = $0[0] { ids.insert(id) } }
        }
        let surnamed = try db.prepare("SELECT id FROM entities WHERE surname = ?")
        /// The people named in full with the surname `folded` (`EntityMerging+Surnames`).
        func bearers(_ folded: String) throws {
            try surnamed.bind([.text(folded)])
            try surnamed.forEachRow { if case let .integer(id) = $0[0] { ids.insert(id) } }
        }
        var started = Set<String>()
        /// Names whose first word is `first` (and whose last is `last`, when given).
        func starts(_ first: Substring, last: Substring? = nil) throws {
            guard started.insert(first + " " + (last ?? "")).inserted else { return }
            try starting.bind([.text(first + " "), .text(first + "!")])
            try starting.forEachRow { row in
                guard case let .integer(id) = row[0], let f = row[1].textValue else { return }
                if last == nil || f.split(separator: " ").last == last { ids.insert(id) }
            }
        }
        /// Names of as many words as `words` that clip it or that it clips (`lib dems`, `liberal democrats`).
        func clipped(_ words: [Substring]) throws {
            let first = String(words[0])
            var bounds = [(first, first + "\u{10FFFF}")]
            if first.count > 3 { bounds += (3..<first.count).map { n in (first.prefix(n) + " ", first.prefix(n) + "!") } }
            for (lo, hi) in bounds {
                try starting.bind([.text(lo), .text(hi)])
                try starting.forEachRow { row in
                    guard case let .integer(id) = row[0], let f = row[1].textValue else { return }
                    let other = f.split(separator: " ")
                    if clips(words, other) || clips(other, words) { ids.insert(id) }
                }
            }
        }
        for r in try rows(db, ids: touched, kept: kept) {
            try spelling(r.folded)
            if r.type == .org, r.words.count >= 2 { try clipped(r.words) }
            if r.oneWord { try starts(r.words[0]) }
            if r.oneWord, !r.gazetteer { try bearers(r.folded) }
            if r.fullName { try starts(r.words[0], last: r.words.last!) }
            if r.type == .org || r.type == .person, let form = orgForm(r.words) {
                for variant in orgVariants(form) { try spelling(variant) }
            }
            if r.oneWord { continue }
            // A one-word spelling this entity holds (its surname, an acronym a text defined) may now
            // take in the entity of that name.
            var short = r.type == .person ? [String(r.words.last!), r.surname] : []
            try spellings.bind([.integer(r.id)])
            try spellings.forEachRow { row in
                if let alias = row[0].textValue, let f = row[1].textValue, !f.isEmpty, !alias.contains(" ") { short.append(f) }
            }
            for word in Set(short) {
                try spelling(word)
                try starts(word.split(separator: " ")[0])
            }
        }
        // A one-word name met on the way is weighed too: its holders, its namesakes of other types
        // and the people bearing it as a given name decide whether it joins; so is a name of clipped
        // words, whose every possible full form decides whether one does.
        for r in try rows(db, ids: ids.subtracting(touched), kept: kept) {
            if r.type == .org, r.words.count >= 2 { try clipped(r.words) }
            guard r.oneWord, !r.gazetteer else { continue }
            try spelling(r.folded)
            try starts(r.words[0])
            try bearers(r.folded)
            if let form = orgForm(r.words) { for variant in orgVariants(form) { try spelling(variant) } }
        }
        return ids
    }

    /// Every name `orgForm` reduces to `form`: its last word as it is, in the plural, with `Party`,
    /// with `The` before, a body's head first (`department of justice`);
    /// the same of each nickname of the party (`tory`, `tories`, `tory party` of `conservative`).
    static func orgVariants(_ form: String) -> [String] {
        EntityLexicon.shared.nicknames.filter { $0.value == form }.keys.sorted().reduce(spellings(form)) { $0 + spellings($1) }
    }

    private static func spellings(_ form: String) -> [String] {
        var words = form.split(separator: " ")
        guard let last = words.popLast() else { return [] }
        var lasts = [String(last), last + "s"]
        if last.hasSuffix("y") { lasts.append(last.dropLast() + "ies") }
        let stem = words.joined(separator: " ")
        var names = lasts.flatMap { l -> [String] in
            let name = stem.isEmpty ? l : stem + " " + l
            return [name, name + " party"]
        }
        // `department of justice` for `justice department`; `the new york times` for `new york times`.
        if !stem.isEmpty, EntityMerging.bodyHeads.contains(String(last)) { names.append(last + " of " + stem) }
        if words.count >= 1 { names += names.map { "the " + $0 } }
        return names
    }
}

extension EntityMerging.Row {
    /// A row of `entities` (id, type, name, key, country); nil for one a correction names or split.
    init?(_ row: [Value], kept: Set<String>) {
        guard case let .integer(id) = row[0], let type = row[1].textValue.flatMap(EntityType.init(rawValue:)),
              let name = row[2].textValue, let key = row[3].textValue, !kept.contains(key), !key.contains(":split:") else { return nil }
        let folded = NameKey.fold(name)
        let words = folded.split(separator: " ")
        guard !words.isEmpty else { return nil }
        let capitalised = name.split(separator: " ").allSatisfy { $0.first.map { $0.isUppercase } ?? false }
        let personName = type == .person && (2...4).contains(words.count) && capitalised
        self.init(id: id, type: type, folded: folded, words: words, gazetteer: type == .place && row[4].textValue != nil,
                  personName: personName, fullName: personName && EntityLexicon.shared.firstNames.contains(String(words[0])),
                  acronym: (2...6).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter },
                  oneWord: !name.contains(" "), surname: NameKey.fold(String(name.split(separator: " ").last ?? "")))
    }
}
