/// The demo desk's case library: every story a demo ticket can tell, one service line to a file
/// (`DemoCases+Grooming.swift`…). Together they cover every service line, cause, harm, grade,
/// channel and resolution kind. Every sentence is our own invention.
enum DemoCases {
    static let all: [DemoCase] = grooming + boarding + training + medical + retail + other

    /// Indices into `all` of the cases a ticket sent to mediation can be, and of those a ticket
    /// reopened after its follow-up call can be.
    static let mediated: [Int] = all.indices.filter { all[$0].mediation != nil }
    static let reopened: [Int] = all.indices.filter { all[$0].reopen != nil }

    /// Why a case whose follow-up scored 2 or less was closed anyway, as the close gate asks.
    static let lowScoreAccepted = DemoText(
        "客户仍不满意，但接受了处理方案，没有其他要求；意见已转给门店整改。",
        "The customer is still unhappy but accepted the remedy and asks for nothing more; their points went to the branch to put right.")
}
