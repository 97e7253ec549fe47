/// The legend under the map: a colour per event type present (with its count), then what a
/// mark's size means, with marks of real sizes.
extension EventMap {
    func legendLayout(top: Double) -> (elements: [String], bottom: Double) {
        let left = Self.padding
        let right = width - Self.padding
        var elements = [##"<g class="legend" font-size="13" fill="#1d2327">"##]
        var (x, y) = (left, top + 10)
        for (type, count) in typeCounts {
            let label = "\(type.rawValue) (\(count))"
            let entryWidth = 18 + SVGText.width(of: label, size: 13) + 22
            if x > left, x + entryWidth > right { (x, y) = (left, y + 22) }
            elements.append(##"<g class="legend-type" data-type="\##(SVGText.escaped(type.rawValue))">"##
                + ##"<circle cx="\##(SVGText.number(x + 6))" cy="\##(SVGText.number(y))" r="6" fill="\##(Self.colour(of: type))" fill-opacity="0.6" stroke="\##(Self.colour(of: type))"/>"##
                + ##"<text x="\##(SVGText.number(x + 18))" y="\##(SVGText.number(y + 4.5))">\##(SVGText.escaped(label))</text></g>"##)
            x += entryWidth
        }
        let key = sizeKey
        let biggest = radius(of: key.last ?? 1)
        y += 16 + biggest
        let caption = sizeBy == .reports ? "Circle area: articles reporting the event" : "Circle area: fatalities reported"
        elements.append(##"<text class="size-caption" x="\##(SVGText.number(left))" y="\##(SVGText.number(y + 4.5))">\##(caption)</text>"##)
        x = left + SVGText.width(of: caption, size: 13) + 16
        for value in key {
            let r = radius(of: value)
            elements.append(##"<g class="legend-size"><circle cx="\##(SVGText.number(x + r))" cy="\##(SVGText.number(y))" r="\##(SVGText.number(r))" "##
                + ##"fill="#9aa3a9" fill-opacity="0.5" stroke="#5f6b73"/><text x="\##(SVGText.number(x + 2 * r + 5))" y="\##(SVGText.number(y + 4.5))">\##(value)</text></g>"##)
            x += 2 * r + 5 + SVGText.width(of: String(value), size: 13) + 16
        }
        if events.contains(where: { $0.precision == 3 }) {
            x += 12
            elements.append(##"<g class="legend-precision"><circle cx="\##(SVGText.number(x + 7))" cy="\##(SVGText.number(y))" r="7" fill="none" stroke="#5f6b73" stroke-width="1.5" stroke-dasharray="3 2"/>"##
                + ##"<text x="\##(SVGText.number(x + 20))" y="\##(SVGText.number(y + 4.5))">dashed: placed at a region's or country's centre</text></g>"##)
        }
        elements.append("</g>")
        return (elements, y + biggest)
    }
}
