/// Moves mention offsets from the cleaned body back to the text as it was decoded, so tools
/// that annotate the original file can align with them. Each body line is found again in the
/// source, in order; a mention in a line that cannot be found (a re-wrapped paragraph) is
/// looked up by its own text from there on.
enum SourceOffsets {
    static func map(_ mentions: [EntityMention], body: String, source: String) -> [EntityMention] {
        let bodyScalars = Array(body.unicodeScalars)
        let sourceScalars = Array(source.unicodeScalars)
        var segments: [(bodyStart: Int, sourceStart: Int?, length: Int)] = []
        var cursor = 0
        var lineStart = 0
        let newline: Unicode.Scalar = "\n"
        for index in 0...bodyScalars.count where index == bodyScalars.count || bodyScalars[index] == newline {
            var line = Array(bodyScalars[lineStart..<index])
            var offset = 0
            // Lists are rendered with "• "; the source may mark them otherwise.
            if line.starts(with: ["\u{2022}", " "] as [Unicode.Scalar]) { line.removeFirst(2); offset = 2 }
            if !line.isEmpty {
                let found = find(line, in: sourceScalars, from: cursor)
                if let found { cursor = found + line.count }
                segments.append((lineStart + offset, found, line.count))
            }
            lineStart = index + 1
        }
        var searchFrom = 0
        return mentions.compactMap { mention in
            let segment = segments.last { $0.bodyStart <= mention.start && mention.end <= $0.bodyStart + $0.length }
            var start: Int?
            if let segment, let sourceStart = segment.sourceStart {
                start = sourceStart + (mention.start - segment.bodyStart)
            } else {
                start = find(Array(mention.text.unicodeScalars), in: sourceScalars, from: searchFrom)
            }
            guard let start else { return nil }
            searchFrom = start
            return EntityMention(text: mention.text, start: start, end: start + (mention.end - mention.start), sentence: mention.sentence,
                                 type: mention.type, name: mention.name, key: mention.key, code: mention.code, country: mention.country)
        }
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = max(0, start)
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
