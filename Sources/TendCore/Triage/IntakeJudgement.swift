/// What the person taking a complaint in judged beside its intake: harm to the pet, the
/// customer's mood, and the triage suggestion they were shown (kept on the timeline with the
/// decision, so it can be seen later how far suggestions are followed).
public struct IntakeJudgement: Sendable, Hashable {
    public var harm: Harm
    public var anger: Anger
    public var suggested: TriageRecord?

    public init(harm: Harm = .none, anger: Anger = .calm, suggested: TriageRecord? = nil) {
        self.harm = harm
        self.anger = anger
        self.suggested = suggested
    }
}

/// A triage suggestion as the timeline keeps it: the values suggested and the words behind them.
public struct TriageRecord: Sendable, Hashable {
    public var grade: Grade
    public var cause: Cause?
    public var harm: Harm
    public var anger: Anger
    public var words: [String]

    public init(grade: Grade, cause: Cause?, harm: Harm, anger: Anger, words: [String]) {
        self.grade = grade
        self.cause = cause
        self.harm = harm
        self.anger = anger
        self.words = words
    }

    public init(_ suggestion: TriageSuggestion) {
        var words: [String] = []
        for word in suggestion.reasons.flatMap(\.words) where !words.contains(word) { words.append(word) }
        self.init(grade: suggestion.grade, cause: suggestion.cause, harm: suggestion.harm, anger: suggestion.anger, words: words)
    }
}
