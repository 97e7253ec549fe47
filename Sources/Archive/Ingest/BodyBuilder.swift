/// Collects the article's own paragraphs from where it starts to where the page takes over,
/// dropping the page's furniture on the way and keeping a trailing list of topic words as tags.
struct BodyBuilder {
    private let lines: [TextLine]
    private let dropped: [Bool]
    /// Paragraphs as lists of lines; bullets keep their mark.
    private(set) var paragraphs: [[String]] = []
    private(set) var tags: [String] = []
    private var trailingBullets: [TextLine] = []

    init(lines: [TextLine], dropped: [Bool]) {
        self.lines = lines
        self.dropped = dropped
    }

    mutating func collect(from start: Int) {
        var current: [String] = []
        var sawProse = false
        var index = start
        func closeParagraph() {
            if !current.isEmpty { paragraphs.append(current) }
            current = []
        }
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank || dropped[index] {
                if line.isBlank { closeParagraph() }
                continue
            }
            switch Furniture.kind(of: line) {
            case .end? where sawProse: index = lines.count; continue
            case .some: continue
            case nil: break
            }
            if line.isURL || Furniture.isCaption(line) || MetadataLine.parse(line) == .counter { continue }
            // A picture's caption is copied twice: as a list item and again as plain text.
            if index + 1 < lines.count, lines[index + 1].text == line.text { index += 1; continue }
            if line.isBullet {
                trailingBullets.append(line)
            } else {
                flushBullets(into: &current)
                sawProse = sawProse || line.isProse
            }
            if !line.isBullet { current.append(line.text) }
        }
        takeTags()
        flushBullets(into: &current)
        closeParagraph()
    }

    /// Bullets followed by more text are part of the article: keep them as a list.
    private mutating func flushBullets(into current: inout [String]) {
        guard !trailingBullets.isEmpty else { return }
        if !current.isEmpty { paragraphs.append(current); current = [] }
        paragraphs.append(trailingBullets.map { "• " + $0.text })
        trailingBullets = []
    }

    /// A list of short topic words after the last paragraph: the page's tags for the article.
    private mutating func takeTags() {
        guard trailingBullets.count >= 2,
              trailingBullets.allSatisfy({ $0.wordCount <= 5 && !$0.endsSentence && $0.text.count <= 60 }) else { return }
        tags = trailingBullets.map(\.text)
        trailingBullets = []
    }

    /// Lines of a wrapped paragraph are joined; otherwise every line is a paragraph of its own.
    func text(hardWrapped: Bool) -> String {
        paragraphs.flatMap { lines -> [String] in
            if lines.first?.hasPrefix("• ") == true { return [lines.joined(separator: "\n")] }
            return hardWrapped ? [lines.joined(separator: " ")] : lines
        }
        .joined(separator: "\n\n")
    }
}
