/// How rows are printed: an aligned table for people, or CSV, a JSON array or JSON Lines for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl
}
