import Archive
import ArgumentParser

extension EventMap.SizeBy: ExpressibleByArgument {}

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the events on a map of country outlines: an SVG, or a PNG with rsvg-convert.",
        discussion: """
            Takes the filters of `archive events`. Each event with a place is a circle at its latitude and
            longitude, coloured by ACLED event type, its area the number of articles reporting it (or
            --size-by fatalities); larger circles lie underneath. The map is framed on the events drawn,
            with a margin; a legend, the title and the events' date range go with it. A dashed circle
            is an event placed at a region's or country's centre (geo_precision 3). Country outlines:
            Natural Earth 1:110m, compiled in.

            An --output ending in .png is drawn by rsvg-convert (Debian: librsvg2-bin). With no
            event to draw, nothing is written and the exit status is 1.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions

    @Option(name: [.short, .long], help: ArgumentHelp("The picture to write: .svg, or .png (needs rsvg-convert).", valueName: "file"))
    var output: String

    @Option(name: .long, help: "What a circle's area shows: reports (articles reporting the event) or fatalities.")
    var sizeBy: EventMap.SizeBy = .reports

    @Option(name: .long, help: ArgumentHelp("The title (default: the filters in words).", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Width of the picture in pixels (400 or more).", valueName: "pixels"))
    var width = 1200

    func validate() throws {
        guard width >= 400 else { throw ValidationError("--width \(width) is too narrow for the legend; give 400 pixels or more.") }
    }

    func run() throws {
        try reportingFailures {
            let db = try database.openForReading()
            let filter = try filters.filter(in: db)
            let title = self.title ?? EventMap.defaultTitle(filter, actors: filters.actor, query: filters.query)
            let map = try EventMap.load(filter, sizeBy: sizeBy, title: title, width: Double(width), in: db)
            guard !map.events.isEmpty else {
                if map.unlocated == 0 { try explainEmpty { try FilterReport.events(filter, in: db) } }
                throw ArchiveError.nothingToMap(unlocated: map.unlocated)
            }
            try map.write(to: output)
            printError("archive: \(output): \(map.events.count) \(map.events.count == 1 ? "event" : "events") drawn"
                + (map.unlocated > 0 ? ", \(map.unlocated) without a place left out" : ""))
        }
    }
}
