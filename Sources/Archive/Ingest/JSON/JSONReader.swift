import Foundation

/// Reads scraper output — one JSON object, an array of objects, or JSON Lines — into one record
/// per object. A line or object that is not an article is a skipped record; the rest still count.
public enum JSONReader {
    /// The records of a file; throws only when the file as a whole is not JSON at all.
    public static func read(_ bytes: [UInt8], path: String = "-") throws -> [JSONRecord] {
        let decoded = try TextDecoder.decode(bytes, path: path)
        let data = Data(decoded.text.utf8)
        if let whole = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            switch whole {
            case let array as [Any]:
                return array.enumerated().map { index, item in
                    record(item, key: "\(index + 1)", place: "item \(index + 1)", encoding: decoded.encoding)
                }
            default:
                return [record(whole, key: "1", place: "the object", encoding: decoded.encoding)]
            }
        }
        return try lines(decoded, path: path)
    }

    /// JSON Lines: each non-blank line its own object, each bad line its own skip.
    private static func lines(_ decoded: DecodedText, path: String) throws -> [JSONRecord] {
        var records: [JSONRecord] = []
        var parsedAny = false
        for (index, line) in decoded.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = Words.trimmed(line)
            guard !text.isEmpty else { continue }
            let number = index + 1
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
                records.append(JSONRecord(key: "L\(number)", place: "line \(number)", sha256: Fingerprint.sha256Hex(Array(text.utf8)),
                                          result: .failure(RecordSkip(reason: "line \(number): not valid JSON"))))
                continue
            }
            parsedAny = true
            records.append(record(object, key: "L\(number)", place: "line \(number)", encoding: decoded.encoding, raw: text))
        }
        guard parsedAny else {
            throw ArchiveError.unreadableFile(path: path, reason: "not JSON: neither one JSON document nor JSON Lines")
        }
        return records
    }

    private static func record(_ value: Any, key: String, place: String, encoding: String, raw: String? = nil) -> JSONRecord {
        let text = raw ?? canonicalText(value)
        let sha = Fingerprint.sha256Hex(Array(text.utf8))
        guard let object = value as? [String: Any] else {
            return JSONRecord(key: key, place: place, sha256: sha, result: .failure(RecordSkip(reason: "\(place): not a JSON object")))
        }
        do {
            var article = try ScraperFields.article(from: object, place: place)
            article.encoding = encoding
            return JSONRecord(key: key, place: place, sha256: sha, result: .success(article))
        } catch let skip as RecordSkip {
            return JSONRecord(key: key, place: place, sha256: sha, result: .failure(skip))
        } catch {
            return JSONRecord(key: key, place: place, sha256: sha, result: .failure(RecordSkip(reason: "\(place): \(error)")))
        }
    }

    private static func canonicalText(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
