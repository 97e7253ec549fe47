/// The corrections people made, ready to apply to freshly extracted mentions.
struct CorrectionRules {
    private var merges: [String: (key: String, name: String, type: EntityType)] = [:]
    private var renames: [String: String] = [:]
    private var deletions: Set<String> = []

    /// Loads every correction, oldest first, so a later one overrides an earlier one.
    init(_ db: Connection) throws {
        let select = try db.prepare("SELECT action, subject, value, type FROM corrections ORDER BY id")
        try select.forEachRow { row in
            guard let action = row[0].textValue, let subject = row[1].textValue else { return }
            switch action {
            case "merge":
                if let key = row[2].textValue, let type = row[3].textValue.flatMap(EntityType.init(rawValue:)) {
                    merges[subject] = (key, renames[key] ?? subject, type)
                }
            case "rename": if let name = row[2].textValue { renames[subject] = name }
            case "delete": deletions.insert(subject)
            default: break
            }
        }
        // A merge target's name is its entity's current name, whatever renames came before or after.
        let names = try db.prepare("SELECT name FROM entities WHERE key = ?")
        for (spelling, target) in merges {
            try names.bind([.text(target.key)])
            let name = try names.next()?.first?.textValue
            merges[spelling] = (target.key, renames[target.key] ?? name ?? target.name, target.type)
        }
    }

    var isEmpty: Bool { merges.isEmpty && renames.isEmpty && deletions.isEmpty }

    /// The mentions as corrected: respelled into their merged entity, renamed, or dropped.
    func apply(_ mentions: [EntityMention]) -> [EntityMention] {
        guard !isEmpty else { return mentions }
        return mentions.compactMap { mention in
            var key = mention.key, name = mention.name, type = mention.type
            if let target = merges[NameKey.fold(mention.text)] {
                (key, name, type) = target
            }
            guard !deletions.contains(key) else { return nil }
            name = renames[key] ?? name
            return EntityMention(text: mention.text, start: mention.start, end: mention.end, sentence: mention.sentence,
                                 type: type, name: name, key: key, code: mention.code, country: mention.country)
        }
    }
}
