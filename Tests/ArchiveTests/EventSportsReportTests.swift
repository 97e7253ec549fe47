import Testing
@testable import Archive

/// Reports of matches and markets, which borrow the words of war (`attack`, `shot`, `strike`,
/// `clash`, `raid`, `price war`), beside a world story of a real ambush that keeps its event.
/// Stories written for these tests.
@Suite("Events in sports and markets reports")
struct EventSportsReportTests {
    static func events(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.events(text)
    }

    static let matchReport = """
    SOCCER - LATE STRIKE GIVES UNITED WIN OVER ROVERS

    United beat Rovers 2-1 in a bruising league clash on Saturday, with a late strike from their substitute \
    deciding a match of few chances. Rovers went ahead after 20 minutes when their winger finished a swift attack \
    down the left flank. United's captain levelled before the break with a low shot from 25 metres that skidded \
    past the goalkeeper. The home side attacked in waves after the interval, and the substitute fired the winner \
    into the top corner three minutes from time. Rovers had two players booked and finished the game with ten men \
    after their defender received a second yellow card.
    """

    static let shortMatchReport = """
    United edge Rovers

    United beat Rovers 2-1 in a tense clash on Saturday, their substitute deciding it with a late strike. Rovers' \
    winger had opened the scoring with a shot from the edge of the area after a swift attack.
    """

    static let marketsReport = """
    STOCKS - Shares slide as price war hits grocers

    Shares in the country's big grocers fell sharply on Tuesday as a price war between the supermarket chains \
    spread to fresh food, dealers said. A dawn raid by a rival on the shares of the smallest chain lifted its \
    stock 12 percent, bucking the market. The main index closed down 1.4 percent at 3,210 points, its lowest \
    level in two months. Traders said the bidding war for the chain could run for weeks, and analysts cut their \
    profit forecasts for the sector.
    """

    static let worldReport = """
    Rebels ambush army convoy in north

    Rebels ambushed an army convoy near the town of Gulu on Tuesday, killing four soldiers and wounding six, the \
    army said. The attackers opened fire with rifles and rocket-propelled grenades from both sides of the road, an \
    army spokesman said. Troops returned fire and the rebels fled into the bush. The army said it had sent \
    reinforcements to the area.
    """

    @Test("a match report's attack, shot, strike and clash are no event, however long the report")
    func matchReports() {
        #expect(Self.events(Self.matchReport).isEmpty, "\(Self.events(Self.matchReport).map(\.subType))")
        #expect(Self.events(Self.shortMatchReport).isEmpty, "\(Self.events(Self.shortMatchReport).map(\.subType))")
    }

    @Test("a markets report's dawn raid, price war and bidding war are no event")
    func marketsReport() {
        #expect(Self.events(Self.marketsReport).isEmpty, "\(Self.events(Self.marketsReport).map(\.subType))")
    }

    @Test("an ambush reported in a world story keeps its event")
    func worldReportKeepsAmbush() {
        let events = Self.events(Self.worldReport).filter { $0.kind == nil }
        #expect(!events.isEmpty && events.allSatisfy { $0.subType.eventType == .battles }, "\(events.map(\.subType))")
        #expect(events.contains { $0.fatalities == 4 })
    }
}
