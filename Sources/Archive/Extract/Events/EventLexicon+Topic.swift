import Foundation

extension EventLexicon {
    /// The article-topic score's weights (`Resources/article-topic.tsv`, written by
    /// scripts/train-article-topic.py): a `bias` line, then a word and its weight a line. The
    /// folder `ARCHIVE_EVENT_MODELS` names may hold another, as it may for the event models, so
    /// that a model can be tried without a build.
    static func topicWeights() -> (bias: Float, weights: [(String, Float)]) {
        let bytes = getenv("ARCHIVE_EVENT_MODELS").flatMap {
            FileManager.default.contents(atPath: String(cString: $0) + "/article-topic.tsv").map { [UInt8]($0) }
        } ?? PackageResources.article_topic_tsv
        var bias: Float = 0
        var weights: [(String, Float)] = []
        for line in ResourceLines.of(bytes) where !line.hasPrefix("#") {
            let fields = ResourceLines.split(line, on: 0x09)
            guard fields.count == 2, let weight = Float(fields[1]) else { continue }
            if fields[0] == "bias" { bias = weight } else { weights.append((fields[0], weight)) }
        }
        return (bias, weights)
    }

    /// A lowercase word's weight in the article-topic score; 0 for a word the model does not weigh.
    func topicWeight(_ token: EventToken) -> Float {
        token.word >= 0 ? wordTopic[Int(token.word)] : 0
    }
}
