import Foundation

/// Which tickets a list shows. Empty sets mean "any". Closed tickets are left out unless asked for.
public struct TicketFilter: Sendable, Equatable {
    public var stages: Set<Stage> = []
    public var grades: Set<Grade> = []
    public var services: Set<ServiceLine> = []
    public var assignee: String?
    public var unassigned = false
    public var overdueOnly = false
    /// Only tickets whose running clock is about to run out (due soon, not yet overdue).
    public var dueSoonOnly = false
    /// Only tickets whose resolution waits for a supervisor's approval.
    public var awaitingApproval = false
    public var includeClosed = false
    /// Case-insensitive (for Latin letters) substring of the ID, customer, pet, branch or description.
    public var text: String?
    /// Whether `text` also searches contacts (phone digits in any format, e-mail): for those who
    /// may see contacts.
    public var searchContacts = false
    /// The calls-due view: tickets in follow-up, in the order their next call is due (soonest,
    /// and so the most overdue, first) instead of the urgency order.
    public var callsDue = false
    /// Only these tickets, closed ones too: what a figure of the statistics drilled into.
    public var only: Set<TicketID>?

    public init() {}

    /// The filter as bit masks, for scanning a million tickets without hashing each one.
    func compiled() -> CompiledTicketFilter { CompiledTicketFilter(self) }
}

struct CompiledTicketFilter: Sendable {
    private let stages: UInt32
    private let grades: UInt32
    private let services: UInt32
    private let assignee: String?
    private let unassigned: Bool
    private let awaitingApproval: Bool
    private let only: Set<TicketID>?

    init(_ filter: TicketFilter) {
        func mask<V: StoredVocabulary>(_ values: Set<V>) -> UInt32 {
            values.isEmpty ? ~0 : values.reduce(0) { $0 | 1 << UInt32($1.storageCode) }
        }
        var stages = mask(filter.stages)
        if !filter.includeClosed && !filter.stages.contains(.closed) && filter.only == nil { stages &= ~(1 << UInt32(Stage.closed.storageCode)) }
        self.stages = stages
        grades = mask(filter.grades)
        services = mask(filter.services)
        assignee = filter.assignee
        unassigned = filter.unassigned
        awaitingApproval = filter.awaitingApproval
        only = filter.only
    }

    /// Everything but the SLA, which costs more and is checked after.
    @inline(__always)
    func accepts(_ ticket: borrowing Ticket) -> Bool {
        guard stages & 1 << UInt32(ticket.stage.storageCode) != 0, grades & 1 << UInt32(ticket.grade.storageCode) != 0,
              services & 1 << UInt32(ticket.intake.service.storageCode) != 0 else { return false }
        if unassigned && ticket.assignee != nil { return false }
        if let assignee, ticket.assignee != assignee { return false }
        if awaitingApproval && ticket.resolution?.approval != .pending { return false }
        if let only, !only.contains(ticket.id) { return false }
        return true
    }
}
