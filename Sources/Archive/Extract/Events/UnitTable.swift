import CGazetteer

/// The administrative units between a town and its region (districts, counties, LGAs, territories:
/// geoBoundaries' second- and third-level units, written into CGazetteer by scripts/make-admin1.py),
/// each under its `UnitTable.key`, with its region and point. A report names them as a level
/// of a place (`X (D, P)`, `X of D district, P`), seldom as a town, and their names are shared
/// with villages the world over: they are read only where the text writes a level
/// (`EventGazetteer+Units`), never by the town look-ups. Sorted by key, so a key is found by
/// binary search in the compiled-in bytes with no index built at start-up.
struct UnitTable: @unchecked Sendable {
    static let shared = UnitTable()

    private let bytes: UnsafeRawBufferPointer

    init() {
        var size: UInt = 0
        let start = archive_units_tsv(&size)
        bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(start), count: Int(size))
    }

    /// The point of the unit of `region` filed under `key`; nil when the region has none.
    func point(key: [UInt8], region: String) -> GeoPoint? {
        // A key of one letter (`Biu`: `b`) says too little even within a region.
        guard key.count >= 2, let line = line(of: key) else { return nil }
        // `AF-KAN PPPPP,AF-NIM PPPPP` to the end of the line.
        let wanted = Array(region.utf8)
        var i = line
        while i < bytes.count, bytes[i] != 0x0A {
            var space = i
            while space < bytes.count, bytes[space] != 0x20 { space += 1 }
            if space + 5 < bytes.count, space - i == wanted.count, (0..<wanted.count).allSatisfy({ bytes[i + $0] == wanted[$0] }) {
                return Self.point(bytes[(space + 1)..<(space + 6)])
            }
            i = space + 6
            if i < bytes.count, bytes[i] == 0x2C { i += 1 }
        }
        return nil
    }

    /// The offset of the entries of the line whose key is `key` (after its tab), by binary search
    /// over byte offsets: a probe backs up to the start of its line.
    private func line(of key: [UInt8]) -> Int? {
        var low = 0, high = bytes.count
        while low < high {
            var start = (low + high) / 2
            while start > low, bytes[start - 1] != 0x0A { start -= 1 }
            var i = 0
            var order = 0
            while order == 0 {
                let b = bytes[start + i]
                if i == key.count { order = b == 0x09 ? 0 : -1; break }
                if b == 0x09 || key[i] > b { order = 1 } else if key[i] < b { order = -1 }
                i += 1
            }
            if order == 0 { return start + key.count + 1 }
            if order < 0 {
                high = start
            } else {
                var end = start + i
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                low = end + 1
            }
        }
        return nil
    }

    /// Five characters from `0`, six bits each: hundredths of a degree, as in the town table
    /// (`TownTable.point(at:)`, make-admin1.py's `encode_point`).
    private static func point(_ chars: Slice<UnsafeRawBufferPointer>) -> GeoPoint {
        let value = chars.reduce(0) { $0 << 6 | Int($1 &- 0x30) }
        return GeoPoint(latitude: Double(value / 36001 - 9000) / 100, longitude: Double(value % 36001 - 18000) / 100)
    }

    private static let articles: Set<[UInt8]> = Set(["al", "el", "ad", "an", "as", "ash", "ar", "az", "at", "ath", "adh"].map { Array($0.utf8) })

    /// A folded name's key (make-admin1.py's `level_key`): its first letter and its consonants
    /// but h, w and y, doubled ones single, `q` as `k`, after an Arabic article. Spellings of one
    /// district differ in their vowels and in an h (`Kash Rod`, `Khash Rod`; `Deh Rahwod`,
    /// `Dehrawud`); within one region, and where the text says a level, they are one unit.
    static func key(ofFolded folded: String) -> [UInt8] {
        var words = folded.utf8.split(separator: 0x20).map(Array.init)
        if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        let letters = words.joined().filter { $0 >= 0x61 && $0 <= 0x7A }
        guard let first = letters.first else { return [] }
        var key = [first]
        for letter in letters.dropFirst() where !"aeiouhwy".utf8.contains(letter) {
            let consonant = letter == 0x71 ? 0x6B : letter
            if consonant != key.last { key.append(consonant) }
        }
        return key
    }
}
