import Foundation

/// Resolutions of one remedy or several, and the promises they carry.
extension Workflow {
    /// The remedies the fields give: `resolution` and `amount` first, then each further row.
    func remedies(_ fields: AdvanceFields) throws -> [Remedy] {
        var remedies: [Remedy] = []
        if let kind = fields.resolution { remedies.append(Remedy(kind: kind, amount: fields.amount)) }
        else if fields.amount != nil { throw GateRefusal(.resolution, .neededWithAmount) }
        remedies += fields.remedies
        return remedies
    }

    /// A proposal needs approval when it would take the ticket's total compensation (every grant
    /// so far plus the sum of these remedies) above the actor's ceiling: reopening cannot split an
    /// amount, nor can listing it as several remedies.
    func propose(_ ticket: Ticket, _ fields: AdvanceFields) throws -> TicketEvent {
        let remedies = try remedies(fields)
        guard let details = fields.details?.trimmed, !details.isEmpty else { throw GateRefusal(.details, .missing) }
        for (index, remedy) in remedies.enumerated() {
            let field: GateField = index == 0 && fields.resolution != nil ? .amount : .remedy
            if remedy.kind.needsAmount && (remedy.amount?.minorUnits ?? 0) <= 0 { throw GateRefusal(field, .neededFor(remedy.kind)) }
            if let amount = remedy.amount, amount.currency != policy.currency { throw GateRefusal(field, .wrongCurrency(expected: policy.currency)) }
            if let due = remedy.due, due <= now { throw GateRefusal(.remedy, .inPast) }
        }
        let total = Remedy.sum(remedies)
        let needsApproval = total.map { $0.minorUnits > 0 && !withinCeiling(ticket, adding: $0, for: actor) } ?? false
        if remedies.count == 1, remedies[0].due == nil {
            return .resolutionProposed(kind: remedies[0].kind, amount: remedies[0].amount, details: details, needsApproval: needsApproval)
        }
        return .remediesProposed(remedies: remedies, details: details, needsApproval: needsApproval)
    }

    /// A remedy's promise is ticked done, saying what was done (a transfer's reference).
    public func keepPromise(_ ticket: Ticket, number: Int?, note: String) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        let open = ticket.openPromises
        let index: Int
        if let number {
            guard ticket.promises.indices.contains(number - 1) else { throw WorkflowError.noSuchPromise(number: number, count: ticket.promises.count) }
            guard !ticket.promises[number - 1].isKept else { throw WorkflowError.promiseAlreadyKept(number: number) }
            index = number - 1
        } else {
            guard !open.isEmpty else { throw WorkflowError.noPromiseOpen }
            guard open.count == 1 else { throw WorkflowError.whichPromise(open: open.map { $0.index + 1 }) }
            index = open[0].index
        }
        return [.promiseKept(index: index, note: note.trimmed)]
    }

    /// Remedies promised by a time that has passed and not yet ticked done: breaches like a clock's.
    func promisesBroken(_ ticket: Ticket) -> [Breach] {
        ticket.promises.filter { !$0.isKept && $0.due < now }.map { Breach(clock: .remedy, due: $0.due) }
    }
}
