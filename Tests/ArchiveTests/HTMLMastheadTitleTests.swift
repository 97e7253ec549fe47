import Testing
@testable import Archive

/// Pages whose first `h1` is the site's name, a navigation heading or hidden text: the headline
/// comes from the `<title>` or the `h1` it repeats, and the site's name leaves the `<title>`.
@Suite struct HTMLMastheadTitleTests {
    private let body = "<p>" + String(repeating: "The allotment society met in the church hall, and the new beds will be dug before the frost. ", count: 4) + "</p>"

    private func title(_ head: String, _ top: String) throws -> String? {
        let page = "<html><head>\(head)</head><body>\(top)<div class=\"entry\">\(body)</div></body></html>"
        return try HTMLReader.read(Array(page.utf8)).title
    }

    @Test("a blog's name linked to its home page is no headline; the <title> loses it")
    func blogName() throws {
        let home = "<div id=\"header\"><h1><a href=\"https://allotments.example/\">Muddy Boots Diary</a></h1></div>"
        #expect(try title("<title>Planting garlic in November | Muddy Boots Diary</title>", home) == "Planting garlic in November")
        // `Post : Blog | Motto`: the motto after the site's name goes with it.
        #expect(try title("<title>Planting garlic in November : Muddy Boots Diary | Notes from plot 14</title>", home)
                == "Planting garlic in November")
        // `Blog » Archive » Post`: a trail of one separator ends with the headline.
        #expect(try title("<title>Muddy Boots Diary » Blog Archive » Planting garlic in November</title>", home)
                == "Planting garlic in November")
        // An archived copy links to the archive's copy of the home page.
        let archived = "<h1><a href=\"https://web.archive.org/web/20090101000000/http://allotments.example/\">Muddy Boots Diary</a></h1>"
        #expect(try title("<title>Planting garlic in November | Muddy Boots Diary</title>", archived) == "Planting garlic in November")
    }

    @Test("a site's name first, then a headline with a dash of its own, keeps the headline whole")
    func siteFirst() throws {
        let home = "<h1 class=\"site-logo\">Harbour Herald</h1>"
        #expect(try title("<title>Harbour Herald | Ferry fares rise - again</title>", home) == "Ferry fares rise - again")
    }

    @Test("navigation and screen-reader headings are passed over for the h1 the <title> repeats")
    func navigationHeadings() throws {
        let top = """
            <nav><h1>Quick links</h1></nav><h1 class="sr-only">Skip to content</h1><h1>Press releases</h1>
            <h1>Sluice gates replaced on the old canal</h1>
            """
        #expect(try title("<title>Sluice gates replaced on the old canal - Canal Trust</title>", top) == "Sluice gates replaced on the old canal")
    }

    @Test("an og:title that is only the site's name gives way to the headline")
    func siteNameAsOpenGraphTitle() throws {
        let head = "<meta property=\"og:title\" content=\"Harbour Herald\"><meta property=\"og:site_name\" content=\"Harbour Herald\">"
        #expect(try title(head + "<title>Harbour Herald</title>", "<h1>Ferry fares rise for the third time this year</h1>")
                == "Ferry fares rise for the third time this year")
    }

    @Test("a page's only h1 stays the headline, and a French colon inside a headline stays")
    func unchanged() throws {
        #expect(try title("<title>Harbour news</title>", "<h1>Ferry fares rise for the third time this year</h1>")
                == "Ferry fares rise for the third time this year")
        let head = "<title>Travaux : le pont ferm\u{E9} trois mois | La Gazette du Port</title><meta property=\"og:site_name\" content=\"La Gazette du Port\">"
        #expect(try title(head, "") == "Travaux : le pont ferm\u{E9} trois mois")
    }

    @Test("home addresses")
    func homeAddresses() {
        #expect(PageMetadata.isHomeAddress("/"))
        #expect(PageMetadata.isHomeAddress("https://allotments.example"))
        #expect(PageMetadata.isHomeAddress("https://allotments.example/index.php"))
        #expect(!PageMetadata.isHomeAddress("https://allotments.example/2020/11/garlic"))
        #expect(!PageMetadata.isHomeAddress("/news/"))
    }
}

extension HTMLMastheadTitleTests {
    @Test("the site's name as the address gives it and as the masthead prints it both leave the <title>")
    func addressAndMasthead() throws {
        let home = "<h1><a href=\"/\">Muddy Boots Diary</a></h1>"
        let head = "<link rel=\"canonical\" href=\"https://muddyboots.example/2020/11/garlic\">"
        #expect(try title(head + "<title>Planting garlic in November | Muddy Boots Diary</title>", home) == "Planting garlic in November")
        #expect(SiteSuffix.strip("muddyboots.example //  » Planting garlic", site: "muddyboots.example", guess: false) == "Planting garlic")
    }
}
