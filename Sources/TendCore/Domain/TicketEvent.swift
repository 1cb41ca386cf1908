import Foundation

/// One change to a ticket. Every change is an event, and the ticket's state is what its events
/// add up to (see `Ticket.apply`). Which events a command may produce is decided in `Workflow`.
public enum TicketEvent: Sendable, Hashable {
    case received(Intake)
    /// The first answer, with the answer time promised; a promise further off than the grade's
    /// answer time carries the reason the customer was given.
    case acknowledged(eta: Date, reason: String = "")
    case assigned(to: String)
    case investigationStarted
    /// Grade and cause confirmed with the findings: the ticket moves to resolving.
    indirect case assessed(grade: Grade, cause: Cause, findings: String)
    /// A resolution of one remedy with no promised time, as written before resolutions could combine.
    indirect case resolutionProposed(kind: ResolutionKind, amount: Money?, details: String, needsApproval: Bool)
    /// A resolution of several remedies, or of one with a promised time; authority checks their sum.
    indirect case remediesProposed(remedies: [Remedy], details: String, needsApproval: Bool)
    /// A remedy's promise ticked done (`index` into `Ticket.promises`), with what was done.
    case promiseKept(index: Int, note: String)
    /// A supervisor's decision on a resolution that waits for approval, with what they said.
    /// Approved, the handler may move on with it; rejected, it is not granted and the ticket stays
    /// in resolving until the handler proposes another.
    case resolutionApproved(comment: String)
    case resolutionRejected(comment: String)
    case followUpStarted
    /// When the follow-up calls are to be made (24 hours after, and after 7 days for an injury).
    case followUpScheduled(calls: [Date])
    /// A call that did not get through, and when the next attempt is due (nil: no more attempts).
    case followUpFailed(note: String, next: Date? = nil)
    /// A call that reached the customer, with their score: the call is made. The ticket closes
    /// with it when no call is left and the caller may close; otherwise it waits, score recorded.
    indirect case followUpReached(score: Int, comment: String)
    /// A score of 2 or less was accepted without reopening, for this reason.
    case lowScoreAccepted(reason: String)
    /// `score` nil: closed after repeated failed contact attempts.
    indirect case closed(score: Int?, comment: String)
    case reopened(reason: String)
    /// Sent to mediation, as recorded before the mediator was asked for.
    case mediationStarted(reason: String)
    /// Sent to mediation: the party, their reference, the next date, what was sent.
    indirect case mediationReferred(MediationReferral)
    /// News in the mediation that leaves it in mediation.
    indirect case mediationUpdated(MediationUpdate)
    /// What the mediation decided: the ticket goes back to resolving.
    case mediationEnded(outcome: String)
    indirect case gradeChanged(from: Grade, to: Grade, reason: String)
    case noteAdded(text: String)
    case contactRevealed
    case related(to: TicketID)
    /// The handler's judgement of the customer's anger, which changes the scripts offered.
    case angerSet(Anger)
    /// What happened to the pet, as judged at intake or later.
    case harmSet(Harm)
    /// What the complaint's words suggested at intake (the decision is the intake and the events
    /// beside it).
    indirect case triageSuggested(TriageRecord)
    /// A clock ran out: it was due then. Recorded with the next change to the ticket after it ran
    /// out (at the latest), and never taken back by anything later.
    case clockBreached(ClockKind, due: Date)
    /// The clocks stand still from here, for a reason the policy allows, until `clockResumed`.
    case clockPaused(PauseReason)
    case clockResumed
    /// A serious or critical ticket (new, or raised to that grade) was sent to these people at
    /// once, as the policy's routing said.
    case routed(to: [String])
    /// A rung of the escalation ladder was reached on a running clock and its people told.
    case escalated(Escalation)
    /// A suggested script was said to the customer; `covers` is what it ticks on the stage's
    /// must-say checklist (kept in the event, so the checklist never depends on a library edit).
    indirect case scriptSaid(id: String, covers: [ChecklistItem])
    /// The handler advanced past must-say items left unsaid, having been warned.
    case checklistWaived(stage: Stage, items: [ChecklistItem])
    /// Evidence kept with the case: a file copied into the desk, or a reference.
    indirect case evidenceAdded(Evidence)
}

/// An event with who did it and when: a line of the ticket's timeline.
public struct TimelineEntry: Sendable, Hashable {
    public var at: Date
    public var actor: String
    public var event: TicketEvent
    /// The id of the request that made this change (a form submission, a command): a retry of the
    /// same request finds it here and is told the first outcome instead of applying it again.
    public var request: String?

    public init(at: Date, actor: String, event: TicketEvent, request: String? = nil) {
        self.at = at
        self.actor = actor
        self.event = event
        self.request = request
    }
}

extension TimelineEntry {
    /// Whether this entry was made by the request with this id.
    public func isRequest(_ id: String) -> Bool {
        request.map { RequestID.split($0).id == id } ?? false
    }
}

/// Events for one ticket, stamped with one actor and instant: what a command produces.
public struct Change: Sendable, Hashable {
    public var ticket: TicketID
    public var entry: TimelineEntry

    public init(ticket: TicketID, entry: TimelineEntry) {
        self.ticket = ticket
        self.entry = entry
    }
}

extension TicketEvent {
    /// The stage this event takes the ticket to, if it moves it.
    public var entersStage: Stage? {
        switch self {
        case .acknowledged: .acknowledged
        case .investigationStarted, .reopened: .investigating
        case .assessed, .mediationEnded: .resolving
        case .followUpStarted: .followUp
        case .closed: .closed
        case .mediationStarted, .mediationReferred: .mediation
        default: nil
        }
    }

    /// The stages a ticket must be in for this event to happen to it; nil when any will do. The
    /// workflow refuses an action whose event cannot happen here, and a restored backup is checked
    /// against the same list.
    public var happensIn: [Stage]? {
        switch self {
        case .acknowledged: [.received]
        case .investigationStarted: [.acknowledged]
        case .assessed: [.investigating]
        case .resolutionProposed, .remediesProposed, .resolutionApproved, .resolutionRejected, .followUpStarted: [.resolving]
        case .followUpScheduled: [.resolving, .followUp]
        case .followUpFailed, .followUpReached, .closed: [.followUp]
        case .lowScoreAccepted: [.followUp]
        case .reopened: [.followUp, .closed]
        case .mediationStarted, .mediationReferred: [.investigating, .resolving]
        case .mediationUpdated, .mediationEnded: [.mediation]
        case .clockPaused, .clockResumed, .escalated: Stage.ordered.filter(\.isOpen)
        default: nil
        }
    }

    /// Whether the event takes the ticket to another stage.
    public var movesStage: Bool { entersStage != nil }
}
