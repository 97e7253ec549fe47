import Foundation

/// Every failure the archive reports: what went wrong, where, and what to do about it.
public enum ArchiveError: Error, CustomStringConvertible, Equatable, Sendable {
    /// SQLite refused a statement; `sql` is the statement text (bound values are never included).
    case sqlite(code: Int32, message: String, sql: String?)
    /// The linked SQLite library lacks a feature the archive needs.
    case sqliteFeatureMissing(feature: String, version: String)
    /// The archive file was written by a newer version of this program.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// The archive file exists but is not an archive (or not a SQLite database at all).
    case notAnArchive(path: String, reason: String)
    /// The file could not be read or decoded.
    case unreadableFile(path: String, reason: String)
    /// A path given on the command line does not exist or cannot be listed.
    case badPath(path: String, reason: String)
    /// A search query that cannot be turned into a full-text query.
    case invalidQuery(query: String, reason: String)
    /// A date argument that is not YYYY, YYYY-MM or YYYY-MM-DD.
    case invalidDate(argument: String, value: String)
    /// A `--min-confidence` outside 0–1.
    case invalidConfidence(value: Double)
    /// No article with this id.
    case articleNotFound(id: Int64)
    /// No entity has this name or spelling.
    case entityNotFound(name: String)
    /// `archive sql` got something other than one read-only statement; `rule` says which rule refused it.
    case sqlRefused(sql: String, rule: SQLRule)
    /// No file at the path where an archive was expected.
    case noArchive(path: String)
    /// Writing output failed (disk full, closed pipe, bad path).
    case outputFailed(path: String, reason: String)
    /// `archive map` found no event with a place to draw; `unlocated` passed the filters without one.
    case nothingToMap(unlocated: Int)
    /// A program the command runs is not on $PATH; `install` is the command that installs it.
    case missingTool(tool: String, install: String, purpose: String)
    /// A `--within` that is not a number and a unit.
    case invalidDistance(value: String)
    /// A `--bbox` that is not four coordinates in order.
    case invalidBoundingBox(value: String, reason: String)
    /// A `--near` place that neither the gazetteer nor the archive knows.
    case placeNotFound(name: String)
    /// A `--near` place name that several places bear alike; `places` are their codes or points.
    case placeAmbiguous(name: String, places: [String])
    /// GeoJSON asked of rows that have no `latitude` and `longitude` columns.
    case noPointColumns(columns: [String])

    public var description: String {
        switch self {
        case let .sqlite(code, message, sql):
            var text = "SQLite error \(code): \(message)"
            if let sql { text += "\n  in: \(sql.trimmingCharacters(in: .whitespacesAndNewlines))" }
            // Extended codes carry the primary code in their low byte (SQLITE_IOERR_WRITE is 10).
            switch code & 0xFF {
            case 5, 6: text += "\n  another process holds the archive; wait for it to finish and try again"
            case 13: text += "\n  the disk is full; free some space and run the command again (nothing stored was lost)"
            case 10: text += "\n  reading or writing the archive failed (a full or failing disk?); nothing committed before was lost"
            case 8, 14: text += "\n  the archive cannot be written here; check the permissions of the file and of its folder"
            case 11, 26: text += "\n  the archive file is damaged or not a SQLite database"
            default: break
            }
            return text
        case let .sqliteFeatureMissing(feature, version):
            return "The SQLite library (\(version)) was built without \(feature), which the archive needs for search. Install a SQLite with \(feature) (Debian's libsqlite3-0 has it) and rebuild."
        case let .schemaTooNew(path, found, supported):
            return "\(path) has schema version \(found), but this archive program understands up to \(supported). Use a newer version of archive to open it."
        case let .notAnArchive(path, reason):
            return "\(path) is not an archive: \(reason). Choose another file with --db, or remove it."
        case let .unreadableFile(path, reason):
            return "\(path): \(reason)"
        case let .badPath(path, reason):
            return "\(path): \(reason). Check the path and try again."
        case let .invalidQuery(query, reason):
            return "Cannot search for \(quoted(query)): \(reason)"
        case let .invalidDate(argument, value):
            return "\(argument) \(quoted(value)) is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-06-01."
        case let .invalidConfidence(value):
            return "--min-confidence \(value) is not a confidence; give a number from 0 to 1, for example 0.8."
        case let .articleNotFound(id):
            return "No article with id \(id). `archive search` or `archive export articles` lists the ids."
        case let .entityNotFound(name):
            return "No entity is named or spelled \(quoted(name)). `archive entities --query TEXT` lists the names that contain a text."
        case let .sqlRefused(sql, rule):
            return "archive sql refused \(quoted(sql)): \(rule)."
        case let .noArchive(path):
            return "There is no archive at \(path). Make one with `archive ingest FOLDER --db \(path)`, or give --db (or $ARCHIVE_DB) the path of an existing archive."
        case let .outputFailed(path, reason):
            return "Cannot write \(path): \(reason)"
        case let .nothingToMap(unlocated):
            let why = unlocated == 0 ? "no event passes the filters"
                : "\(unlocated) \(unlocated == 1 ? "event passes" : "events pass") the filters but none has a place with coordinates"
            return "No map written: \(why). `archive events` with the same filters lists what there is."
        case let .missingTool(tool, install, purpose):
            return "\(tool) is needed to \(purpose) but is not on $PATH. Install it (\(install)) and run the command again."
        case let .invalidDistance(value):
            return "--within \(quoted(value)) is not a distance; write a number and km or mi, for example 50km or 30mi."
        case let .invalidBoundingBox(value, reason):
            return "--bbox \(quoted(value)) is not a box: \(reason); for example --bbox 43.5,30.5,47.0,33.5 (minLon,minLat,maxLon,maxLat)."
        case let .placeNotFound(name):
            return "No place is named \(quoted(name)) in the gazetteer or among the archive's places. Check the spelling, "
                + "or give the point as latitude,longitude (--near 31.05,46.26)."
        case let .placeAmbiguous(name, places):
            return "\(quoted(name)) names more than one place (\(places.joined(separator: ", "))). Say which after a comma: "
                + "a region or a country (--near 'Nasiriyah, Dhi Qar'), or give latitude,longitude."
        case let .noPointColumns(columns):
            return "GeoJSON needs latitude and longitude columns, and these rows have \(columns.joined(separator: ",")). "
                + "Events have them: archive events --format geojson, archive export events --format geojson."
        }
    }

    private func quoted(_ text: String) -> String {
        let short = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return "'\(short)'"
    }
}
