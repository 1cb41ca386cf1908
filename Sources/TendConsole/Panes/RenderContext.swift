import Foundation
import TendCore
import TendTerminal

/// What every pane reads while drawing one frame.
public struct RenderContext {
    public let state: ConsoleState
    public let desk: Desk
    public let policy: Policy
    let sla: SLATable

    public init(state: ConsoleState, desk: Desk, policy: Policy) {
        self.state = state
        self.desk = desk
        self.policy = policy
        sla = SLATable(policy)
    }

    var lang: Language { state.lang }
    /// "…" is East-Asian ambiguous too: ASCII mode cuts text with "...".
    var ellipsis: String { state.ascii ? "..." : "…" }
    var selectedTicket: Ticket? { state.selectedID.flatMap(desk.ticket) }

    func gradeStyle(_ grade: Grade) -> Style {
        switch grade {
        case .general: Style(.gradeGeneral)
        case .significant: Style(.gradeSignificant)
        case .serious: Style(.gradeSerious, bold: true)
        case .critical: Style(.gradeCritical, bold: true)
        }
    }

    func slaStyle(_ status: SLAStatus?) -> Style { slaStyle(status?.state) }

    func slaStyle(_ state: SLAState?) -> Style {
        switch state {
        case .overdue: Style(.slaOverdue, bold: true)
        case .dueSoon: Style(.slaDueSoon)
        case .onTime: Style(.slaOnTime)
        case nil: Style(.dim)
        }
    }

    func slaText(_ status: SLAStatus?) -> String { status?.markedTimeLeft(lang) ?? "—" }
}
