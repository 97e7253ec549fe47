import Foundation

/// One line of a plain-text article, with the marks that page copies leave on it.
struct TextLine {
    /// The line without indentation, bullet or surrounding spaces.
    let text: String
    /// Copies of web pages turn list items into `•`, `*`, `-` or `·` lines.
    let isBullet: Bool
    let wordCount: Int

    private static let bulletMarks: Set<Character> = ["•", "*", "·", "▪", "◦", "‣", "●", "■", "-", "–"]

    init(_ raw: Substring) {
        var trimmed = Words.trimmed(raw)
        var bullet = false
        while let first = trimmed.first, TextLine.bulletMarks.contains(first),
              trimmed.utf8.count <= 3 || trimmed.dropFirst().first == " " || trimmed.dropFirst().first == "\u{00A0}" {
            bullet = true
            trimmed = Words.trimmed(trimmed.dropFirst())
        }
        text = trimmed
        isBullet = bullet
        wordCount = Words.count(in: trimmed)
    }

    var isBlank: Bool { text.isEmpty }

    /// Running text: long enough, and shaped like sentences rather than a label or a menu item.
    var isProse: Bool {
        guard !isBullet || wordCount >= 15 else { return false }
        if wordCount >= 25 { return true }
        guard wordCount >= 8 else { return false }
        return endsSentence || (text.utf8.contains(0x2E) && text.contains(". ")) || text.unicodeScalars.contains(where: Self.isInnerSentenceEnd)
    }

    /// Full stops, question and exclamation marks of the scripts the archive reads: Latin, Greek
    /// (`;` is its question mark, but also a semicolon elsewhere, so it does not count), Devanagari
    /// and Bengali danda (।, ॥), Urdu full stop (۔), Arabic question mark (؟), Armenian (։),
    /// Ethiopic (።), and the full-width marks of Chinese and Japanese.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "।", "॥", "۔", "؟", "։", "።", "。", "！", "？", "｡"]

    /// The marks of `sentenceEnds` that end a sentence wherever they stand (no abbreviation or
    /// number uses them), tested by scalar value: this runs over the characters of whole lines.
    @inline(__always)
    static func isInnerSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0964, 0x0965, 0x06D4, 0x061F, 0x0589, 0x1362, 0x3002, 0xFF01, 0xFF1F, 0xFF61: true
        default: false
        }
    }

    var endsSentence: Bool {
        let last = text.last { !"\"'”’)]»」』".contains($0) }
        return last.map(Self.sentenceEnds.contains) ?? false
    }

    /// A headline: a handful of words on their own, no sentence end, not a label.
    var isTitleLike: Bool {
        guard !isBullet, (2...30).contains(wordCount), text.utf8.count <= 400 else { return false }
        guard let last = text.last, !",;:".contains(last), last != "." || text.hasSuffix("...") else { return false }
        guard text.contains(where: \.isUppercase) else { return false }
        return !isURL && Furniture.kind(of: self) == nil && MetadataLine.parse(self) == nil
    }

    /// Most longer words capitalised, as headlines in title case are.
    var isTitleCase: Bool {
        let words = text.split(separator: " ").filter { $0.count > 3 }
        guard !words.isEmpty else { return true }
        return words.filter { $0.first?.isUppercase == true }.count * 5 >= words.count * 3
    }

    var isURL: Bool {
        (text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www."))
            && !text.contains(" ")
    }
}
