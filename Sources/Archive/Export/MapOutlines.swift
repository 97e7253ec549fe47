/// A country's outline: Natural Earth's 1:110m shapes, compiled in from `Resources/outlines.tsv`
/// (scripts/make-outlines.py), largest ring first.
public struct CountryOutline: Sendable {
    /// ISO 3166-1 alpha-3 as Natural Earth gives it (`-99` for the few it gives none).
    public let code: String
    public let name: String
    public let rings: [[GeoPoint]]

    /// Every country of the compiled-in file, read once.
    public static let world: [CountryOutline] = parse(String(decoding: PackageResources.outlines_tsv, as: UTF8.self))

    /// Reads the file's format: `ISO3 <TAB> name <TAB> x,y dx,dy …` in hundredths of a degree, each
    /// point after the first as its difference from the one before; a line it cannot read is left out.
    static func parse(_ text: String) -> [CountryOutline] {
        var countries: [CountryOutline] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let ring = ring(fields[2]) else { continue }
            let (code, name) = (String(fields[0]), String(fields[1]))
            if let last = countries.last, last.code == code, last.name == name {
                countries[countries.count - 1] = CountryOutline(code: code, name: name, rings: last.rings + [ring])
            } else {
                countries.append(CountryOutline(code: code, name: name, rings: [ring]))
            }
        }
        return countries
    }

    private static func ring(_ text: Substring) -> [GeoPoint]? {
        var (x, y) = (0, 0)
        var points: [GeoPoint] = []
        for pair in text.split(separator: " ") {
            let parts = pair.split(separator: ",")
            guard parts.count == 2, let dx = Int(parts[0]), let dy = Int(parts[1]) else { return nil }
            (x, y) = (x + dx, y + dy)
            points.append(GeoPoint(latitude: Double(y) / 100, longitude: Double(x) / 100))
        }
        return points.count >= 3 ? points : nil
    }
}
