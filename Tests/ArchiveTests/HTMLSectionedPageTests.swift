import Testing
@testable import Archive

/// Articles a page builder cuts into sections, each holding a small part of the text, and leads
/// that open with the body's first sentence; each on a page written for the test.
@Suite("HTML sectioned pages")
struct HTMLSectionedPageTests {
    private func read(_ html: String) throws -> Article {
        try HTMLReader.read(Array(html.utf8))
    }

    /// One section of a page builder: a row and a column around the paragraphs, as grid templates nest them.
    private func section(_ paragraphs: [String]) -> String {
        "<div class=\"container\"><div class=\"row\"><div class=\"col-8\">"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></div></div>\n"
    }

    @Test("an article cut into sections straight under <body> is read whole, the link boxes beside it left out")
    func sectionsUnderBody() throws {
        let parts = [
            ["The harbour board met on Monday to settle the future of the old grain store, which has stood empty since the mill closed.",
             "Its roof leaks, its windows are boarded, and the gulls have taken the upper floor, so the board asked three builders for a price."],
            ["The cheapest offer, from a firm in the next valley, would keep the brick walls and put flats behind them, with a café below.",
             "A second builder wanted to pull the store down and start again, which the board's members, after a long debate, turned down."],
            ["Fishermen who still use the quay asked that the slipway stay open while the work goes on, and the board agreed to their request.",
             "The town's historians offered the board old photographs of the store, so that the new windows can match the ones of its first years."],
            ["Work is to start in the autumn, once the last of the summer's boats have been lifted out, and should take about eighteen months.",
             "The board will show the plans in the library for a month, and anyone may write to it with comments before the final vote in June."],
            ["Rents for the flats have not been set, but the board said that some of them, at least a fifth, would be let below the market rate.",
             "The café's lease will go to tender in the spring, and the board hopes that a local baker, a brewer or a fish smoker will bid for it."],
        ]
        let page = "<html><head><title>Grain store to become flats</title></head><body>\n"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
            + "<div class=\"container\"><div class=\"row\"><div class=\"col-12\"><h1>Grain store to become flats</h1></div></div></div>\n"
            + parts.map(section).joined()
            + "<div class=\"partners\"><a href=\"/a\">Harbour tours</a> <a href=\"/b\">Ferry times</a> <a href=\"/c\">Sea angling</a></div>\n"
            + "<footer><p>Published by the harbour board's press office.</p></footer></body></html>"
        let article = try read(page)
        for part in parts.joined() { #expect(article.body.contains(part), "body lacks \(part.prefix(40))") }
        #expect(!article.body.contains("Harbour tours"))
        #expect(!article.body.contains("press office"))
    }

    @Test("a best block holding a quarter of the page's prose or more is not widened to <body>")
    func mainBlockStaysNarrow() throws {
        let article = try read("""
            <html><body><div class="wrap"><div class="story">
            <p>The library will open on Sundays from next month, the council said on Friday, after a year in which visits rose by a third.</p>
            <p>Staff will work the new hours in turns, and volunteers from the reading club will run the children's corner in the afternoons.</p>
            <p>The extra day costs less than the council feared, since the heating runs on Sundays anyway for the concerts in the main hall.</p>
            </div></div>
            <div class="box"><div class="inner"><p>Our readers' club meets on the first Tuesday of every month to talk about a novel chosen by vote.</p></div></div>
            </body></html>
            """)
        #expect(article.body.contains("volunteers from the reading club"))
        #expect(!article.body.contains("first Tuesday"))
    }

    @Test("a page builder's text modules held in <header>s are read; a masthead with a slogan is not")
    func headersWithProse() throws {
        let modules = [
            ["The bridge over the river will close for six weeks in March while its deck is replaced, the county said on Thursday, after a survey found rust in the supports.",
             "Traffic will be sent through the villages to the north, where the lanes are narrow and the county will add passing places.",
             "The parish councils of both villages asked for a lower speed limit during the works, which the county has granted.",
             "Farmers who move cattle between the two banks will be given a slot each morning, before the first lorries arrive at the site."],
            ["Buses will keep their times as far as they can, but the county warned that the detour adds a quarter of an hour to every journey between the two towns.",
             "On Saturdays, when the market fills the square, the detour may take longer still, and the buses will leave earlier.",
             "Parents whose children take the school bus will get a letter with the new times before the end of February.",
             "The hospital's patient transport has been told of the closure too, and its drivers will use the ring road rather than the lanes."],
            ["Walkers and cyclists may still cross on a temporary footbridge beside the old one, which the builders put up first, in the last week of February.",
             "The footbridge will be lit at night and open at all hours, and a warden will stand at each end during the school run.",
             "Anglers who fish below the bridge are asked to keep away from the works, where a crane will lift the old deck out.",
             "Boats will be stopped for two days while the crane is in place, and the rowing club has moved its training upstream for that week."],
            ["The new deck is made of steel and concrete and should last eighty years, twice as long as the timber one it replaces, the engineers say.",
             "The county chose March because the river is usually high in winter and the tourist season begins in the late spring.",
             "If the weather holds, the bridge could reopen a week early, in time for the Easter holidays and the boat race.",
             "The old timber, which is sound in places, will be sold to a yard that makes benches and gates, and the money goes to the parish."],
        ]
        let page = "<html><head><title>Bridge to close in March</title></head><body>\n"
            + "<header class=\"site\"><a href=\"/\">County News</a><p>News from the county since 1921.</p></header>\n"
            + modules.map { paragraphs in
                "<section class=\"block\"><article class=\"text-module\"><header class=\"text-module__body\">"
                    + paragraphs.map { "<p>\($0)</p>" }.joined() + "</header></article></section>\n"
            }.joined()
            + "</body></html>"
        let article = try read(page)
        for part in modules.joined() { #expect(article.body.contains(part), "body lacks \(part.prefix(40))") }
        #expect(!article.body.contains("since 1921"))
    }

    @Test("a <header> is furniture unless its paragraphs hold 400 characters of prose outside links")
    func headerProseThreshold() throws {
        let sentence = "The ferry crossing will move to the new pier in May, once its ramp is tested. "
        func header(_ paragraphs: Int, link: Bool = false) throws -> HTMLElement {
            let text = String(repeating: sentence, count: paragraphs)
            let inner = link ? "<a href=\"/next\">\(text)</a>" : text
            let root = try #require(HTMLParser.parse(Array("<div><header><h2>Ferry</h2><p>\(inner)</p></header></div>".utf8), encoding: "UTF-8"))
            return try #require(root.descendants().first { $0.name == "header" })
        }
        #expect(Boilerplate.isBoilerplate(try header(2)))
        #expect(!Boilerplate.isBoilerplate(try header(7)))
        #expect(Boilerplate.isBoilerplate(try header(7, link: true)))
    }

    @Test("ad words among class and id names, read on their bytes")
    func adTokens() {
        for name in ["ads", "top-ad", "ad-slot", "sidebar_ad wide", "box dfp"] {
            #expect(Boilerplate.hasAdToken(Array(name.utf8)), "\(name) is an ad's")
        }
        for name in ["shadow", "lead", "add-to-cart", "heading_", "read more", ""] {
            #expect(!Boilerplate.hasAdToken(Array(name.utf8)), "\(name) is no ad's")
        }
    }

    @Test("a printed lead that opens with the body's first sentence and goes on otherwise opens the text")
    func leadSharingFirstSentence() throws {
        let opening = "The town's swimming pool will reopen on the first of June after two years of repairs to its roof and boilers."
        let article = try read("""
            <html><head><title>Pool reopens</title>
            <meta name="description" content="\(opening) Season tickets go on sale at the town hall next week."></head><body>
            <div class="intro"><h1>Pool reopens</h1><p class="lead">\(opening) Season tickets go on sale at the town hall next week.</p></div>
            <div class="article-body"><p>\(opening) The work cost more than planned, since rust was found in the frame once the old panels came off.</p>
            <p>Opening hours will be longer than before, from seven in the morning to nine at night, and the learner pool will be heated again.</p>
            <p>Schools will have the pool to themselves on weekday mornings, as they did before it closed, and clubs will train in the evenings.</p></div>
            </body></html>
            """)
        #expect(article.body.contains("Season tickets go on sale"))
        #expect(article.body.hasPrefix(opening + " Season tickets"))
    }
}
