import Archive
import Foundation

/// `archive-eval events [--pipeline] [--reports] [--features] [--repeat N]`: events of JSON Lines texts on stdin
/// (`{"id": …, "text": …, "published": "YYYY-MM-DD"?}`) as JSON, for scripts/eval-events.py.
/// `--pipeline` reads each text as `archive extract - --type txt` does (a one-line text is a body);
/// otherwise the text is the body as given, so offsets match the caller's. `--reports` prints every
/// sentence's report before merging; `--features` prints each sentence's event-model features instead
/// of events (scripts/train-event-model.py). `--repeat N` times entities + events N times, without output.
enum EventsMode {
    struct Input {
        let id: Any
        let text: String
        let published: PartialDate?
    }

    static func run(_ arguments: [String]) {
        let pipeline = arguments.contains("--pipeline"), reports = arguments.contains("--reports")
        let features = arguments.contains("--features")
        let repeatIndex = arguments.firstIndex(of: "--repeat")
        let times = repeatIndex.flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
        let inputs = read()
        // Loads the lexicon and both event models before any timing.
        let warmUp = "On 3 May 2021, a roadside bomb exploded near an army patrol in Baghdad, killing two soldiers."
        _ = EventExtractor.events(in: warmUp, published: nil, mentions: EntityExtractor.mentions(in: warmUp))
        if let times { return bench(inputs, times: times) }
        for input in inputs {
            var body = input.text, published = input.published
            if pipeline, let article = try? ArticleExtractor.extract(bytes: Array(input.text.utf8), format: .text, path: "-") {
                body = article.body
                published = published ?? article.published
            }
            let mentions = EntityExtractor.mentions(in: body)
            if features {
                let sentences = EventExtractor.features(in: body, mentions: mentions).map { ["start": $0.start, "end": $0.end, "features": $0.features] as [String: Any] }
                if let data = try? JSONSerialization.data(withJSONObject: ["id": input.id, "sentences": sentences] as [String: Any]) {
                    print(String(decoding: data, as: UTF8.self))
                }
                continue
            }
            let events = reports ? EventExtractor.reports(in: body, published: published, mentions: mentions)
                : EventExtractor.events(in: body, published: published, mentions: mentions)
            let record: [String: Any] = ["id": input.id, "events": events.map(json)]
            if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) {
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }

    static func json(_ e: ExtractedEvent) -> [String: Any] {
        ["event_type": e.eventType.rawValue, "sub_event_type": e.subType.rawValue, "kind": e.kind?.rawValue ?? NSNull(),
         "event_date": e.date?.description ?? NSNull(), "actor1": e.actor1?.name ?? NSNull(), "actor2": e.actor2?.name ?? NSNull(),
         "country": e.country ?? NSNull(), "admin1": e.admin1 ?? NSNull(), "location": e.location?.name ?? NSNull(),
         "latitude": e.point?.latitude ?? NSNull(), "longitude": e.point?.longitude ?? NSNull(), "geo_precision": e.geoPrecision ?? NSNull(),
         "fatalities": e.fatalities ?? NSNull(), "start": e.start, "end": e.end, "notes": e.notes,
         "confidence": (e.confidence * 1000).rounded() / 1000]
    }

    static func bench(_ inputs: [Input], times: Int) {
        let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count } * times
        var start = DispatchTime.now().uptimeNanoseconds
        var mentions: [[EntityMention]] = []
        for _ in 0..<times { mentions = inputs.map { EntityExtractor.mentions(in: $0.text) } }
        let entitySeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        start = DispatchTime.now().uptimeNanoseconds
        var count = 0
        for _ in 0..<times {
            for (index, input) in inputs.enumerated() {
                count += EventExtractor.events(in: input.text, published: input.published, mentions: mentions[index]).count
            }
        }
        let eventSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func rate(_ s: Double) -> String { String(format: "%.2f", Double(bytes) / 1e6 / s) }
        print("events: \(count) events, \(bytes) bytes; entities \(rate(entitySeconds)) MB/s, events alone \(rate(eventSeconds)) MB/s, "
              + "both \(rate(entitySeconds + eventSeconds)) MB/s")
    }

    static func read() -> [Input] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return Input(id: object["id"] ?? NSNull(), text: text, published: (object["published"] as? String).flatMap { PartialDate(iso: $0) })
        }
    }
}
