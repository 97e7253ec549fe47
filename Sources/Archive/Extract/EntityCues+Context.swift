/// Words around a name that say it names none of the three, or another kind of thing than the
/// tagger read (`won an Oscar`, `Lib Dem leader Ann Lowe`, `the film X`, `handset maker X`).
extension EntitySpans {
    /// `the Budget` in a text that also speaks of a `budget`: a common noun given a capital, when
    /// no word list knows it as a name.
    func isCapitalisedCommonNoun(_ k: Int) -> Bool {
        k > 0 && t[k - 1].lower == "the" && !t[k].initial && !t[k].allCaps && !lowercase.isEmpty
            && lowercase.contains(Self.hash(t[k].lower.utf8)) && lexicon(k, k + 1) == nil
    }

    /// Head words of broadcasters named by a number (`Radio 4`, `Channel 5`, `TV 2`).
    static let numberedHeads: Set<String> = ["radio", "channel", "tv"]

    /// A number of one or two digits: a channel's, not a score or a year.
    func isSmallNumber(_ k: Int) -> Bool {
        let text = t[k].text.utf8
        return (1...2).contains(text.count) && text.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `an Oscar`, `a second Oscar`: the word before, or the one before a lowercase word, is `a` or `an`.
    func afterIndefiniteArticle(_ lo: Int) -> Bool {
        var k = lo - 1
        if k >= 1, t[k].isWord, !t[k].cap, t[k].lower != "a", t[k].lower != "an" { k -= 1 }
        return k >= 0 && (t[k].lower == "a" || t[k].lower == "an") && t[k].sentence == t[lo].sentence
    }

    /// `… leader Ann Lowe`, `… MPs`, `… Treasurer Lord Ashcroft`: a role word follows the name, and
    /// a name or nothing more of it.
    func affiliation(_ c: EntityCandidate) -> Bool {
        let k = c.hi
        guard k < t.count, t[k].isWord, t[k].sentence == t[c.lo].sentence else { return false }
        if Self.isPluralAbbreviation(t[k].text), t[k].lists.contains(.titles) { return true }
        // A capitalised role, then a title (`Treasurer Lord`, `Shadow Chancellor`).
        if t[k].cap, isTitle(k), k + 1 < t.count, t[k + 1].cap, t[k + 1].lists.contains(.titles) { return true }
        return !t[k].cap && t[k].lists.contains(.titles) && k + 1 < t.count && t[k + 1].isWord && t[k + 1].cap
    }

    /// `biopic Ray`: the name follows a lowercase noun of a work (`EntityMark.titleNoun`).
    func afterWorkNoun(_ lo: Int) -> Bool { follows(.titleNoun, lo) }

    /// `handset maker Nokia`: a town's name after a noun of business (`EntityMark.firmNoun`) names the firm.
    func afterFirmNoun(_ lo: Int) -> Bool { follows(.firmNoun, lo) }

    /// The word before `lo`, in its sentence, is a lowercase word marked `mark` (a bit of the
    /// token's lookup: hashing the word before every name cost 0.16 % of a pass).
    private func follows(_ mark: EntityMark, _ lo: Int) -> Bool {
        lo > 0 && t[lo - 1].marks.contains(mark) && t[lo - 1].isWord && !t[lo - 1].cap && t[lo - 1].sentence == t[lo].sentence
    }

    /// `Manchester City` after `at`, `Blackburn Rovers`: a place's name and a club's word, which the
    /// gazetteer does not know as a place in full, is the club (`City` after a city's name only:
    /// `Kuwait City` is a place). The caller leaves out a name the text places something in.
    func isClub(_ c: EntityCandidate) -> Bool {
        let last = t[c.hi - 1].lower
        guard Self.clubWords.contains(last), lex.place(EntityKey.bare(c.words)) == nil,
              let place = lex.place(EntityKey.bare(words(c.lo, c.hi - 1))) else { return false }
        return last != "city" || place.isCity
    }

    private static let clubWords: Set<String> = ["city", "united", "rovers", "rangers", "athletic", "wanderers", "albion", "hotspur", "fc", "afc"]
}
