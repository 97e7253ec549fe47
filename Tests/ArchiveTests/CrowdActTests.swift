import Testing
@testable import Archive

/// What people in numbers do to be heard or to hurt: demands, blocked roads and stormed offices
/// are protests when a crowd does them and nothing when one official or a court does; a crowd's
/// blows, a band's headline verb and a victim named before a headline's participle are violence;
/// on sentences written for these tests.
@Suite("Crowds: protests and blows told without a word of protest or war")
struct CrowdActTests {
    static func acled(_ text: String) -> [ExtractedEvent] {
        EventJudgeTests.acled(text)
    }

    // Whether a blockade was violent is the type model's call (ACLED codes many as violent
    // demonstrations); that it is a demonstration is the rules'.
    @Test("a crowd that demands, blocks a road or storms an office demonstrates", arguments: [
        "On 9 October 2023, hundreds of tea pickers demanded their unpaid bonuses outside the estate office in Kericho town.",
        "On 9 October 2023, some members of the student union blocked the Jessore - Khulna highway in Jessore city, demanding a new bus route.",
        "On 9 October 2023, a group of nurses stormed the county offices in Nyeri town to demand three months of arrears.",
        "On 9 October 2023, dozens of market traders in Eldoret protested that the council had doubled their fees.",
        "On 9 October 2023, some members of the opposition party staged a procession in Comilla city against the new fuel prices.",
    ])
    func crowdProtests(text: String) {
        let type = Self.acled(text).first?.subType.eventType
        #expect(type == .protests || type == .riots, "\(text)")
    }

    @Test("the same words said of one person, a court or a firm are no protest", arguments: [
        "On 9 October 2023, the judge demanded an explanation from the county clerk in Kericho town.",
        "On 9 October 2023, the high court in Nairobi blocked the sale of the state sugar mills.",
        "On 9 October 2023, the minister protested that the report in Nakuru had misquoted him.",
        "On 9 October 2023, the regulator blocked the merger of two lenders in Lagos.",
    ])
    func notProtests(text: String) {
        #expect(Self.acled(text).isEmpty, "\(text)")
    }

    @Test("blows told in plain words make an event", arguments: [
        "On 9 October 2023, angry villagers assaulted a cattle trader accused of cheating them in Rangpur.",
        "Residents stone two suspected bicycle thieves to death in Kakamega.",
        "Gunmen attack a group of Somali herders at a well near Wajir.",
        "Armed gang attacks shopkeeper at his home in Eldoret.",
        "Reporter assaulted by unknown men outside the tally centre in Embu.",
        "On 9 October 2023, a councillor was attacked with a machete by a rival group in Kisii town.",
        "On 9 October 2023, soldiers moved from street to street beating young men in Mandera town.",
    ])
    func plainBlows(text: String) {
        #expect(!Self.acled(text).isEmpty, "\(text)")
    }

    @Test("a motor rally is no protest")
    func motorRally() {
        #expect(Self.acled("The car belongs to a rally school for young drivers in Lincoln, which opened in May.").isEmpty)
    }
}
