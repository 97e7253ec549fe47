import Testing
@testable import Archive

/// General news and the words of violence or protest it uses: a game's story (which the gate already
/// held), a festival's crowds and a war film's takings at the box office (which used to wake events),
/// beside a world story that reports a real attack. Articles and sentences written for these tests.
@Suite("Events in general news: the article's own topic")
struct EventGeneralNewsTests {
    static func events(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    static let techStory = """
    War game sequel breaks sales records

    The sequel to last year's hit war game sold five million copies in its first three days, its publisher \
    said, a record for the series. Players lead a squad of soldiers through a civil war, and rebel fighters \
    ambush the squad's convoy in the opening mission. Reviewers praised the graphics and the online mode, in \
    which teams of soldiers battle for control of a city. Some critics said the story was too short and the \
    fighting too repetitive. The game costs 70 dollars, and a cheaper edition without the online mode is sold \
    for phones. The studio said it would add new maps to the online mode every three months. The publisher's \
    shares rose 5%, and analysts raised their forecasts for its sales this year.
    """

    static let lifestyleStory = """
    A festival of food and music in the old town

    The city's summer festival opened on Friday with three days of music, street food and dancing in the \
    squares of the old town. Police and private security guards were posted at the entrances, and officers \
    checked bags before visitors could enter the main square. Some 40,000 people in costumes took to the streets \
    amid heavy security, dancing to brass bands and throwing sweets to children. Stalls sold local cheese, \
    bread and wine, and a children's area offered painting and games. The organisers said the costumes this \
    year were the most colourful they had seen, and that they hope to keep tickets cheap next year.
    """

    static let businessStory = """
    War film tops the box office

    The war film took the top spot at the box office at the weekend, earning 40 million dollars in its first \
    three days, its studio said. The film follows a young soldier who joins the army after his brother is \
    killed and is sent to the front with a unit of raw recruits. In its best scene, rebel fighters ambush the \
    soldiers' convoy on a mountain road, and the troops fight their way out under heavy fire. Critics praised \
    the acting and the music, though some said the battle scenes were too long. The director, who also wrote \
    the script, said he wanted to show the war through the eyes of ordinary soldiers. The film opens in cinemas \
    abroad next month, and the studio is already planning a sequel. Its soundtrack has topped the download charts.
    """

    static let worldStory = """
    Gunmen kill soldiers at checkpoint

    Gunmen attacked an army checkpoint near the town of Garissa on Monday, killing five soldiers and wounding \
    three others, officials said. The attackers arrived in two vehicles before dawn and opened fire with rifles, \
    a police commander said. Troops returned fire and the gunmen fled towards the border, leaving one of their \
    vehicles behind. No group has said it carried out the attack, but militants have struck the area several \
    times this year. The wounded soldiers were taken to a hospital in the town. Security forces have since \
    closed the road and begun searching the villages nearby.
    """

    @Test("the article-topic score reads a game's and a film's story as general news, a world story not")
    func topicScore() {
        let lexicon = EventLexicon.shared
        func topic(_ text: String) -> ArticleTopic { ArticleTopic(EventText.sentences(text), lexicon: lexicon) }
        #expect(topic(Self.techStory).isPlainlyGeneral)
        #expect(topic(Self.businessStory).isPlainlyGeneral)
        #expect(!topic(Self.worldStory).isPlainlyGeneral)
        #expect(topic(Self.worldStory).generalScore < 0)
    }

    @Test("a game's plot of rebels ambushing soldiers, in a technology story, is no event")
    func techStoryHasNone() {
        #expect(Self.events(Self.techStory).isEmpty, "\(Self.events(Self.techStory).map(\.subType))")
    }

    @Test("crowds in costumes in the streets of a festival are no protest")
    func lifestyleStoryHasNone() {
        #expect(Self.events(Self.lifestyleStory).isEmpty, "\(Self.events(Self.lifestyleStory).map(\.subType))")
    }

    @Test("a war film's plot, in a story of its takings at the box office, is no event")
    func businessStoryHasNone() {
        #expect(Self.events(Self.businessStory).isEmpty, "\(Self.events(Self.businessStory).map(\.subType))")
    }

    @Test("a real attack in a world story stays")
    func worldStoryKeepsItsAttack() {
        let events = Self.events(Self.worldStory)
        #expect(events.first?.subType.eventType == .battles || events.first?.subType.eventType == .violenceAgainstCivilians,
                "\(events.map(\.subType))")
    }

    @Test("in plainly general news, a sentence with armed actors and its dead counted keeps its event, the plot does not")
    func strongEvidenceStands() {
        let story = Self.businessStory.replacingOccurrences(
            of: "In its best scene, rebel fighters ambush the soldiers' convoy on a mountain road, and the troops fight their way out under heavy fire.",
            with: "Gunmen shot dead four soldiers at a checkpoint near Garissa on Monday, police said.")
        #expect(story != Self.businessStory)
        let events = Self.events(story)
        #expect(events.count == 1 && events.first?.subType.eventType == .battles, "\(events.map(\.subType))")
    }

    @Test("troops sent to rescue skiers after an avalanche are no change of an armed group's activity")
    func rescueAfterDisaster() {
        let text = "On 4 June 2021, more than 100 troops were deployed in a rescue mission when an avalanche hit the ski slopes above the town."
        #expect(!Self.events(text).contains { $0.subType == .changeToGroup }, "\(Self.events(text).map(\.subType))")
    }

    @Test("a crowd that names its grievance in a festival's streets still protests")
    func protestAtFestival() {
        let text = "On 4 June 2021, hundreds of protesters took to the streets during the carnival in Mombasa to demand lower fuel prices."
        #expect(Self.events(text).first?.subType.eventType == .protests, "\(Self.events(text).map(\.subType))")
    }
}
