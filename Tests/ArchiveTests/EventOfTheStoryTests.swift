import Testing
@testable import Archive

/// What a story tells besides its own news: crime and quarrels where nothing speaks of armed
/// forces, political violence or protest; months before the story; what is rather than what
/// happened; the life an obituary looks back on; the act a court case is about; a flash mob.
/// Articles and sentences written for these tests, published 2023-05-10. The article-level rules
/// read stories of eight sentences or more.
@Suite("Events of the story's own news")
struct EventOfTheStoryTests {
    static func reports(_ text: String) -> [ExtractedEvent] {
        let published = PartialDate(iso: "2023-05-10")
        return EventExtractor.reports(in: text, published: published, mentions: EntityExtractor.mentions(in: text)).filter { $0.kind == nil }
    }

    @Test("a shooting in a story with no word of armed forces, political violence or protest is crime")
    func crimeStory() {
        let text = """
        Man shot neighbour after row over parking space

        A man shot his neighbour in the leg after an argument over a parking space in Dayton on Saturday, police said. \
        The neighbour was taken to hospital and is expected to recover. Officers arrested the man at his home an hour \
        later and found a handgun in his car. He will appear in court on Monday. Neighbours said the two men had argued \
        about the street for years. One of them said the cars had been parked on the pavement since the spring. The city \
        council said it would look at the parking rules in the street. A spokeswoman for the hospital said the neighbour \
        was in a stable condition.
        """
        #expect(Self.reports(text).isEmpty, "\(Self.reports(text).map(\.subType))")
    }

    @Test("the same shape of story with gunmen, soldiers and militants reports the attack")
    func armedStory() {
        let text = """
        Gunmen kill village chief in the north

        Gunmen shot dead a village chief and two of his guards in Dayo on Saturday, the army said. The attackers fled \
        into the forest after the raid. Soldiers were sent to the village and searched nearby farms. Residents said the \
        militants had threatened the chief for months. No group has claimed the attack. The chief had led the village for \
        twenty years. His family said he had refused to pay the money the gunmen asked for. The governor called for calm \
        and promised more patrols on the roads.
        """
        #expect(Self.reports(text).contains { $0.subType == .attack })
    }

    static let highway = """
        Army says rebels pushed back from highway

        Troops and rebels fought for control of the northern highway near Kiboko on Tuesday, the army said. The fighting \
        lasted several hours and forced traders to close the market. In January, a roadside bomb killed six soldiers on \
        the road to Lodwar. The rebels have not commented on the fighting. Soldiers guard the highway, which links the \
        capital with the northern towns. Lorry drivers said they had waited for two days at an army checkpoint. The \
        governor said the troops would reopen the road next week. Rebels have fought the army in the north since the election.
        """

    @Test("a past month named alone tells what came before the story; the story's day is its news")
    func monthsBefore() {
        let found = Self.reports(Self.highway)
        #expect(found.contains { $0.subType == .armedClash })
        #expect(!found.contains { $0.subType.eventType == .explosions }, "\(found.map(\.subType))")
        // This month is the story's own time.
        let thisMonth = Self.highway.replacingOccurrences(of: "In January", with: "Earlier this month")
        #expect(Self.reports(thisMonth).contains { $0.subType.eventType == .explosions })
    }

    static let port = """
        Rebels close in on the port

        Rebels and government troops fought in the outskirts of the port city of Maro on Tuesday, residents said. \
        Thousands of families left their homes as the front moved closer. Rebels attack army convoys on the coast road \
        and kidnap their drivers. Aid groups said they were running out of food. Soldiers guard the port, which handles \
        most of the country's imports. Shipping companies said they had stopped sending boats to the city because of the \
        fighting. The army said its troops held the airport. The rebels did not comment on the fighting.
        """

