/// A town spelt otherwise than the table spells it, in the region the text names: `Atareb` for
/// the table's `Al Atarib`, `Kansafra` for `Kansafrah`, `Bato Kot` for `Batikot`. Names written
/// in Latin letters from Arabic, Pashto, Dari or Cyrillic differ mostly in their vowels; in a
/// region already known, a town of the same consonants is almost always the one meant.
extension EventGazetteer {
    /// The most populous town of `region` whose name has the consonants of `name` (folded), starts
    /// with its letter and is about as long; nil when the name is too short to tell (fewer than
    /// three consonants) or the region has none.
    func townSpeltAlike(_ name: String, in region: String) -> Town? {
        var folded = NameKey.fold(name)
        guard let wanted = folded.withUTF8({ SpellingSkeleton($0) }), wanted.consonants.count >= 3,
              let lines = TownTable.linesByRegion[TownTable.packed(region: region)] else { return nil }
        let table = TownTable.shared
        var best: Town?
        for entry in lines {
            // Most towns of the region begin with another letter (kept in the entry's top byte):
            // their names are not read.
            guard UInt8(entry >> 24) == wanted.first else { continue }
            let line = Int(entry & 0xFF_FFFF)
            guard let name = table.name(atLine: line), let candidate = SpellingSkeleton(name), candidate.matches(wanted),
                  let town = table.towns(atLine: line).first(where: { $0.region == region && $0.sizeClass > 0 && $0.point != nil }),
                  town.sizeClass > best?.sizeClass ?? 0 else { continue }
            best = town
        }
        return best
    }
}

/// What stays of a folded name when the vowels go: its first letter (after an Arabic article),
/// its consonants with doubled ones single, `q` as `k` and a final `h` dropped, and its length.
struct SpellingSkeleton: Equatable {
    let first: UInt8
    let consonants: [UInt8]
    let length: Int

    private static let articles: Set<[UInt8]> = Set(["al", "el", "ad", "an", "as", "ash", "ar", "az", "at", "ath", "adh"].map { Array($0.utf8) })
    private static let consonantBytes: Set<UInt8> = Set("bcdfghjklmnpqrstvwxz".utf8)

    /// The first letter of a folded name after an Arabic article (`al atarib`: `a` of `atarib`).
    static func firstLetter(of name: UnsafeBufferPointer<UInt8>) -> UInt8? {
        // Every article begins with `a` or `e`: other names are not copied to be compared.
        guard let first = name.first else { return nil }
        if first == 0x61 || first == 0x65, let space = name.prefix(4).firstIndex(of: 0x20), space + 1 < name.count,
           articles.contains(Array(name[..<space])) {
            return name[space + 1]
        }
        return first
    }

    init?(_ name: UnsafeBufferPointer<UInt8>) {
        var letters = Array(name)
        if let space = letters.firstIndex(of: 0x20), space + 1 < letters.count, Self.articles.contains(Array(letters[..<space])) {
            letters.removeFirst(space + 1)
        }
        letters.removeAll { $0 == 0x20 || $0 == 0x27 || $0 == 0x2D }
        if letters.last == 0x68 { letters.removeLast() }
        guard let first = letters.first else { return nil }
        var consonants: [UInt8] = []
        for byte in letters where Self.consonantBytes.contains(byte) {
            let letter = byte == 0x71 ? 0x6B : byte
            if consonants.last != letter { consonants.append(letter) }
        }
        (self.first, self.consonants, self.length) = (first, consonants, letters.count)
    }

    /// Same first letter and consonants, lengths within a third of each other (at least two letters):
    /// `Tarfaya` is not `El Tarf`.
    func matches(_ other: SpellingSkeleton) -> Bool {
        first == other.first && consonants == other.consonants && abs(length - other.length) <= max(2, other.length / 3)
    }
}

extension TownTable {
    /// The lines of the table that hold a town (not a district) with a point in each region, each
    /// with its name's first letter after an article in the top byte (the line in the low 24 bits):
    /// the towns of one region, read once, when a name is first looked up by its consonants.
    static let linesByRegion: [UInt64: [UInt32]] = shared.indexByRegion()

    /// A region's code (at most eight bytes: `KE-30`, `GB-ENG`) as one integer, a key that needs no string.
    static func packed<C: Collection>(region bytes: C) -> UInt64 where C.Element == UInt8 {
        bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func packed(region: String) -> UInt64 { packed(region: region.utf8) }
}
