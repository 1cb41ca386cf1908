/// How a demo case's follow-up call ends: the customer reached, with a score and what they said,
/// or never reached, the handler's note on each call that failed.
enum DemoFollowUp: Sendable {
    case reached(score: Int, comment: DemoText)
    case unreachable(note: DemoText)

    var score: Int? {
        if case .reached(let score, _) = self { score } else { nil }
    }
}
