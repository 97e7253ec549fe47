extension EventGazetteer {
    /// `towns.tsv` (scripts/make-admin1.py), grouped by region and size class to stay small in the
    /// binary: folded name → region codes, the largest place so named first. Read once, with the gazetteer.
    static func readTowns() -> [String: [String]] {
        var towns: [String: [(size: UInt8, code: String)]] = [:]
        towns.reserveCapacity(60_000)
        for line in String(decoding: PackageResources.towns_tsv, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3, let size = UInt8(fields[1]) else { continue }
            let code = String(fields[0])
            for name in fields[2].split(separator: "|") { towns[NameKey.fold(String(name)), default: []].append((size, code)) }
        }
        return towns.mapValues { $0.sorted { $0.size > $1.size }.map(\.code) }
    }
}
