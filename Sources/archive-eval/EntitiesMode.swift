import Archive
import Foundation

/// `archive-eval entities`: mentions as JSON, for scripts/eval-entities.py, and throughput.
enum EntitiesMode {
    static func bench(_ paths: [String], times: Int) {
        let texts = read(paths).map(\.text)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count } * times
        _ = EntityExtractor.mentions(in: "Warm-up: the word lists load once, in Baghdad.")
        let start = DispatchTime.now().uptimeNanoseconds
        var count = 0
        for _ in 0..<times { for text in texts { count += EntityExtractor.mentions(in: text).count } }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("entities: \(count) mentions, \(bytes) bytes in \(seconds) s: \(String(format: "%.2f", Double(bytes) / 1e6 / seconds)) MB/s")
    }

    static func read(_ paths: [String]) -> [(id: Any, text: String)] {
        var inputs: [(id: Any, text: String)] = []
        if paths.isEmpty {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                inputs.append((object["id"] ?? NSNull(), text))
            }
        } else {
            for path in paths {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                inputs.append((path, text))
            }
        }
        return inputs
    }

    static func run(_ paths: [String]) {
        // `--repeat N` (first argument) times the extraction N times over the same texts, without output.
        if paths.first == "--repeat", paths.count >= 2, let n = Int(paths[1]) {
            return bench(Array(paths.dropFirst(2)), times: n)
        }
        // `--model FILE` (a tagger's weights) and `--without a,b` (rule families off): see EntityEvaluation.
        var rest = paths, model: String?, without: [String] = []
        while rest.count >= 2, rest[0] == "--model" || rest[0] == "--without" {
            if rest[0] == "--model" { model = rest[1] } else { without += rest[1].split(separator: ",").map(String.init) }
            rest.removeFirst(2)
        }
        if rest.first == "--rules" { return print(EntityRuleSet.named.map(\.name).joined(separator: "\n")) }
        let extractor: EntityEvaluation
        do { extractor = try EntityEvaluation(modelFile: model, without: without) } catch {
            FileHandle.standardError.write(Data("archive-eval entities: \(error)\n".utf8))
            exit(2)
        }
        let inputs = read(rest)
        _ = extractor.mentions(in: "Warm-up: the word lists load once, in Baghdad.")
        var seconds = 0.0, bytes = 0
        var outputs: [[String: Any]] = []
        for (id, text) in inputs {
            let start = DispatchTime.now().uptimeNanoseconds
            let mentions = extractor.mentions(in: text)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            bytes += text.utf8.count
            outputs.append(["id": id, "mentions": mentions.map { m -> [String: Any] in
                ["text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence, "type": m.type.rawValue,
                 "name": m.name, "key": m.key, "code": m.code ?? NSNull(), "country": m.country ?? NSNull()]
            }])
        }
        for record in outputs {
            if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) {
                print(String(decoding: data, as: UTF8.self))
            }
        }
        let rate = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        FileHandle.standardError.write(Data("entities: \(inputs.count) texts, \(bytes) bytes in \(seconds) s: \(String(format: "%.2f", rate)) MB/s\n".utf8))
    }
}
