import TendCore

/// The after-sales terms shown beside a ticket (`K`, or `Ctrl-O` in its resolving form): its
/// service line's clauses first, then every line's, then the rest; one selected, to read or cite.
public struct TermsPicker: Sendable, Equatable {
    public let ticket: TicketID
    public let service: ServiceLine
    /// In the order shown (`AfterSalesTerms.ordered(for:)`).
    public let clauses: [TermsClause]
    public var selected = 0

    public init(ticket: TicketID, service: ServiceLine, terms: AfterSalesTerms) {
        self.ticket = ticket
        self.service = service
        clauses = terms.ordered(for: service)
    }

    public var clause: TermsClause? { clauses.indices.contains(selected) ? clauses[selected] : nil }

    mutating func move(by delta: Int) {
        guard !clauses.isEmpty else { return }
        selected = min(clauses.count - 1, max(0, selected.addingClamped(delta)))
    }
}
