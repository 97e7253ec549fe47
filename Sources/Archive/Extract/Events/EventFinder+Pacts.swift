/// Agreements named rather than made. ACLED's Agreement is a ceasefire, a peace deal, a prisoner
/// exchange or a surrender made between parties; news names agreements far more often than it
/// reports one: as a setting (`despite an ongoing ceasefire`), a body's topic (`a group monitoring
/// the ceasefire`), a goal (`authority to conduct peace talks`), a bargain offered (`in exchange for
/// aid`), or a point of view (`a rare point of agreement`). A noun of agreement reports one only
/// with a verb by which parties make, start, sign or declare it (`agreed a truce`, `signed a peace
/// deal`, `peace talks began`, `left under an evacuation deal`, `released prisoners to help the peace deal`).
extension EventFinder {
    /// A noun of agreement (`ceasefire`, `truce`, `peace talks`, `deal`, `treaty`) in a sentence
    /// with no verb that makes one; `in exchange for` with no release or swap.
    func namesAgreementOnly(_ t: [EventToken], _ hit: TriggerHit) -> Bool {
        let head = t[hit.last].lower
        // `signed an order to raise taxes`, `signed the bill into law`: a paper of one side's.
        if head == "signed" { return t[(hit.last + 1)..<min(t.count, hit.last + 5)].contains { Self.papers.contains($0.lower) } }
        if head == "for", hit.first != hit.last { return !t.contains { Self.exchangeVerbs.contains($0.lower) } }
        guard Self.agreementNouns.contains(head) || head.hasPrefix("ceasefire") || head.hasPrefix("cease-fire") else { return false }
        // `reopened under an agreement`, `left under an evacuation deal`: done by the agreement.
        if t[max(0, hit.first - 4)..<hit.first].contains(where: { $0.lower == "under" }) { return false }
        // Capitalised words count too: a headline writes its verb so (`Rebels Sign Truce`). The verb is
        // the agreement's within ten words of it (`despite a ceasefire, … since the war began` is another's).
        for i in max(0, hit.first - 10)..<min(t.count, hit.last + 11) where t[i].isWord {
            let word = t[i].lower
            let next = i + 1 < t.count ? t[i + 1].lower : ""
            // `opened fire despite the truce` opens no talks.
            if Self.makingVerbs.contains(word), word != "opened" || next != "fire" { return false }
            // `struck a deal`, `entered into a truce` (not rockets that struck, troops that entered a town).
            if word == "struck", ["a", "an", "the", "its", "their"].contains(next) { return false }
            if word == "entered" || word == "enter" || word == "enters", next == "into" { return false }
            // `came into force`, `took effect`.
            if word == "effect" || word == "force", i > 0, ["into", "took", "takes"].contains(t[i - 1].lower) { return false }
        }
        return true
    }

    private static let agreementNouns: Set<String> = [
        "truce", "truces", "talks", "deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "treaties",
        "armistice",
    ]

    /// Verbs by which parties make, open, sign or declare an agreement, in the forms of a report
    /// (not `to join`, `to agree`: what one means to do is left to the words around).
    private static let makingVerbs: Set<String> = [
        "agreed", "agree", "agrees", "signed", "sign", "signs", "signing", "reached", "reach", "reaches", "brokered",
        "brokers", "concluded", "concludes", "declared", "declares", "announced", "announces",
        "adopted", "adopts", "accepted", "accepts", "endorsed", "endorses", "began", "begun", "begin", "begins",
        "started", "starts", "opened", "resumed", "resume", "resumes", "joined", "clinched", "sealed", "inked",
        "finalised", "finalized", "renewed", "extended", "secured", "negotiated", "mediated", "implemented",
        "surrendered", "introducing", "introduced", "released", "freed",
    ]

    private static let papers: Set<String> = [
        "decree", "decrees", "law", "laws", "bill", "bills", "order", "orders", "petition", "petitions", "letter", "letters",
        "contract", "contracts", "legislation", "budget", "autographs", "book", "books", "copies", "register", "condolence",
    ]

    /// `released 30 rebels in exchange for 16 soldiers`: what a swap hands over.
    private static let exchangeVerbs: Set<String> = [
        "released", "releases", "release", "freed", "frees", "swapped", "exchanged", "handed", "returned", "traded",
        "let", "agreed", "signed",
    ]
}
