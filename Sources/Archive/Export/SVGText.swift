import Foundation

/// The few pieces of SVG syntax the map writes: escaped text and short numbers.
enum SVGText {
    /// Text safe inside an element or a double-quoted attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 allows no other control characters, even escaped.
            case "\t", "\n", "\r": out += " "
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A coordinate to a tenth of a pixel, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// An estimate of a text's width in pixels, for laying out the legend (sans-serif averages ~0.56 em).
    static func width(of text: String, size: Double) -> Double {
        Double(text.count) * size * 0.56
    }
}
