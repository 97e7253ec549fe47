/// File names as the archive stores and prints them. Linux names are bytes, not text: a name
/// that is not valid UTF-8 is kept with each stray byte written `\xNN`, and names are printed
/// with line breaks and other control characters escaped, so one skipped file is one line.
public enum FileName {
    /// The path for bytes from the file system: the text when they are UTF-8, else UTF-8 with `\xNN` escapes.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var rest = Array(bytes)[...]
        while !rest.isEmpty {
            // The longest valid UTF-8 prefix goes in as text; the first byte after it is escaped.
            var end = rest.startIndex
            var decoder = UTF8()
            var iterator = rest.makeIterator()
            var consumed = rest.startIndex
            loop: while true {
                switch decoder.decode(&iterator) {
                case let .scalarValue(scalar):
                    out.unicodeScalars.append(scalar)
                    consumed += UTF8.width(scalar)
                    end = consumed
                case .emptyInput: break loop
                case .error: break loop
                }
            }
            rest = rest[end...]
            if let byte = rest.first {
                out += "\\x" + hex(byte)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// `path` for one line of a message: control characters as `\n`, `\t` or `\u{…}`.
    public static func escaped(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isControl) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
