import Foundation
import Testing
@testable import Archive

/// `archive map`'s library: the projection and its framing, the compiled-in outlines, and the SVG
/// read back as XML.
@Suite("Event map")
struct EventMapTests {
    private func point(_ latitude: Double, _ longitude: Double) -> GeoPoint {
        GeoPoint(latitude: latitude, longitude: longitude)
    }

    @Test("one event is framed in the middle of a region around it, not a pinpoint")
    func singleEventFrame() {
        let hilla = point(32.5, 44.4)
        let frame = MapFrame.framing([hilla], width: 1000)
        #expect(frame.contains(hilla))
        #expect(frame.east - frame.west >= 8 && frame.north - frame.south > 4.7)
        let (x, y) = frame.project(hilla)
        #expect(abs(x - 500) < 1 && abs(y - frame.height / 2) < 1)
        #expect(frame.height > 300 && frame.height <= 1000)
    }

    @Test("events across the globe: the frame holds all of them and stays inside ±180° and ±90°")
    func worldFrame() {
        let points = [point(40, -120), point(-33, 151), point(60, 30), point(-22, -65), point(64, -150)]
        let frame = MapFrame.framing(points, width: 1200)
        #expect(points.allSatisfy(frame.contains))
        #expect(frame.west >= -180 && frame.east <= 180 && frame.south >= -90 && frame.north <= 90)
        #expect(frame.east - frame.west > 300)
        #expect(frame.height < 1200 && frame.height > 400)
        for p in points {
            let (x, y) = frame.project(p)
            #expect((0...1200).contains(x) && (0...frame.height).contains(y))
        }
    }

    @Test("north is up and east is right; away from the equator a degree of longitude is narrower")
    func projection() {
        let frame = MapFrame(west: 40, east: 50, south: 28, north: 38, width: 1000)
        let (x1, y1) = frame.project(point(33, 44))
        let (x2, y2) = frame.project(point(34, 45))
        #expect(x2 > x1 && y2 < y1)
        let degreeWide = x2 - x1, degreeHigh = y1 - y2
        #expect(abs(degreeWide / degreeHigh - cos(33 * Double.pi / 180)) < 0.001)
        #expect(frame.height > frame.width, "10° by 10° at 33°N is taller than wide")
        let equator = MapFrame(west: -180, east: 180, south: -90, north: 90, width: 720)
        #expect(equator.height == 360)
        let origin = equator.project(point(0, 0))
        #expect(origin.x == 360 && origin.y == 180)
    }

    @Test("a tall spread of events widens to a landscape frame; a long thin one grows in height")
    func frameShape() {
        let meridian = MapFrame.framing([point(-30, 10), point(30, 10)], width: 1000)
        #expect(meridian.height * 1.25 <= meridian.width + 1)
        #expect(meridian.west < 10 && meridian.east > 10)
        let parallel = MapFrame.framing([point(0, -100), point(0, 100)], width: 1000)
        #expect(parallel.width / parallel.height <= 2.21)
        let nearPole = MapFrame.framing([point(89, 0)], width: 1000)
        #expect(nearPole.north <= 90 && nearPole.contains(point(89, 0)))
        let dateLine = MapFrame.framing([point(-17, 179.9)], width: 1000)
        #expect(dateLine.east <= 180 && dateLine.contains(point(-17, 179.9)))
    }

    /// Ray casting: whether a point lies inside a ring.
    private func inside(_ p: GeoPoint, _ ring: [GeoPoint]) -> Bool {
        var result = false
        for (i, a) in ring.enumerated() {
            let b = ring[(i + 1) % ring.count]
            if (a.latitude > p.latitude) != (b.latitude > p.latitude),
               p.longitude < (b.longitude - a.longitude) * (p.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude {
                result.toggle()
            }
        }
        return result
    }

    @Test("the compiled-in outlines: every country, and the right one around a city")
    func outlines() throws {
        let world = CountryOutline.world
        #expect(world.count >= 170)
        let iraq = try #require(world.first { $0.code == "IRQ" })
        #expect(iraq.name == "Iraq")
        #expect(inside(point(33.3, 44.4), iraq.rings[0]), "Baghdad is in Iraq")
        #expect(!inside(point(35.7, 51.4), iraq.rings[0]), "Tehran is not")
        let iran = try #require(world.first { $0.code == "IRN" })
        #expect(inside(point(35.7, 51.4), iran.rings[0]))
        #expect(world.first { $0.code == "IDN" }.map { $0.rings.count > 5 } == true, "islands are rings of one country")
    }

    @Test("the outline format: deltas in hundredths of a degree; a line it cannot read is left out")
    func outlineFormat() {
        let text = "AAA\tTestland\t100,200 100,0 0,100\nAAA\tTestland\t-500,-500 10,0 0,10\nBBB\tBroken\t1,2 x,3 4,5\nCCC\tTiny\t1,1 2,2\n"
        let countries = CountryOutline.parse(text)
        #expect(countries.map(\.code) == ["AAA"])
        #expect(countries[0].rings.count == 2)
        #expect(countries[0].rings[0] == [point(2, 1), point(2, 2), point(3, 2)])
        #expect(countries[0].rings[1][2] == point(-4.9, -4.9))
    }
}