    @Test("past the lead, a sentence with no verb of the past and no date tells what is, not what happened")
    func noPast() {
        let found = Self.reports(Self.port)
        #expect(found.count == 1 && found.first?.subType == .armedClash, "\(found.map(\.subType))")
        let told = Self.port.replacingOccurrences(of: "Rebels attack army convoys on the coast road and kidnap their drivers",
                                                  with: "Rebels attacked an army convoy on the coast road and kidnapped its drivers")
        #expect(Self.reports(told).count == 2, "\(Self.reports(told).map(\.subType))")
    }

    @Test("an obituary's wars are the life's, not the story's news")
    func lifeStory() {
        let text = """
        Maria Oduya, the reporter who covered three wars for the Courier, dies

        Maria Oduya, who died on Sunday at 91, covered the civil war in the north for two decades. Rebel gunmen \
        ambushed her convoy near Gulu, killing her driver and two soldiers. Soldiers later escorted her to the border, \
        where troops and rebels were fighting. She is survived by two sons. She wrote eleven books about the north and \
        its people. Her editors said she never missed a deadline. Her last book, about the women of the refugee camps, \
        appeared in 2015. Her funeral will be held in the capital on Friday.
        """
        #expect(Self.reports(text).isEmpty, "\(Self.reports(text).map(\.subType))")
    }

    @Test("the act a court case is about was reported when it happened")
    func courtCase() {
        #expect(EventJudgeTests.acled("The activist reached a plea deal over her part in the protest at the dam.").isEmpty)
        #expect(EventJudgeTests.acled("The student pleaded guilty over his role in the protest outside parliament.").isEmpty)
        #expect(EventJudgeTests.acled("The trial of six men over their role in the attack on the convoy opened in Kano.").isEmpty)
        #expect(EventJudgeTests.acled("Hundreds of farmers took part in a protest at the dam on Monday.").first?.subType == .peacefulProtest)
    }

    @Test("a flash mob is a performance")
    func flashMob() {
        #expect(EventJudgeTests.acled("Over 500 dancers took part in a flash mob in the main square of Lviv on Saturday.").isEmpty)
        #expect(EventJudgeTests.acled("A mob beat a suspected thief to death in the main market of Lviv on Saturday.").first?.subType.eventType == .riots)
    }

    @Test("a time of months or weeks spread over is no event of the story's time", arguments: [
        "In recent weeks, militias attacked farms along the river near Jos, killing dozens of villagers.",
        "Over the past months, rebels attacked the garrison in the northern hills, killing twelve soldiers.",
    ])
    func monthsAndWeeks(text: String) {
        #expect(EventJudgeTests.acled(text).isEmpty, "\(text): \(EventJudgeTests.acled(text).map(\.subType))")
    }

    @Test("weeks or months back may still be the story's news", arguments: [
        "Two weeks ago, rebels attacked the garrison in the northern hills, killing twelve soldiers.",
        "Six months ago, rebels attacked the garrison in the northern hills, killing twelve soldiers.",
    ])
    func weeksOrMonthsAgo(text: String) {
        #expect(EventJudgeTests.acled(text).first?.subType.isViolent == true, "\(text)")
    }

    @Test("a question reports nothing", arguments: [
        "Did soldiers fire on the crowd of protesters in Kano on Monday?",
        "Protest over fuel prices in Kano?",
    ])
    func question(text: String) {
        #expect(EventJudgeTests.events(text).isEmpty, "\(text): \(EventJudgeTests.events(text).map(\.subType))")
    }

    @Test("police who speak of a fire in a story with no armed party make no statement about a conflict")
    func policeAtAFire() {
        let text = """
        Two dead in house fire in Dayton

        Two people died in a house fire in Dayton on Saturday, police said. Police said the fire started in the kitchen \
        shortly after midnight. Firefighters pulled a third person from the house, who was taken to hospital. Police \
        officers said the fire had spread quickly through the wooden house. Police said the two who died were a man of 70 \
        and his wife. A police spokesman said officers were questioning neighbours about the fire. Police said there was \
        no sign that the fire had been set on purpose. The city said it would help the family.
        """
        #expect(EventJudgeTests.events(text).isEmpty, "\(EventJudgeTests.events(text).map { ($0.subType, $0.kind) })")
    }
}
