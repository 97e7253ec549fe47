import Testing
@testable import Archive

/// Titles of works and groups of performers told by the sentence around them, and clubs named
/// by a town before a player's position (`EntityCues+Works`). Texts written for these tests.
@Suite struct EntityWorksGroupsTests {
    static func mentions(_ text: String) -> [(String, EntityType)] {
        EntityExtractor.mentions(in: text).map { ($0.text, $0.type) }
    }

    @Test func aTitleAfterAWorksNounAndItsListAreNoNames() {
        let text = "Critics praised the movie The Lamplighter, and Oscar voters liked The Lamplighter, Silver Harbour and Crimson Vale. "
            + "The Lamplighter took $40m at the weekend."
        let m = Self.mentions(text)
        #expect(!m.contains { $0.0.contains("Lamplighter") }, "\(m)")
        #expect(!m.contains { $0.0 == "Silver Harbour" || $0.0 == "Crimson Vale" }, "\(m)")
    }

    @Test func aNameSetOffByACommaAfterAWorkIsNoItemOfTheList() {
        let m = Self.mentions("Critics liked the film The Lamplighter, Mary Quint's tale of a lighthouse keeper. Quint said it took six years.")
        #expect(m.contains { $0 == ("Mary Quint", .person) }, "\(m)")
        #expect(!m.contains { $0.0.contains("Lamplighter") }, "\(m)")
    }

    @Test func whatANominationOrARoleIsForIsAWork() {
        let nominated = Self.mentions("Helen Marsh was nominated for Gideon Cross, and Tom Reyes won best director for Gideon Cross.")
        #expect(!nominated.contains { $0.0 == "Gideon Cross" }, "\(nominated)")
        #expect(nominated.contains { $0 == ("Helen Marsh", .person) }, "\(nominated)")
        let role = Self.mentions("Ruth Ames won praise for her role as a tired nurse in Arthur Kell. Arthur Kell opens in May.")
        #expect(!role.contains { $0.0 == "Arthur Kell" }, "\(role)")
        // What a role is in, when the name owns what follows, is no title.
        let party = Self.mentions("Peter Lane played a key role in Labour's victory in Leeds.")
        #expect(party.contains { $0.0 == "Labour" }, "\(party)")
    }

    @Test func aPersonsTitleWithACardinalAndASeriesNounAreWorks() {
        let owned = Self.mentions("Dana Whitlow's Seven Grey Horses led the box office on Sunday.")
        #expect(!owned.contains { $0.0.contains("Horses") }, "\(owned)")
        let series = Self.mentions("Fans queued for the third Milo Thorne film, and the Milo Thorne books sold well.")
        #expect(!series.contains { $0.0 == "Milo Thorne" }, "\(series)")
        // A person the text names by the surname alone stays a person.
        let director = Self.mentions("Fans queued for the new Jane Farrow film. Farrow said she was proud of it.")
        #expect(director.contains { $0 == ("Jane Farrow", .person) }, "\(director)")
    }

    @Test func aGroupIsNoPerson() {
        let band = Self.mentions("Glasgow's Hector Lyle were the surprise of the night. Hector Lyle frontman Sam Ord thanked the crowd.")
        #expect(band.contains { $0 == ("Hector Lyle", .org) } && !band.contains { $0 == ("Hector Lyle", .person) }, "\(band)")
        #expect(band.contains { $0 == ("Sam Ord", .person) }, "\(band)")
        let station = Self.mentions("The manager told BBC Radio Four Live that he would stay. He told Four Live he was happy.")
        #expect(!station.contains { $0.1 == .person && $0.0.contains("Four") }, "\(station)")
        // People listed before a plural verb stay people.
        let pair = Self.mentions("Anna Berg and Lucas Moreno were elected to the board.")
        #expect(pair.contains { $0 == ("Lucas Moreno", .person) }, "\(pair)")
    }

    @Test func aTownBeforeAPlayersPositionIsItsClub() {
        let m = Self.mentions("The Sale full-back kicked three penalties, and Bath won 18-12.")
        #expect(m.contains { $0 == ("Sale", .org) } && !m.contains { $0 == ("Sale", .place) }, "\(m)")
    }
}
