/// Rows of results and names joined to where they are from: what a number after a name says
/// about it, and when `of` or `for` joins two names and when it stands between them.
extension EntitySpans {
    /// `Leeds 2`, `Pakistan 521-8`, `Bolton v Charlton`: a team's score or fixture after a name in
    /// a results row. Not a minute (`Zickler 26th`), a time (`Fogarty 38:32.7`), a share or a
    /// count in thousands (`PCT 1.16`, `Attendance 8,000`, `Frankfurt 768,269`), a player's figures
    /// (`McGrath 9.5-0-44-1`), nor a name in the brackets after a score, which list its scorers
    /// (`Bayern 4 ( Helmer 37 , …`): those are players, officials and places, whatever the row.
    func scoreAfter(_ lo: Int, _ hi: Int) -> Bool {
        guard hi < t.count, t[hi].isWord else { return false }
        if t[hi].lower == "v" { return true }
        guard isScore(hi), !isFigures(hi) else { return false }
        return !afterScoreBracket(lo)
    }

    /// Digits, or digits and dashes (`2-1`, `521-8`): nothing a measure or a rank writes. The
    /// tokenizer splits `8,000` and `38:32.1` at their marks, so a number glued by a comma, colon
    /// or point to the next is a measure.
    func isScore(_ k: Int) -> Bool {
        let s = input.scalars
        guard s[t[k].start].value >= 0x30, s[t[k].start].value <= 0x39,
              (t[k].start..<t[k].end).allSatisfy({ s[$0].value >= 0x30 && s[$0].value <= 0x39 || s[$0] == "-" }) else { return false }
        if k + 2 < t.count, t[k + 1].start == t[k].end, t[k + 2].start == t[k + 1].end, [",", ":", "."].contains(t[k + 1].text),
           s[t[k + 2].start].value >= 0x30, s[t[k + 2].start].value <= 0x39 { return false }
        return true
    }

    /// Inside a bracket opened right after a number, in the same sentence.
    func afterScoreBracket(_ lo: Int) -> Bool {
        var j = lo - 1
        while j >= 0, j >= lo - 40, t[j].sentence == t[lo].sentence {
            if t[j].text == ")" { return false }
            if t[j].text == "(" { return j > 0 && t[j - 1].sentence == t[lo].sentence && isScore(j - 1) }
            j -= 1
        }
        return false
    }

    /// `Goran Ivanisevic of Croatia`, `Benfica of Portugal`: a name and the country it is from,
    /// two names; not when the word before `of` makes the country part of the name (`Bank of
    /// England`, `Queen of Spain`, `Republic of Ireland`, `Government of India`).
    /// `Khartoum for Amman`: from one place for another, two names; `Centre for …` is one.
    /// `j` is the connector, `k` the first word after it (past `the`).
    func connectorParts(_ i: Int, _ hi: Int, connector j: Int, next k: Int) -> Bool {
        let last = hi - 1
        if t[j].lower == "of" {
            if t[last].lists.contains(.orgHeads) || t[last].lists.contains(.placeHeads) || t[last].lists.contains(.titles)
                || t[last].lists.contains(.placeSuffixes) || t[last].lists.contains(.orgCues)
                || !t[last].marks.isDisjoint(with: [.polity, .nameHead]) || t[last].lists.contains(.buildingHeads) { return false }
            return countryAt(k)
        }
        if t[j].lower == "for" {
            guard lex.place(EntityKey.bare(words(i, hi))) != nil, !t[last].lists.contains(.orgHeads), !t[last].lists.contains(.placeHeads) else { return false }
            return placeAt(k)
        }
        return false
    }

    /// A country's name (two letters of ISO 3166) in one to three capitalised words from `k`.
    func countryAt(_ k: Int) -> Bool {
        var m = k
        while m < t.count, m < k + 3, isName(m) {
            m += 1
            if lex.place(EntityKey.bare(words(k, m)))?.code?.count == 2 { return true }
        }
        return false
    }

    /// A place of the gazetteer in one to three capitalised words from `k`.
    func placeAt(_ k: Int) -> Bool {
        var m = k
        while m < t.count, m < k + 3, isName(m) {
            m += 1
            if lex.place(EntityKey.bare(words(k, m))) != nil { return true }
        }
        return false
    }
}
