/// Events as the JSON array `archive extract` prints: the export columns, and the evidence
/// sentence's offsets into the body.
enum EventJSON {
    static func encode(_ events: [ExtractedEvent]) -> String {
        func string(_ value: String?) -> String { value.map(JSONText.quote) ?? "null" }
        let objects = events.map { e -> String in
            let fields: [(String, String)] = [
                ("event_date", string(e.date?.description)),
                ("time_precision", JSONText.quote(e.timePrecision)),
                ("event_type", JSONText.quote(e.eventType.rawValue)),
                ("sub_event_type", JSONText.quote(e.subType.rawValue)),
                ("kind", string(e.kind?.rawValue)),
                ("confidence", confidence(e.confidence)),
                ("actor1", string(e.actor1?.name)),
                ("actor2", string(e.actor2?.name)),
                ("claimed_by", string(e.claimedBy?.name)),
                ("country", string(e.country)),
                ("admin1", string(e.admin1)),
                ("location", string(e.location?.name)),
                ("latitude", e.point.map { JSONText.value(.real($0.latitude)) } ?? "null"),
                ("longitude", e.point.map { JSONText.value(.real($0.longitude)) } ?? "null"),
                ("geo_precision", e.geoPrecision.map { String($0) } ?? "null"),
                ("fatalities", e.fatalities.map { String($0) } ?? "null"),
                ("notes", JSONText.quote(e.notes)),
                ("start", String(e.start)),
                ("end", String(e.end)),
            ]
            return "{" + fields.map { "\(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]" : "[\n    " + objects.joined(separator: ",\n    ") + "\n  ]"
    }

    /// Two decimals, as the archive's listings round it: more would claim a precision the model lacks.
    static func confidence(_ value: Double) -> String {
        value.isFinite ? String((value * 100).rounded() / 100) : "null"
    }
}
