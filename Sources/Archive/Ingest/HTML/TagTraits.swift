/// What the reader's rules ask of a tag name, worked out once per distinct name on a page: the
/// rules run on every element, and a bit test is far cheaper than hashing the name into a set.
struct TagTraits: OptionSet {
    let rawValue: UInt16

    /// A block (`TextMeasure.blockTags`): its text is not inline content of its parent.
    static let block = TagTraits(rawValue: 1 << 0)
    static let heading = TagTraits(rawValue: 1 << 1)
    /// Makes a `div` a container rather than a paragraph (`TextMeasure.paragraphBreakers`).
    static let paragraphBreaker = TagTraits(rawValue: 1 << 2)
    /// Scored as a paragraph by `ContentScorer`.
    static let scored = TagTraits(rawValue: 1 << 3)
    /// Scored as a container by `ContentScorer`.
    static let container = TagTraits(rawValue: 1 << 4)
    /// Never the article (`Boilerplate`'s dropped tags).
    static let dropped = TagTraits(rawValue: 1 << 5)
    /// Holds the article itself: never dropped for its class names.
    static let articleHolder = TagTraits(rawValue: 1 << 6)
    /// Judged by `ContentCleaner`'s conditional rules.
    static let conditional = TagTraits(rawValue: 1 << 7)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(name: String) {
        var traits: TagTraits = []
        if TextMeasure.blockTags.contains(name) { traits.insert(.block) }
        if TextMeasure.headings.contains(name) { traits.insert(.heading) }
        if TextMeasure.paragraphBreakers.contains(name) { traits.insert(.paragraphBreaker) }
        if ContentScorer.scoredTags.contains(name) { traits.insert(.scored) }
        if ContentScorer.containerTags.contains(name) { traits.insert(.container) }
        if Boilerplate.droppedTags.contains(name) { traits.insert(.dropped) }
        if Boilerplate.containers.contains(name) { traits.insert(.articleHolder) }
        if ContentCleaner.conditional.contains(name) { traits.insert(.conditional) }
        self = traits
    }
}
