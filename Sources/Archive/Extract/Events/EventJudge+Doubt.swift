/// What the gate doubts in a story. A long article tells, besides its news, what it sums up, recalls,
/// supposes or discusses (`ceasefire violations have reached record levels`, `Russia has conducted air
/// strikes`, `the best way to implement the ceasefire`): the rules' words are there, the gate reads
/// them as no report. Past the lead, with no day of its own, such a sentence is not the story's news,
/// however strong its word (a named weapon, `ceasefire`): a report of a new act names its day or
/// leads the story. Coders' notes and snippets (no story) are read as before.
extension EventJudge {
    /// Below this probability of an event, an undated draft past a story's lead is none, even one a
    /// named weapon or a strong strategic word would keep.
    static let doubted = 0.5

    /// A statement in a story the gate reads as no report at all (`it is the responsibility of all
    /// of us to reflect on the future of Europe`, a minister on next year's military budget) is talk,
    /// not a party's word on a conflict.
    static let doubtedStatement = 0.4
}
