import Foundation

extension Store {
    /// Restores a backup into this desk, which must hold no tickets: every ticket under its own
    /// number, with its timeline entries as they were (instants, actors, request ids), in one
    /// durable commit. Either all of it is recorded or, on any refusal or failure, nothing.
    ///
    /// The entries are not run through the workflow again: they were checked when they were first
    /// recorded, by the rules and at the times of then. `BackupFile` checked that each follows from
    /// the state before it.
    @discardableResult
    public func restore(_ backup: Backup, as actor: StaffMember) throws -> [Ticket] {
        guard Workflow.mayRestoreBackups(actor.role) else { throw BackupRefusal.needsSupervisor }
        // No request of its own: each entry keeps the one that made it, so a retry of any of
        // those requests is still recognised on the restored desk.
        try commit { desk, policy in
            guard desk.count == 0 else {
                throw BackupRefusal.deskNotEmpty(tickets: desk.count, holdsThisBackup: desk.tickets == backup.tickets)
            }
            let problems = backup.problems(currency: policy.currency)
            guard problems.isEmpty else { throw BackupRefusal.invalid(problems) }
            return backup.changes
        }
        return desk.tickets
    }
}
