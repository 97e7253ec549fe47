import CGazetteer

/// A town, village or district of the town table: its first-level region and the number of
/// digits of its population (0 for a district, which has none).
struct Town: Sendable, Equatable {
    let region: String
    let sizeClass: UInt8
}

/// The town table (CGazetteer, written by scripts/make-admin1.py from GeoNames: 178,000 folded
/// names of places of 500 people or more and of districts, with their regions). The table is
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
        lines.reserveCapacity(180_000)
        var lineStart = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if i > lineStart { lines.append(UInt32(lineStart)) }
            lineStart = i + 1
        }
        self.lines = lines
    }

    /// Every place so named (folded), the most populous first.
    func towns(named folded: String) -> [Town] {
        var key = folded
        return key.withUTF8 { key in
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

    /// `IQ-BG 6,KE-30 5` up to the end of the line.
    private func entries(after offset: Int) -> [Town] {
        var towns: [Town] = []
        var i = offset
        var fieldStart = i
        while i <= bytes.count {
            let b = i < bytes.count ? bytes[i] : 0x0A
            if b == 0x2C || b == 0x0A {
                let field = bytes[fieldStart..<i]
                if let space = field.firstIndex(of: 0x20), let last = field.last {
                    towns.append(Town(region: String(decoding: field[fieldStart..<space], as: UTF8.self), sizeClass: last &- 0x30))
                }
                if b == 0x0A { break }
                fieldStart = i + 1
            }
            i += 1
        }
        return towns
    }
}
