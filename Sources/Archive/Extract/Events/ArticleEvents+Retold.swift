/// What a follow-up story retells. A story about what came after an event (charges, an inquiry,
/// its victims' funerals) dates the event once, weeks back (`the Jan. 29 raid`, `was murdered on
/// February 13`), and tells it again without a date (`the raid where a SEAL was killed`, `the
/// murder was an assassination`): those retellings are the old event, not news. A story that names a
/// recent day for violence reports violence of its own days, and its undated sentences are read as
/// before. A year set before an event's word (`the 2011 protests`) names an event of that year.
extension ArticleEvents {
    /// Notes whether a sentence with violent drafts dates them weeks before the story or to its days
    /// (called for a dated sentence of a text with a publication date).
    mutating func noteRetelling(_ ruleDrafts: [EventDraft], _ sentence: EventSentence, _ dates: [DateMention]) {
        guard topic.isStory, ruleDrafts.contains(where: { $0.kind == nil && $0.subType.isViolent }) else { return }
        if isWeeksBefore(dates, sentence) {
            datesViolenceBefore = true
        } else if namesItsDay(dates) {
            datesViolenceNow = true
        }
    }

    /// Marks the events just made from an undated sentence past the lead as possible retellings
    /// (called for an undated sentence of a text with a publication date).
    mutating func markRetellings(_ created: [Int], _ sentence: EventSentence) {
        guard topic.isStory, sentence.index >= 2 else { return }
        for index in created where events[index].kind == nil && events[index].subType.isViolent { retellings.append(index) }
    }

    /// Once the whole story is read: a story that dates its violence weeks back and names no recent
    /// day for any violence is a follow-up, and its undated violence past the lead is the old event.
    mutating func dropRetold() {
        guard datesViolenceBefore, !datesViolenceNow, !retellings.isEmpty else { return }
        let drop = Set(retellings)
        events = events.indices.filter { !drop.contains($0) }.map { events[$0] }
    }

    /// `the 2011 protests`, `during the 2011 Arab Spring uprising`, `killed in a 2011 drone strike`: a year before the publication's,
    /// set before the event's word (over the names of the event between), names an event of that
    /// year. A year after `in` or `since` is a date, which the date rules read.
    func namesPastYear(_ t: [EventToken], _ first: Int) -> Bool {
        guard let published else { return false }
        var k = first - 1
        while k >= 0, first - k <= 4 {
            let token = t[k]
            if token.isNumber {
                guard token.lower.utf8.count == 4, let year = Int(token.lower), year >= 1800, year < published.year, k > 0 else { return false }
                return Self.yearOwners.contains(t[k - 1].lower)
            }
            guard token.isWord, token.isCapitalised else { return false }
            k -= 1
        }
        return false
    }

    private static let yearOwners: Set<String> = ["the", "a", "its", "their", "his", "her", "during", "of"]

    /// `between 2011 and 2015`, `from 1931 to 1937`, `the war of 1861 to 1865`: a span of past years
    /// (the date finder drops years after `between` and `and`, as bounds) tells what went on over them.
    static func spansPastYears(_ t: [EventToken], before year: Int) -> Bool {
        guard t.count > 2 else { return false }
        for i in 0..<(t.count - 2) where t[i].lower.utf8.count == 4 && t[i].isNumber {
            guard ["and", "to", "until", "-"].contains(t[i + 1].lower), t[i + 2].lower.utf8.count == 4, t[i + 2].isNumber,
                  let a = Int(t[i].lower), let b = Int(t[i + 2].lower), a >= 1800, a < b, b < year else { continue }
            return true
        }
        return false
    }

    /// `There were several astonishing things about these protests`, `Those protests subsided when …`,
    /// `such attacks are rare`: past a story's lead, an event word after a demonstrative or `such`
    /// points back to what the story told, or speaks of a kind: no new report.
    static func refersBack(_ t: [EventToken], _ first: Int) -> Bool {
        guard first > 0 else { return false }
        // Read by length first: most words before a trigger are of neither length.
        let w = t[first - 1].lower, n = w.utf8.count
        return n == 5 && (w == "these" || w == "those") || n == 4 && w == "such"
    }
}
