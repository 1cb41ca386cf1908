/// Whether a backup's timeline entry can follow from the ticket as its earlier entries left it.
///
/// A restore appends the entries as they were, without running the workflow again (its time,
/// actor and authority rules are those of today). What it does check is what the ticket's state is
/// built on: each event happens in a stage it may happen in (`TicketEvent.happensIn`, the list the
/// workflow uses), an approval has something to approve,
/// a grade change starts from the grade the ticket had. A timeline that fails here was not written
/// by Tend, or was edited, and restoring it would give a ticket no workflow could have made.
enum BackupReplay {
    static func check(_ event: TicketEvent, after ticket: Ticket) throws(BackupReason) {
        if let allowed = event.happensIn, !allowed.contains(ticket.stage) {
            throw .wrongStage(kind: TimelineText.kind(event), stage: ticket.stage, allowed: allowed)
        }
        switch event {
        case .received: throw .receivedAgain
        case .resolutionApproved, .resolutionRejected:
            guard ticket.resolution?.approval == .pending else { throw .nothingToApprove }
        case .gradeChanged(let old, let new, _):
            guard old == ticket.grade else { throw .gradeNotCurrent(from: old, current: ticket.grade) }
            guard new != old else { throw .sameGrade(old) }
        case .checklistWaived(let stage, _):
            guard stage == ticket.stage else { throw .waivedOtherStage(stated: stage, current: ticket.stage) }
        case .related(let other):
            guard other != ticket.id else { throw .relatedToItself }
        default:
            // Where the rest may happen is `happensIn`'s, checked above.
            break
        }
    }
}
