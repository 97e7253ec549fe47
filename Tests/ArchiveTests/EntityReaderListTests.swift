import Testing
@testable import Archive

/// What a reader of general news finds wrong in an entity list, as readings that hold whatever the
/// tagger's weights (`EntityCues+Things`, `EntityLexicon`): compass words are no region, a
/// minister's portfolio is no name, a building no person, platforms are firms, a cited article is no organisation, no
/// entity without a word, regions under the names news uses. Texts written for these tests.
@Suite struct EntityReaderListTests {
    static func mentions(_ text: String) -> [EntityMention] { EntityExtractor.mentions(in: text) }

    @Test func compassWordsAloneNameNoRegion() {
        let m = Self.mentions("Moscow accused the West of meddling, and snow fell across the North on Sunday.")
        #expect(!m.contains { $0.code != nil && ($0.text == "West" || $0.text == "North") }, "\(m.map { ($0.text, $0.code) })")
    }

    @Test func compassWordsBeforeRegionStillNameTheRegion() {
        let m = Self.mentions("Separatists attacked a school in the North-West region of Cameroon on Monday.")
        let region = m.first { $0.text.hasPrefix("North-West") }
        #expect(region?.code == "CM-NW", "\(m.map { ($0.text, $0.code) })")
    }

    @Test func aPortfolioBetweenTwoTitlesIsNoName() {
        let m = Self.mentions("Belarusian Deputy Foreign Minister Oleg Petrenko met the envoy on Friday.")
        #expect(!m.contains { $0.text == "Foreign" }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Oleg Petrenko" && $0.type == .person })
        let home = Self.mentions("The visit was approved by Home Secretary Clara Doyle.")
        #expect(!home.contains { $0.text == "Home" }, "\(home.map { ($0.text, $0.type) })")
    }

    @Test func aBuildingIsNeverAPerson() {
        let m = Self.mentions("The two men met at Halvorsen Tower on Tuesday, and later at Kestrel Stadium.")
        #expect(!m.contains { $0.type == .person }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Halvorsen Tower" })
    }

    @Test func aCitedArticleIsNoOrganisation() {
        let m = Self.mentions("Lawyers said Article 50 of the treaty and Resolution 2417 were both ignored by the Ruritanian Senate.")
        #expect(!m.contains { $0.text == "Article" || $0.text == "Resolution" }, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func noEntityWithoutAWord() {
        for text in ["Send your pictures to pictures@example.co.uk. We read them all.", "Visit news.example.co.uk today."] {
            let m = Self.mentions(text)
            #expect(!m.contains { !$0.name.contains(where: \.isLetter) }, "\(m.map { ($0.text, $0.type) })")
        }
    }

    @Test func regionsGoByTheNamesNewsUses() {
        #expect(EntityLexicon.displayName(["Jiangsu Sheng", "Jiangsu"]) == "Jiangsu")
        #expect(EntityLexicon.displayName(["Avtonomna Respublika Krym", "Crimea"]) == "Crimea")
        #expect(EntityLexicon.displayName(["Beijing", "Beijing Shi"]) == "Beijing")
        #expect(EntityLexicon.displayName(["Ḩalab", "Halab", "Aleppo"]) == "Halab")
        let m = Self.mentions("Factories in Zhejiang reopened on Monday.")
        #expect(m.first { $0.text == "Zhejiang" }?.name == "Zhejiang", "\(m.map { ($0.text, $0.name) })")
    }

    @Test func platformsAreFirmsAndShareButtonsAreSplit() {
        let m = Self.mentions("The clip was posted on Facebook and on Telegram before the vote in Velmora.")
        #expect(m.first { $0.text == "Facebook" }?.type == .org, "\(m.map { ($0.text, $0.type) })")
        #expect(m.first { $0.text == "Telegram" }?.type == .org)
        let row = Self.mentions("Share this story: Send Facebook Twitter Whatsapp. The mayor of Velmora resigned on Monday.")
        #expect(!row.contains { $0.text.contains(" ") && $0.text.contains("Facebook") }, "\(row.map { ($0.text, $0.type) })")
        #expect(row.first { $0.text == "Twitter" }?.type == .org)
        #expect(!row.contains { $0.text == "Send" })
    }

    @Test func anIrishPrimeMinistersTitleIsNoName() {
        let m = Self.mentions("The Taoiseach said the talks with the unions were over.")
        #expect(!m.contains { $0.text == "Taoiseach" }, "\(m.map { ($0.text, $0.type) })")
    }
}
