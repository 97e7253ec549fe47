/// How rows are printed: an aligned table for people, or CSV, a JSON array or JSON Lines for
/// programs, or GeoJSON for maps (rows with `latitude` and `longitude`: events).
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, geojson
}
