/// A country a sentence names only as where a force came from (`raiders from Ruritania`, `a
/// Ruritania militia`, `Ruritanian gunmen`) says where the attackers live, not where they struck:
/// forces that cross borders strike across them. Such a country places an event only when nothing
/// else does, and gives way to the country the sentence's parties and peoples agree on (`Ruritanian
/// raiders shot two Turkana herders`: the Turkana live in Kenya).
extension ArticleEvents {
    /// Whether the sentence names the country, by a place mention or an adjective, and every time as
    /// where a force came from.
    func isNamedOnlyAbroad(_ country: String, _ sentence: EventSentence, _ m: [SentenceMention]) -> Bool {
        let t = sentence.tokens
        var abroad = false
        for mention in m {
            guard let place = mention.place, place.country == country else { continue }
            guard isOrigin(of: mention.first, t) || place.isCountry && isForeignActor(t, after: mention.last) else { return false }
            abroad = true
        }
        for i in t.indices where t[i].isWord && t[i].isCapitalised && !m.contains(where: { $0.first <= i && i <= $0.last }) {
            guard gazetteer.country(ofDemonym: sentence.text(of: t[i])) == country else { continue }
            guard isForeignActor(t, after: i) else { return false }
            abroad = true
        }
        return abroad
    }

    /// `militiamen from Ruritania shot …`: a chain that names only a country, as where a force came
    /// from, is no place of the event (`nearestCountry` keeps it as the last guess).
    func isOriginCountry(_ chain: PlaceChain, _ t: [EventToken]) -> Bool {
        guard chain.levels.count == 1, t.indices.contains(chain.first), t[chain.first].lower == "from",
              isOrigin(of: chain.first + 1, t) else { return false }
        return gazetteer.codes(named: NameKey.fold(chain.levels[0].name))?.contains { $0.count == 2 } ?? false
    }

    /// An event placed only by the country its attackers came from is put in the country the
    /// sentence's cues of who acts agree on (`ActorCountries`), when they name another: inferred, so
    /// it gets no region and no point.
    func placeByPartiesHome(_ event: inout ExtractedEvent, _ sentence: EventSentence) {
        guard let home = ActorCountries.decide(ActorCountries.shared.cues(in: sentence)), home != event.countryCode else { return }
        event.countryCode = home
        event.admin1Code = nil
        event.countryInferred = true
    }
}

/// A region or town a sentence names only as the home of a force (`Upvale raiders attacked
/// herders in Downvale`, `raiders from the hills of Upvale torched a village in Downvale`) is
/// where the attackers live, not where they struck, as a country so named is: it places the event
/// only when the sentence names no other place.
extension ArticleEvents {
    /// The sentence's place mentions and chains less the forces' homes, when something is left to place
    /// the event by; else both as they are. Static, so no copy of the article's state is captured.
    static func withoutForcesHomes(_ m: [SentenceMention], _ chains: [PlaceChain], _ t: [EventToken]) -> ([SentenceMention], [PlaceChain]) {
        var homes: [PlaceChain] = []
        for chain in chains where isOriginChain(chain, t) { homes.append(chain) }
        var anyHome = !homes.isEmpty
        if !anyHome { for x in m where isHome(x, homes, t) { anyHome = true; break } }
        guard anyHome else { return (m, chains) }
        let kept = m.filter { !isHome($0, homes, t) }
        let others = chains.filter { !isOriginChain($0, t) }
        // Something else to place it by: another chain, or a place below a country the chains do not hold.
        let elsewhere = !others.isEmpty || kept.contains { $0.mention.type == .place && $0.place?.isCountry != true && !isInside($0, homes) }
        return elsewhere ? (kept, others) : (m, chains)
    }

    /// A place below a country named as where a force came from: in an origin chain, after `raiders
    /// from`, or before a force's word (`Upvale bandits`).
    private static func isHome(_ x: SentenceMention, _ homes: [PlaceChain], _ t: [EventToken]) -> Bool {
        guard x.mention.type == .place, x.place?.isCountry != true else { return false }
        return isInside(x, homes) || isOriginAt(x.first, t) || isForeignActorAt(t, after: x.last)
    }

    private static func isInside(_ x: SentenceMention, _ chains: [PlaceChain]) -> Bool {
        chains.contains { chain in chain.levels.contains { $0.start <= x.mention.start && x.mention.start < $0.end } }
    }

    /// `raiders from X`, `militia from the X area of Y`: a chain opened by `from` after a force.
    private static func isOriginChain(_ chain: PlaceChain, _ t: [EventToken]) -> Bool {
        t.indices.contains(chain.first) && t[chain.first].lower == "from" && isOriginAt(chain.first + 1, t)
    }
}
