import Foundation

/// Which tickets a list shows. Empty sets mean "any". Closed tickets are left out unless asked for.
public struct TicketFilter: Sendable {
    public var stages: Set<Stage> = []
    public var grades: Set<Grade> = []
    public var services: Set<ServiceLine> = []
    public var assignee: String?
    public var unassigned = false
    public var overdueOnly = false
    public var includeClosed = false
    /// Case-insensitive (for Latin letters) substring of the ID, customer, pet, branch or description.
    public var text: String?

    public init() {}

    func accepts(_ ticket: Ticket, sla: SLAStatus?) -> Bool {
        if ticket.stage == .closed && !includeClosed && !stages.contains(.closed) { return false }
        if !stages.isEmpty && !stages.contains(ticket.stage) { return false }
        if !grades.isEmpty && !grades.contains(ticket.grade) { return false }
        if !services.isEmpty && !services.contains(ticket.intake.service) { return false }
        if unassigned && ticket.assignee != nil { return false }
        if let assignee, ticket.assignee != assignee { return false }
        if overdueOnly && sla?.state != .overdue { return false }
        return true
    }
}
