import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Archive

/// The SVG of `archive map`, parsed back: the marks, their colours and sizes, the legend, the title.
@Suite("Event map SVG")
struct EventMapSVGTests {
    /// Every element of a document with its attributes, and the text of every `text` element.
    final class Elements: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String] = []
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            if name == "text" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text { texts.append(text) }
            if name == "text" { text = nil }
        }

        func classed(_ name: String) -> [[String: String]] { elements.filter { $0.attributes["class"] == name }.map(\.attributes) }
    }

    private func parsed(_ svg: String) throws -> Elements {
        let elements = Elements()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = elements
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return elements
    }

    private func event(_ id: Int64, _ latitude: Double, _ longitude: Double, _ type: EventType, reports: Int = 1,
                       fatalities: Int? = nil, date: String? = nil, precision: Int? = 1) -> EventMap.Event {
        EventMap.Event(id: id, coordinate: GeoPoint(latitude: latitude, longitude: longitude), precision: precision, type: type,
                       date: date.flatMap { PartialDate(iso: $0) }, location: "Place \(id)", reports: reports, fatalities: fatalities)
    }

    private var sample: EventMap {
        EventMap(events: [
            event(1, 31.0, 46.2, .explosions, reports: 1, fatalities: 3, date: "2021-06-01"),
            event(2, 32.5, 44.4, .explosions, reports: 4, fatalities: 0, date: "2021-09-06"),
            event(3, 33.3, 44.4, .battles, reports: 2, date: "2020-01-03"),
            event(4, 31.99, 44.92, .protests, reports: 9, fatalities: 12, date: "2021-09"),
            event(5, 33.0, 44.0, .protests, reports: 1, precision: 3),
        ], unlocated: 2, title: "Test <map> & \"marks\"")
    }

    @Test("one circle per event, coloured by its type; the legend lists exactly the types drawn")
    func marksAndLegend() throws {
        let svg = try parsed(sample.svg())
        let marks = svg.classed("event")
        #expect(marks.count == 5)
        #expect(Set(marks.compactMap { $0["data-event-id"] }) == ["1", "2", "3", "4", "5"])
        for mark in marks {
            let type = try #require(mark["data-type"].flatMap(EventType.init(rawValue:)))
            #expect(mark["fill"] == EventMap.colour(of: type))
        }
        let legend = svg.classed("legend-type").compactMap { $0["data-type"] }
        #expect(legend == ["Battles", "Explosions/Remote violence", "Protests"])
        #expect(svg.texts.contains("Explosions/Remote violence (2)") && svg.texts.contains("Protests (2)") && svg.texts.contains("Battles (1)"))
        #expect(Set(EventType.allCases.map(EventMap.colour(of:))).count == EventType.allCases.count, "no two types share a colour")
    }

    @Test("area follows the reports; bigger marks are drawn first, underneath")
    func sizesAndOrder() throws {
        let marks = try parsed(sample.svg()).classed("event")
        let radius = Dictionary(uniqueKeysWithValues: marks.map { ($0["data-event-id"]!, Double($0["r"]!)!) })
        #expect(radius["4"]! > radius["2"]! && radius["2"]! > radius["3"]! && radius["3"]! > radius["1"]!)
        #expect(abs(radius["2"]! / radius["1"]! - 2) < 0.05, "four reports: twice the radius of one")
        let drawn = marks.map { Double($0["r"]!)! }
        #expect(drawn == drawn.sorted(by: >))
        var byDeaths = sample
        byDeaths.sizeBy = .fatalities
        let deaths = try parsed(byDeaths.svg()).classed("event")
        #expect(deaths.first?["data-event-id"] == "4", "twelve killed: the largest")
        #expect(Set(deaths.filter { $0["data-event-id"] == "2" || $0["data-event-id"] == "5" }.map { $0["r"] }).count == 1,
                "no fatalities and unknown: the smallest mark")
        #expect(try parsed(byDeaths.svg()).texts.contains("Circle area: fatalities reported"))
    }

    @Test("title, date range and what is not drawn; text is escaped; marks lie inside the map")
    func wordsAndPlacement() throws {
        let svg = try parsed(sample.svg())
        #expect(svg.texts.first == "Test <map> & \"marks\"")
        #expect(svg.texts.contains("2020-01-03 to 2021-09-06 · 5 events drawn, 2 without a place left out"))
        let sea = try #require(svg.classed("sea").first)
        let (width, height) = (Double(sea["width"]!)!, Double(sea["height"]!)!)
        for mark in svg.classed("event") {
            #expect((0...width).contains(Double(mark["cx"]!)!) && (0...height).contains(Double(mark["cy"]!)!))
        }
        #expect(svg.classed("country").contains { $0["data-code"] == "IRQ" })
        #expect(svg.classed("country-name").isEmpty == false)
        #expect(svg.elements.contains { $0.attributes["class"] == "legend-precision" }, "a centre-placed event explains its dashes")
    }

    @Test("the default title says the filters in words")
    func defaultTitle() {
        #expect(EventMap.defaultTitle(EventFilter()) == "Events")
        let filter = EventFilter(eventType: "explosions", since: PartialDate(iso: "2021-06"), until: PartialDate(iso: "2021-12"), country: "IQ")
        #expect(EventMap.defaultTitle(filter) == "Events: Explosions/Remote violence, in Iraq, 2021-06 to 2021-12")
        #expect(EventMap.defaultTitle(EventFilter(admin1: "IQ-BB"), actors: ["PMU"]) == "Events: in Babil, involving PMU")
    }

    @Test("the same events give the same bytes")
    func deterministic() {
        #expect(sample.svg() == sample.svg())
    }
}

extension EventMapSVGTests {
    @Test("events at one point are set around it in a ring, each seen; many stay on it, labelled with their number")
    func sharedPoints() throws {
        let few = EventMap(events: (1...3).map { event(Int64($0), 32.46, 44.42, .explosions) } + [event(9, 30, 47, .battles)], title: "t")
        let svg = try parsed(few.svg())
        let marks = svg.classed("event")
        let centres = Set(marks.map { "\($0["cx"]!),\($0["cy"]!)" })
        #expect(marks.count == 4 && centres.count == 4, "no two marks on the same spot")
        let point = try #require(svg.classed("shared-point").first)
        let (px, py) = (Double(point["cx"]!)!, Double(point["cy"]!)!)
        for mark in marks where mark["data-event-id"] != "9" {
            let distance = hypot(Double(mark["cx"]!)! - px, Double(mark["cy"]!)! - py)
            #expect(distance > 3 && distance < 2 * Double(mark["r"]!)!, "around the point, touching it")
        }
        #expect(svg.classed("shared-point").count == 1)
        let many = EventMap(events: (1...40).map { event(Int64($0), 33.3, 44.4, .protests) }, title: "t")
        let crowded = try parsed(many.svg())
        #expect(crowded.classed("event").count == 40)
        #expect(crowded.texts.contains("40"))
    }
}
