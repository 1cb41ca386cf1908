/// Applying what the log holds to the desk in memory.
extension Store {
    /// Brings the desk up to what the log holds now: the records after ours, or the whole history
    /// again when the log cannot be continued from where we are.
    func catchUp() throws {
        let latest = try log.loadPolicy()
        // Another policy can change every ticket's clock, so every place in a queue.
        if latest != policy { unreported.markReloaded() }
        policy = latest
        switch try log.changes(after: sequence) {
        case .records(let records):
            for record in records { try apply(record) }
        case .reload(let history):
            unreported.markReloaded()
            desk = history.desk
            policy = history.policy
            sequence = history.sequence
            requests = nil
            for record in history.records { try apply(record) }
        }
    }

    /// Replays a record read from the log. One naming a ticket that does not exist changes
    /// nothing: it is damage, or, where the log says so, left out.
    func apply(_ record: JournalRecord) throws {
        if let missing = desk.firstMisfit(record.changes) {
            if let damage = log.damage(in: record, ticket: missing) { throw damage }
            sequence = record.sequence
            return
        }
        let missing = applied(record)
        precondition(missing == nil, "checked by firstMisfit")
    }

    /// A record this process just made durable: `checkApplicable` has already shown it applies.
    func applyAcknowledged(_ record: JournalRecord) {
        let missing = applied(record)
        precondition(missing == nil, "checked by checkApplicable before writing")
    }

    /// Applies a record's changes to the desk, noting each ticket as it was before; returns the
    /// ticket of a change that does not fit the desk, if one does not.
    func applied(_ record: JournalRecord) -> TicketID? {
        for change in record.changes {
            unreported.note(change.ticket, before: desk.ticket(change.ticket))
            guard desk.apply(change) else { return change.ticket }
        }
        sequence = record.sequence
        requests?.add(record.changes)
        return nil
    }
}
