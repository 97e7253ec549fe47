import Foundation

/// Reads the publication dates that article headers write in words or digits.
enum DateText {
    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// A date that makes up the whole of `text` (a weekday, a time and a zone may come with it):
    /// `1 Jan 2022 10:23`, `January 1, 2022`, `Sat, 01 Jan 2022`, `2022-01-01`, `2022/01/01 10:00 GMT`.
    static func parseWhole(_ text: String) -> PartialDate? {
        var day: Int?, month: Int?, year: Int?
        var numbers: [Int] = []
        // Word by word, not split all at once: most lines tried are not dates, and their first word says so.
        // Lowercasing maps scalar by scalar, so each word is lowercased on its own, when it is reached.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex { $0 == " " || $0 == "," || $0 == "\t" } ?? rest.endIndex
            var core = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            while core.first == "." { core = core.dropFirst() }
            while core.last == "." { core = core.dropLast() }
            guard !core.isEmpty else { continue }
            let token = core.lowercased()
            if weekdays.contains(token) || isTime(token) || isZone(token) || token == "at" || token == "|" || token == "-" { continue }
            if let iso = isoDate(token) { return iso }
            if let m = months[token] {
                guard month == nil else { return nil }
                month = m
                continue
            }
            let digits = token.hasSuffix("st") || token.hasSuffix("nd") || token.hasSuffix("rd") || token.hasSuffix("th")
                ? String(token.dropLast(2)) : token
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
            numbers.append(n)
        }
        guard let month else { return nil }
        for n in numbers {
            if n >= 1000, year == nil { year = n } else if n <= 31, day == nil { day = n } else { return nil }
        }
        guard let year else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// `2022-01-01` or `2022/01/01`, also with a `T10:00:00Z` time glued on.
    static func isoDate(_ token: String) -> PartialDate? {
        let datePart = token.split(separator: "t", maxSplits: 1).first.map(String.init) ?? token
        let parts = datePart.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    /// A date in a URL path: `/2021/12/28/` (day) or `/2021/12/` (month); failing a day there,
    /// a day written in one piece of the path: `2021-12-28`, `2021_12_28`, `20211228`, and day
    /// first `28.12.2021` or `28-12-2021` (`dayFirst: false` leaves `01-02-2021` out, which
    /// could be either way round).
    static func fromURLPath(_ url: String, dayFirst: Bool = true) -> PartialDate? {
        let segments = url.split(separator: "/").map(String.init)
        var month: PartialDate?
        for index in segments.indices.dropLast() {
            guard segments[index].count == 4, let year = Int(segments[index]), (1990...2100).contains(year),
                  segments[index + 1].count == 2, let number = Int(segments[index + 1]) else { continue }
            if index + 2 < segments.count - 1, segments[index + 2].count == 2, let day = Int(segments[index + 2]),
               let date = PartialDate(year: year, month: number, day: day) {
                return date
            }
            month = PartialDate(year: year, month: number)
            break
        }
        return compactDate(inPath: url, dayFirst: dayFirst) ?? month
    }

    /// `2021-12-28`, `2021_12_28`, `2021.12.28`, `20211228`, `28.12.2021`, `28-12-2021` between
    /// non-digits in the URL after its host.
    private static func compactDate(inPath url: String, dayFirst: Bool) -> PartialDate? {
        var bytes = Array(url.utf8)
        if let scheme = (0..<max(0, bytes.count - 2)).first(where: { bytes[$0] == 0x3A && bytes[$0 + 1] == 0x2F && bytes[$0 + 2] == 0x2F }) {
            let hostStart = scheme + 3
            let pathStart = bytes[hostStart...].firstIndex(of: 0x2F) ?? bytes.count
            bytes = Array(bytes[pathStart...])
        }
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        func number(_ start: Int, _ count: Int) -> Int {
            bytes[start..<(start + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let separators: [UInt8] = [0x2D, 0x5F, 0x2E] // - _ .
        var index = 0
        while index < bytes.count {
            guard isDigit(index), !isDigit(index - 1) else { index += 1; continue }
            var end = index
            while isDigit(end) { end += 1 }
            let run = end - index
            if run == 8 {
                let year = number(index, 4)
                if (1990...2100).contains(year), let date = PartialDate(year: year, month: number(index + 4, 2), day: number(index + 6, 2)) {
                    return date
                }
            } else if run == 4, end + 5 < bytes.count, separators.contains(bytes[end]), isDigit(end + 1), isDigit(end + 2),
                      bytes[end + 3] == bytes[end], isDigit(end + 4), isDigit(end + 5), !isDigit(end + 6) {
                let year = number(index, 4)
                if (1990...2100).contains(year), let date = PartialDate(year: year, month: number(end + 1, 2), day: number(end + 4, 2)) {
                    return date
                }
            } else if run == 2, end + 7 < bytes.count, separators.contains(bytes[end]), isDigit(end + 1), isDigit(end + 2),
                      bytes[end + 3] == bytes[end], (4...7).allSatisfy({ isDigit(end + $0) }), !isDigit(end + 8) {
                let year = number(end + 4, 4), first = number(index, 2), second = number(end + 1, 2)
                let sure = bytes[end] == 0x2E || dayFirst || first > 12
                if sure, (1990...2100).contains(year), let date = PartialDate(year: year, month: second, day: first) { return date }
            }
            index = end
        }
        return nil
    }

    private static func isTime(_ token: Substring) -> Bool {
        let core = token.hasSuffix("am") || token.hasSuffix("pm") ? token.dropLast(2) : token
        // The byte scan first: Foundation's search costs thousands of instructions per token.
        return core.utf8.contains(0x3A) && core.contains(":") && core.allSatisfy { $0.isNumber || $0 == ":" } && core.count <= 8
    }

    private static func isTime(_ token: String) -> Bool { isTime(Substring(token)) }

    private static func isZone(_ token: String) -> Bool {
        ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ast", "am", "pm", "z"].contains(token)
            || (token.hasPrefix("+") && token.dropFirst().allSatisfy { $0.isNumber || $0 == ":" })
            || (token.hasPrefix("gmt+") || token.hasPrefix("utc+"))
    }
}
