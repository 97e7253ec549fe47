import CGazetteer

/// A town, village or district of the town table: its first-level region, the number of digits
/// of its population (0 for a district, which has none) and its point, where the table has one.
struct Town: Sendable, Equatable {
    let region: String
    let sizeClass: UInt8
    let point: GeoPoint?
}

/// The town table (CGazetteer, written by scripts/make-admin1.py from GeoNames: 282,000 folded
/// names of places of 500 people or more (with their other Latin spellings in Africa, most of
/// Asia and Ukraine), of districts, airports and Bangladesh's upazilas and unions, with their
/// regions and points). The table is
/// sorted by name, so a name is found by binary search in the compiled-in bytes: nothing is read
/// or built before the first look-up but an index of where its lines start.
struct TownTable: @unchecked Sendable {
    static let shared = TownTable()

    private let bytes: UnsafeRawBufferPointer
    /// Offset of each line.
    private let lines: [UInt32]

    init() {
        var size: UInt = 0
        let start = archive_towns_tsv(&size)
        bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(start), count: Int(size))
        var lines: [UInt32] = []
        lines.reserveCapacity(290_000)
        // Line ends found by memchr: a loop over the 10 MB byte by byte was 60 M instructions of start-up.
        let table = UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        var lineStart = 0
        while let end = ByteSearch.firstIndex(of: 0x0A, in: table, from: lineStart) {
            if end > lineStart { lines.append(UInt32(lineStart)) }
            lineStart = end + 1
        }
        if lineStart < table.count { lines.append(UInt32(lineStart)) }
        self.lines = lines
    }

    /// Every place so named (folded), the most populous first.
    func towns(named folded: String) -> [Town] {
        var key = folded
        return key.withUTF8 { towns(named: $0) }
    }

    /// `towns(named:)` of a name given as its folded UTF-8 bytes: no string is built for a name
    /// the table lacks, which is what most look-ups of words in a sentence find.
    func towns(named key: UnsafeBufferPointer<UInt8>) -> [Town] {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            switch compare(key, lineAt: Int(lines[mid])) {
            case .orderedAscending: high = mid
            case .orderedDescending: low = mid + 1
            case .orderedSame: return entries(after: Int(lines[mid]) + key.count + 1)
            }
        }
        return []
    }

    private enum Order { case orderedAscending, orderedDescending, orderedSame }

    /// The key against the name that starts a line (the bytes before its tab).
    private func compare(_ key: UnsafeBufferPointer<UInt8>, lineAt offset: Int) -> Order {
        var i = 0
        while true {
            let b = bytes[offset + i]
            let nameEnded = b == 0x09
            if i == key.count { return nameEnded ? .orderedSame : .orderedAscending }
            if nameEnded || key[i] > b { return .orderedDescending }
            if key[i] < b { return .orderedAscending }
            i += 1
        }
    }

    /// `IQ-BG 7ZZZZZ,KE-30 5` up to the end of the line: region, size class and five characters
    /// of point (`point(at:)`), which a district may lack.
    private func entries(after offset: Int) -> [Town] {
        var towns: [Town] = []
        var i = offset
        var fieldStart = i
        while i <= bytes.count {
            let b = i < bytes.count ? bytes[i] : 0x0A
            if b == 0x2C || b == 0x0A {
                let field = bytes[fieldStart..<i]
                if let space = field.firstIndex(of: 0x20), space + 1 < i {
                    towns.append(Town(region: String(decoding: field[fieldStart..<space], as: UTF8.self), sizeClass: bytes[space + 1] &- 0x30,
                                      point: i - space - 2 == 5 ? point(at: space + 2) : nil))
                }
                if b == 0x0A { break }
                fieldStart = i + 1
            }
            i += 1
        }
        return towns
    }

    /// Five characters from `0` (0x30), six bits each, most significant first, hold
    /// (latitude × 100 + 9000) × 36001 + longitude × 100 + 18000: hundredths of a degree, written
    /// by scripts/make-admin1.py (`encode_point`).
    private func point(at offset: Int) -> GeoPoint {
        var value = 0
        for i in offset..<(offset + 5) { value = value << 6 | Int(bytes[i] &- 0x30) }
        return GeoPoint(latitude: Double(value / 36001 - 9000) / 100, longitude: Double(value % 36001 - 18000) / 100)
    }
}

/// The table read by region, for the look-up of a name by its consonants (`EventGazetteer+Alike`).
extension TownTable {
    /// The folded name that starts line `index` (its bytes before the tab).
    func name(atLine index: Int) -> UnsafeBufferPointer<UInt8>? {
        let start = Int(lines[index])
        guard let base = bytes.baseAddress,
              let end = ByteSearch.firstIndex(of: 0x09, in: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: bytes.count), from: start)
        else { return nil }
        return UnsafeBufferPointer(start: base.advanced(by: start).assumingMemoryBound(to: UInt8.self), count: end - start)
    }

    /// The places of line `index`, the most populous first.
    func towns(atLine index: Int) -> [Town] {
        guard let name = name(atLine: index) else { return [] }
        return entries(after: Int(lines[index]) + name.count + 1)
    }

    /// Region (`TownTable.packed(region:)`) → the lines holding a town (size class above 0) with a
    /// point in it, in table order, each with its name's first letter (`TownTable.linesByRegion`).
    func indexByRegion() -> [UInt64: [UInt32]] {
        var index: [UInt64: [UInt32]] = [:]
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return index }
        let table = UnsafeBufferPointer(start: base, count: bytes.count)
        for (number, offset) in lines.enumerated() {
            guard let name = name(atLine: number), let first = SpellingSkeleton.firstLetter(of: name) else { continue }
            let entry = UInt32(first) << 24 | UInt32(number)
            // The line's end by memchr, then its entries between commas: the bytes are read once, with
            // no test for the table's end at each (a third of the look-up's first call went there).
            let lineEnd = ByteSearch.firstIndex(of: 0x0A, in: table, from: Int(offset)) ?? table.count
            var fieldStart = Int(offset) + name.count + 1
            while fieldStart <= lineEnd {
                // `CODE S PPPPP`: the region's code up to its space, packed as `packed(region:)` packs it,
                // then a size class above 0 (a town, not a district) and five characters of point
                // before the next comma or the line's end.
                var at = fieldStart, region: UInt64 = 0
                while at < lineEnd, base[at] != 0x20, base[at] != 0x2C {
                    if at - fieldStart < 8 { region = region << 8 | UInt64(base[at]) }
                    at += 1
                }
                if at < lineEnd, base[at] == 0x20, at + 7 <= lineEnd, at + 7 == lineEnd || base[at + 7] == 0x2C,
                   !(at + 1..<at + 7).contains(where: { base[$0] == 0x2C }) {
                    if base[at + 1] > 0x30 {
                        // One hash an entry: the list is changed in place (`_modify`), not read and then written.
                        Self.appendOnce(entry, to: &index[region, default: []])
                    }
                    fieldStart = at + 8
                    continue
                }
                while at < lineEnd, base[at] != 0x2C { at += 1 }
                fieldStart = at + 1
            }
        }
        return index
    }

    /// A line's entry once to its region's list, though the line names several towns there.
    private static func appendOnce(_ entry: UInt32, to list: inout [UInt32]) {
        if list.last != entry { list.append(entry) }
    }
}
