/// Reads the dates that metadata carries — ISO 8601 with or without time, `YYYYMMDD`, the written
/// forms `DateText` knows — and finds dates printed near a headline in several languages.
/// A date part is taken as written, not moved to UTC; an ambiguous `03/04/2020` is no date.
enum DateValue {
    static func parse(_ raw: String) -> PartialDate? {
        let text = asciiDigits(raw).trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty, text.count <= 80 else { return nil }
        let first = String(text.prefix { $0 != " " })
        if first.count >= 10, let date = DateText.isoDate(String(first.prefix(10))) { return date }
        if first.count == 8, first.allSatisfy(\.isNumber), let number = Int(first) {
            return PartialDate(year: number / 10000, month: number / 100 % 100, day: number % 100)
        }
        if first.count == 7 || first.count == 4, let date = PartialDate(iso: first), text == first { return date }
        return DateText.parseWhole(text) ?? find(in: text)
    }

    /// The first date written inside a short text: `9 oktober 2020 11:12 Bron: …`, `jueves 2 de abril
    /// de 2020`, `17.03.2020`, `2020年4月17日`, `March 3, 2021`.
    static func find(in text: String) -> PartialDate? {
        let lower = asciiDigits(text).lowercased()
        let tokens = lower.split(whereSeparator: isTokenSeparator)
        var words: [Substring] = []
        for (index, token) in tokens.enumerated() {
            if let date = numeric(token) { return date }
            // `7. 5. 2019`: day and month with their dots, written apart.
            if index + 2 < tokens.count, token.hasSuffix("."), tokens[index + 1].hasSuffix("."),
               let day = Int(token.dropLast()), let month = Int(tokens[index + 1].dropLast()),
               case let yearToken = tokens[index + 2].hasSuffix(".") ? tokens[index + 2].dropLast() : tokens[index + 2],
               yearToken.count == 4, let year = Int(yearToken), year >= 1900, let date = PartialDate(year: year, month: month, day: day) {
                return date
            }
            if Self.contains(token, 0x3A, ":") || fillers.contains(token) { continue }
            words.append(contentsOf: token.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }))
        }
        if let date = cjk(lower) { return date }
        // `24 نيسان / أبريل 2020`: the same month in two calendars' names, the second dropped.
        // Each word is looked up once: the lookup builds a String and hashes it.
        let allMonths = words.map(MonthNames.number)
        let keep = allMonths.indices.map { index in index == 0 || allMonths[index] == nil || allMonths[index] != allMonths[index - 1] }
        words = words.indices.filter { keep[$0] }.map { words[$0] }
        let months = allMonths.indices.filter { keep[$0] }.map { allMonths[$0] }
        for index in words.indices {
            guard let month = months[index] else { continue }
            let before = index > 0 ? number(words[index - 1]) : nil
            let after = index + 1 < words.count ? number(words[index + 1]) : nil
            let afterNext = index + 2 < words.count ? number(words[index + 2]) : nil
            if let day = before, day <= 31, let year = after, year >= 1900 {
                return PartialDate(year: year, month: month, day: day)
            }
            if let day = after, day <= 31, let year = afterNext, year >= 1900 {
                return PartialDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// Decimal digits of any script (Bengali `২০২০`, Arabic-Indic `٢٠٢٠`, Devanagari `२०२०`, full-width)
    /// as ASCII digits, so that every rule reads them.
    static func asciiDigits(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
               let digit = Unicode.Scalar(0x30 + UInt32(value)) {
                result.append(digit)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Minutes after midnight of a timestamp written in UTC (`2020-02-18T02:18:11Z`, `…+00:00`);
    /// nil for a date alone or a time with another offset.
    static func utcMinutes(_ raw: String) -> Int? {
        if let minutes = rfcUTCMinutes(raw) { return minutes }
        let bytes = Array(raw.utf8.filter { $0 != 0x20 })
        guard bytes.count >= 17, bytes[10] == 0x54 || bytes[10] == 0x74, bytes[13] == 0x3A else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            range.reduce(0 as Int?) { total, index in
                guard let total, (0x30...0x39).contains(bytes[index]) else { return nil }
                return total * 10 + Int(bytes[index] - 0x30)
            }
        }
        guard let hours = number(11..<13), let minutes = number(14..<16), hours < 24, minutes < 60 else { return nil }
        var zone = bytes[16...].drop { (0x30...0x39).contains($0) || $0 == 0x3A || $0 == 0x2E }
        if zone.first == 0x2B || zone.first == 0x2D { zone = zone.dropFirst() } else if zone != [0x5A] && zone != [0x7A] { return nil }
        let isUTC = zone == [0x5A] || zone == [0x7A] || (!zone.isEmpty && zone.allSatisfy { $0 == 0x30 || $0 == 0x3A })
        return isUTC ? hours * 60 + minutes : nil
    }

    /// Minutes after midnight of an RFC 822 time in GMT or UTC: `Tue, 09 Jul 2019 01:30:00 GMT`.
    private static func rfcUTCMinutes(_ raw: String) -> Int? {
        let words = raw.split(separator: " ")
        guard words.count >= 3, let zone = words.last, zone == "GMT" || zone == "UTC" || zone == "+0000",
              case let time = words[words.count - 2].split(separator: ":"), time.count >= 2,
              let hours = Int(time[0]), let minutes = Int(time[1]), hours < 24, minutes < 60 else { return nil }
        return hours * 60 + minutes
    }

    /// A timestamp on the minute: no seconds, or zero seconds and fractions (`T23:00Z`, `T23:00:00.000Z`).
    static func isWholeMinute(_ raw: String) -> Bool {
        let bytes = Array(raw.utf8)
        guard bytes.count >= 16, bytes[10] == 0x54 || bytes[10] == 0x74 else { return false }
        let rest = bytes[16...].prefix { $0 != 0x5A && $0 != 0x7A && $0 != 0x2B && $0 != 0x2D }
        return rest.allSatisfy { $0 == 0x30 || $0 == 0x3A || $0 == 0x2E }
    }

    /// Words that join a date's parts: `2 de abril de 2020`, `the 3rd of March`.
    private static let fillers: Set<Substring> = ["de", "del", "of", "the", "le", "el", "den", "im", "à", "a", "di"]

    /// `17.03.2020` (day first, as everywhere dots are used), `17.03.20`, `2020/04/17`, and `17/03/2020` or
    /// `03/17/2020` only when the day cannot be mistaken for the month.
    private static func numeric(_ token: Substring) -> PartialDate? {
        // Most tokens are words: without an ASCII digit no part reads as an `Int`.
        guard token.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        let separator: Character = contains(token, 0x2E, ".") ? "." : contains(token, 0x2F, "/") ? "/" : "-"
        let parts = token.split(separator: separator).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        if a >= 1000 { return PartialDate(year: a, month: b, day: c) }
        // `31.10.23`: day, month and a two-digit year, each of two digits, as bylines in much
        // of Europe print them.
        if separator == ".", token.utf8.count == 8, c < 100 {
            return PartialDate(year: c < 70 ? 2000 + c : 1900 + c, month: b, day: a)
        }
        guard c >= 1900 else { return nil }
        if separator == "." || a > 12 { return PartialDate(year: c, month: b, day: a) }
        if b > 12 { return PartialDate(year: c, month: a, day: b) }
        return nil
    }

    /// `text.contains(needle)` (Foundation's search, as before), asked only when the needle's one
    /// byte is there at all: the search costs thousands of instructions per token, the byte scan few.
    private static func contains(_ text: Substring, _ byte: UInt8, _ needle: String) -> Bool {
        text.utf8.contains(byte) && text.contains(needle)
    }

    /// `$0.isWhitespace || ",;|()[]".contains($0)`, without walking the literal's characters for
    /// every character of the text: an ASCII character is looked up by its byte (`\r\n`, whose
    /// `asciiValue` is `\n`'s, is whitespace either way).
    private static func isTokenSeparator(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isWhitespace }
        switch byte {
        case 0x09...0x0D, 0x20, 0x2C, 0x3B, 0x7C, 0x28, 0x29, 0x5B, 0x5D: return true
        default: return false
        }
    }

    private static let yearMark = Array("年".utf8)

    private static func cjk(_ text: String) -> PartialDate? {
        // Most text has no 年 at all: its bytes say so faster than a search by Character.
        var text = text
        guard text.withUTF8({ ByteSearch.firstIndex(of: yearMark, in: $0, from: 0) }) != nil,
              let yearMark = text.firstIndex(of: "年") else { return nil }
        let year = Int(text[..<yearMark].suffix(4))
        let rest = text[text.index(after: yearMark)...]
        guard let year, let monthMark = rest.firstIndex(of: "月"), let month = Int(rest[..<monthMark].trimmingCharacters(in: .whitespaces)) else { return nil }
        let afterMonth = rest[rest.index(after: monthMark)...]
        let day = afterMonth.firstIndex(of: "日").flatMap { Int(afterMonth[..<$0].trimmingCharacters(in: .whitespaces)) }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func number(_ word: Substring) -> Int? {
        let digits = word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th") || word.hasSuffix("er")
            ? word.dropLast(2) : word
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}

/// Month names in the languages of most news pages, full and (for English) abbreviated.
enum MonthNames {
    private static let table: [String: Int] = {
        let languages = [
            "january february march april may june july august september october november december",
            "jan feb mar apr may jun jul aug sep oct nov dec",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "januar februar märz april mai juni juli august september oktober november dezember",
            "januari februari maart april mei juni juli augustus september oktober november december",
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
            "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
            "janv févr mars avr mai juin juil août sept oct nov déc",
            "ene feb mar abr may jun jul ago sep oct nov dic",
            "jan feb mär apr mai jun jul aug sep okt nov dez",
            "gen feb mar apr mag giu lug ago set ott nov dic",
            "jan fev mar abr mai jun jul ago set out nov dez",
            "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
            "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
        ]
        // Arabic spellings without hamza, and the Levantine names that are one word.
        var table: [String: Int] = ["sept": 9, "setiembre": 9, "jänner": 1, "fevrier": 2, "aout": 8, "decembre": 12, "fevr": 2,
                                    "mrz": 3, "ابريل": 4, "اغسطس": 8, "اكتوبر": 10, "شباط": 2, "آذار": 3, "اذار": 3,
                                    "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9]
        for line in languages {
            for (index, name) in line.split(separator: " ").enumerated() { table[String(name)] = index + 1 }
        }
        return table
    }()

    static func number(of word: Substring) -> Int? { table[String(word)] }
}
