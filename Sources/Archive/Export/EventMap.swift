/// A picture of events over country outlines (`archive map`): the located events that passed a
/// filter, what sizes their marks, and the words around them. Built by `EventMap.load`, drawn by `svg()`.
public struct EventMap: Sendable {
    /// What a mark's area stands for.
    public enum SizeBy: String, Sendable, CaseIterable {
        case reports, fatalities
    }

    /// One event with a place: what the map needs of it.
    public struct Event: Sendable, Equatable {
        public var id: Int64
        public var coordinate: GeoPoint
        /// ACLED's: 1 the town itself, 2 near it or part of a region, 3 a region's or country's centre.
        public var precision: Int?
        public var type: EventType
        public var subType: String
        public var date: PartialDate?
        public var location: String?
        public var reports: Int
        public var fatalities: Int?

        public init(id: Int64, coordinate: GeoPoint, precision: Int? = nil, type: EventType, subType: String = "",
                    date: PartialDate? = nil, location: String? = nil, reports: Int = 1, fatalities: Int? = nil) {
            (self.id, self.coordinate, self.precision, self.type, self.subType) = (id, coordinate, precision, type, subType)
            (self.date, self.location, self.reports, self.fatalities) = (date, location, reports, fatalities)
        }

        func size(by measure: SizeBy) -> Int {
            switch measure {
            case .reports: return reports
            case .fatalities: return fatalities ?? 0
            }
        }
    }

    public var events: [Event]
    /// Events that passed the filter but have no place, so are not drawn (the subtitle counts them).
    public var unlocated: Int
    public var sizeBy: SizeBy
    public var title: String
    /// Width of the picture in pixels; its height follows from the framing.
    public var width: Double

    public init(events: [Event], unlocated: Int = 0, sizeBy: SizeBy = .reports, title: String, width: Double = 1200) {
        (self.events, self.unlocated, self.sizeBy, self.title, self.width) = (events, unlocated, sizeBy, title, max(400, width))
    }

    /// The earliest and latest dates of the events drawn, nil when none is dated.
    public var dateRange: (first: PartialDate, last: PartialDate)? {
        let dates = events.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    /// The frame on the events drawn.
    public var frame: MapFrame {
        MapFrame.framing(events.map(\.coordinate), width: width)
    }
}
