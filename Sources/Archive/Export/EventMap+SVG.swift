/// The picture as an SVG document: title and date range above, the map, the legend below.
extension EventMap {
    static let padding = 16.0
    static let titleBand = 70.0
    static let font = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

    /// The whole document. Deterministic: the same events give the same bytes.
    public func svg() -> String {
        let frame = MapFrame.framing(events.map(\.coordinate), width: width - 2 * Self.padding)
        let mapTop = Self.titleBand
        let legend = legendLayout(top: mapTop + frame.height + 14)
        let height = legend.bottom + 28
        var out = [
            ##"<?xml version="1.0" encoding="UTF-8"?>"##,
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(SVGText.number(width))" height="\##(SVGText.number(height))" "##
                + ##"viewBox="0 0 \##(SVGText.number(width)) \##(SVGText.number(height))" font-family="\##(Self.font)">"##,
            ##"<rect width="100%" height="100%" fill="#ffffff"/>"##,
        ]
        out += titleElements()
        out.append(##"<g class="map" transform="translate(\##(SVGText.number(Self.padding)),\##(SVGText.number(mapTop)))">"##)
        out.append(##"<rect class="sea" width="\##(SVGText.number(frame.width))" height="\##(SVGText.number(frame.height))" fill="#dce9f2"/>"##)
        out += countryElements(frame)
        out += markElements(frame)
        out.append(##"<rect width="\##(SVGText.number(frame.width))" height="\##(SVGText.number(frame.height))" fill="none" stroke="#7d8a94" stroke-width="1"/>"##)
        out.append("</g>")
        out += legend.elements
        out.append(##"<text x="\##(SVGText.number(width - Self.padding))" y="\##(SVGText.number(height - 10))" font-size="11" fill="#8a8f94" "##
            + ##"text-anchor="end">Country outlines: Natural Earth 1:110m (public domain). Equirectangular projection.</text>"##)
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private func titleElements() -> [String] {
        [
            ##"<text class="title" x="\##(SVGText.number(Self.padding))" y="32" font-size="22" font-weight="bold" fill="#1d2327">\##(SVGText.escaped(title))</text>"##,
            ##"<text class="subtitle" x="\##(SVGText.number(Self.padding))" y="56" font-size="14" fill="#4a5359">\##(SVGText.escaped(subtitle))</text>"##,
        ]
    }

    /// The date range and what is and is not drawn.
    public var subtitle: String {
        var parts: [String] = []
        if let range = dateRange {
            parts.append(range.first == range.last ? "\(range.first)" : "\(range.first) to \(range.last)")
        } else {
            parts.append("no dates")
        }
        var drawn = "\(events.count) \(events.count == 1 ? "event" : "events") drawn"
        if unlocated > 0 { drawn += ", \(unlocated) without a place left out" }
        parts.append(drawn)
        return parts.joined(separator: " · ")
    }

    private func countryElements(_ frame: MapFrame) -> [String] {
        var shapes: [String] = []
        var labels: [String] = []
        for country in CountryOutline.world {
            var path = ""
            var biggest: (area: Double, x: Double, y: Double, width: Double)?
            for ring in country.rings {
                let visible = MapClip.clip(ring.map { frame.project($0) }, width: frame.width, height: frame.height)
                guard let first = visible.first else { continue }
                path += "M" + SVGText.number(first.x) + "," + SVGText.number(first.y)
                path += visible.dropFirst().map { "L" + SVGText.number($0.x) + "," + SVGText.number($0.y) }.joined() + "Z"
                if let centre = MapClip.centroid(visible), centre.area > (biggest?.area ?? 0) {
                    let xs = visible.map(\.x)
                    biggest = (centre.area, centre.x, centre.y, (xs.max() ?? 0) - (xs.min() ?? 0))
                }
            }
            guard !path.isEmpty else { continue }
            shapes.append(##"<path class="country" data-code="\##(SVGText.escaped(country.code))" d="\##(path)" fill="#f3efe6" stroke="#b3a992" stroke-width="0.7" stroke-linejoin="round"/>"##)
            // A name only where it fits inside the country's visible part.
            if let place = biggest, place.area > 2500, SVGText.width(of: country.name, size: 11) < place.width * 0.8 {
                labels.append(##"<text class="country-name" x="\##(SVGText.number(place.x))" y="\##(SVGText.number(place.y))" font-size="11" fill="#9a9080" text-anchor="middle">\##(SVGText.escaped(country.name))</text>"##)
            }
        }
        return shapes + labels
    }

    private func markElements(_ frame: MapFrame) -> [String] {
        let (marks, shared) = placedMarks(in: frame)
        let circles = marks.map { mark in
            let colour = Self.colour(of: mark.event.type)
            let outline = mark.event.precision == 3
                ? ##"stroke="\##(colour)" stroke-width="1.5" stroke-dasharray="3 2""##
                : ##"stroke="#ffffff" stroke-width="0.8""##
            return ##"<circle class="event" data-event-id="\##(mark.event.id)" data-type="\##(SVGText.escaped(mark.event.type.rawValue))" "##
                + ##"cx="\##(SVGText.number(mark.x))" cy="\##(SVGText.number(mark.y))" r="\##(SVGText.number(mark.radius))" "##
                + ##"fill="\##(colour)" fill-opacity="0.6" \##(outline)><title>\##(SVGText.escaped(tooltip(mark.event)))</title></circle>"##
        }
        let points = shared.map { point in
            guard point.count > Self.largestRing else {
                return ##"<circle class="shared-point" cx="\##(SVGText.number(point.x))" cy="\##(SVGText.number(point.y))" r="2" fill="#1d2327"/>"##
            }
            return ##"<text class="shared-count" x="\##(SVGText.number(point.x))" y="\##(SVGText.number(point.y + 4))" font-size="11" "##
                + ##"font-weight="bold" text-anchor="middle" fill="#1d2327" stroke="#ffffff" stroke-width="3" paint-order="stroke">\##(point.count)</text>"##
        }
        return circles + points
    }

    private func tooltip(_ event: Event) -> String {
        var parts = [event.date.map { "\($0)" } ?? "undated", event.subType.isEmpty ? event.type.rawValue : event.subType]
        if let location = event.location { parts.append(location) }
        parts.append("\(event.reports) \(event.reports == 1 ? "report" : "reports")")
        if let fatalities = event.fatalities { parts.append("\(fatalities) killed") }
        return "event \(event.id): " + parts.joined(separator: " · ")
    }
}
