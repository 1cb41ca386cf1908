import Foundation

/// A suggestion taken without a form (`tend add --triage`, `tend import --triage`): what was
/// given stands; what was not is the suggestion's; a grade given lower than the suggestion is
/// raised to it only when the suggestion is taken. Either way the suggestion goes on the timeline
/// beside the decision.
public struct TriageDecision: Sendable {
    public let suggestion: TriageSuggestion

    public init(_ suggestion: TriageSuggestion) { self.suggestion = suggestion }

    /// The intake and judgement to take in. `take`: the suggestion fills what was not given and
    /// raises a lower grade; otherwise only the record of it is kept.
    public func apply(to intake: Intake, harm: Harm?, take: Bool) -> (Intake, IntakeJudgement) {
        let record = TriageRecord(suggestion)
        guard take else {
            return (intake, IntakeJudgement(harm: harm ?? .none, suggested: record))
        }
        let grade = max(intake.grade, suggestion.grade)
        let taken = intake.with(grade: grade, cause: .some(intake.cause ?? suggestion.cause))
        return (taken, IntakeJudgement(harm: harm ?? suggestion.harm, anger: suggestion.anger, suggested: record))
    }

    /// Whether the suggestion says something the intake does not: worth telling the person
    /// taking it in.
    public func differs(from intake: Intake, harm: Harm) -> Bool {
        suggestion.grade > intake.grade || (suggestion.harm != .none && suggestion.harm != harm)
            || (intake.cause == nil && suggestion.cause != nil) || suggestion.anger != .calm
    }

    /// "critical · injured · health & safety · angry (流血, 缝针)".
    public func summary(_ lang: Language) -> String {
        let values = [suggestion.grade.name(lang), suggestion.harm == .none ? nil : suggestion.harm.name(lang),
                      suggestion.cause?.name(lang), suggestion.anger == .calm ? nil : suggestion.anger.name(lang)].compactMap { $0 }
        let because = suggestion.because(lang)
        return values.joined(separator: " · ") + (because.isEmpty ? "" : lang.pick(" (\(because))", "（\(because)）"))
    }
}
