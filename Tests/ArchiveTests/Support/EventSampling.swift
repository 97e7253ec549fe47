@testable import Archive

/// What the event suites ask of a text written for them: its events as an ingest codes them
/// (entities found first), and how far an event was drawn from where the place lies.
protocol EventSampling {
    /// The day the text is taken as published: relative dates (`on Friday`) count from it.
    var published: String { get }
}

extension EventSampling {
    var published: String { "2021-03-01" }

    func events(_ text: String) -> [ExtractedEvent] {
        EventExtractor.events(in: text, published: PartialDate(iso: published), mentions: EntityExtractor.mentions(in: text))
    }

    func first(_ text: String) -> ExtractedEvent? { events(text).first }

    /// Kilometres from the point drawn to the one given; infinite when nothing was drawn.
    func km(_ point: GeoPoint?, _ latitude: Double, _ longitude: Double) -> Double {
        point.map { $0.kilometres(to: GeoPoint(latitude: latitude, longitude: longitude)) } ?? .infinity
    }

    func km(_ event: ExtractedEvent?, _ latitude: Double, _ longitude: Double) -> Double { km(event?.point, latitude, longitude) }
}
