import Foundation

/// A complaint: its intake, where it is in the workflow, and its whole timeline. The stored fields
/// below the intake are derived from the timeline by `apply`; nothing sets them otherwise.
public struct Ticket: Sendable, Hashable {
    public let id: TicketID
    public private(set) var intake: Intake
    public private(set) var receivedAt: Date
    public private(set) var stage: Stage
    public private(set) var stageEnteredAt: Date
    public private(set) var grade: Grade
    public private(set) var cause: Cause?
    public private(set) var assignee: String?
    /// The promised answer time given to the customer when acknowledged.
    public private(set) var eta: Date?
    public private(set) var findings: String
    public private(set) var resolution: Resolution?
    /// Every resolution that took effect, oldest first: each settled one (needing no approval, or
    /// approved) that the ticket moved on to follow-up with. A ceiling bounds their total.
    public private(set) var grants: [Resolution] = []
    /// Whether `resolution` is already among `grants`: moving on with it again after a reopen
    /// grants nothing more.
    private var resolutionGranted = false
    public private(set) var satisfaction: Satisfaction?
    /// The score of the last follow-up call that reached the customer, kept until the ticket
    /// closes with it (a serious case waits for a supervisor to close; the 7-day call may follow).
    public private(set) var recordedScore: Satisfaction?
    /// The follow-up calls still to make, soonest first.
    public private(set) var calls: [Date] = []
    /// Every remedy promised by a time on a resolution that took effect, oldest first.
    public private(set) var promises: [RemedyPromise] = []
    /// Evidence kept with the case, oldest first.
    public private(set) var evidence: [Evidence] = []
    /// Every mediation the case went to, oldest first; the last is open while in mediation.
    public private(set) var mediations: [Mediation] = []
    public private(set) var failedFollowUps: Int
    public private(set) var related: [TicketID]
    public private(set) var reopenCount: Int
    /// When the ticket was last reopened: its clocks that ran from receipt run from here instead,
    /// so a case reopened weeks later is not overdue the moment it comes back.
    public private(set) var reopenedAt: Date?
    public private(set) var closedAt: Date?
    /// The customer's anger as the handler last judged it; calm until set.
    public private(set) var anger: Anger = .calm
    /// What happened to the pet, as last judged; none until set.
    public private(set) var harm: Harm = .none
    /// Every clock that ran out, with when it was due, oldest first: kept whatever happens later.
    public private(set) var breaches: [Breach] = []
    /// Every time the clocks stood still, oldest first; the last is still running when its
    /// `until` is nil.
    public private(set) var pauses: [ClockPause] = []
    /// Who a serious or critical ticket was sent to when it became one.
    public private(set) var routedTo: [String] = []
    /// The escalation steps recorded: which clock, at what share, reached when.
    public private(set) var escalations: [Escalation] = []
    /// When it was first answered, resolved and closed, and when each grant took effect.
    public private(set) var milestones = TicketMilestones()
    public private(set) var timeline: [TimelineEntry]

    /// A ticket comes into being with its `received` entry.
    public init(id: TicketID, received entry: TimelineEntry) {
        guard case .received(let intake) = entry.event else {
            preconditionFailure("a ticket starts with its received entry")
        }
        self.id = id
        self.intake = intake
        receivedAt = entry.at
        stage = .received
        stageEnteredAt = entry.at
        grade = intake.grade
        cause = intake.cause
        findings = ""
        failedFollowUps = 0
        related = []
        reopenCount = 0
        timeline = [entry]
    }

    public var customer: Customer { intake.customer }
    public var pet: Pet { intake.pet }
    public var isOpen: Bool { stage.isOpen }
    /// A serious or critical complaint nobody has taken yet: it stands at the top of every queue,
    /// and supervisors are alerted, until someone owns it.
    public var needsOwner: Bool { isOpen && assignee == nil && grade >= .serious }
    /// The pause the clocks are in now, if any.
    public var runningPause: ClockPause? { pauses.last.flatMap { $0.until == nil ? $0 : nil } }
    /// The next follow-up call to make: scheduled, or (a ticket moved to follow-up before calls
    /// were scheduled) due from the moment it did.
    public var nextCall: Date? {
        guard stage == .followUp else { return nil }
        return calls.first ?? (hasScheduledCalls ? nil : stageEnteredAt)
    }
    private var hasScheduledCalls = false
    /// The promises not yet kept, soonest first, with their index for `promiseKept`.
    /// The mediation under way, while the ticket is in mediation.
    public var openMediation: Mediation? { stage == .mediation ? mediations.last.flatMap { $0.isOpen ? $0 : nil } : nil }
    public var openPromises: [(index: Int, promise: RemedyPromise)] {
        promises.enumerated().filter { !$0.element.isKept }.map { ($0.offset, $0.element) }.sorted { $0.promise.due < $1.promise.due }
    }
    /// Minor units granted on this ticket in all: what a ceiling bounds.
    public var grantedTotal: Int64 { Resolution.total(grants) }

    /// The timeline entries since the ticket entered its current stage, newest first.
    public var currentStageEntries: some Sequence<TimelineEntry> {
        let entered = stageEnteredAt
        return timeline.reversed().lazy.prefix { $0.at >= entered }
    }
    public var notes: [TimelineEntry] {
        timeline.filter { if case .noteAdded = $0.event { true } else { false } }
    }

    /// Swaps the intake for one that differs only in what a log keeps apart from the history (the
    /// contact, `ContactSeparation`): in the ticket and in its `received` entry alike.
    mutating func replaceIntake(_ replacement: Intake) {
        intake = replacement
        timeline[0].event = .received(replacement)
    }

    /// Rebuilds a ticket from its whole timeline (a snapshot), sized once rather than grown.
    init(id: TicketID, timeline entries: [TimelineEntry]) {
        self.init(id: id, received: entries[0])
        for entry in entries.dropFirst() { update(with: entry) }
        timeline = entries
    }

    /// Applies a validated entry. Never fails: validation happened in `Workflow` before the entry
    /// was journaled, and replay must rebuild exactly the state that was acknowledged.
    public mutating func apply(_ entry: TimelineEntry) {
        timeline.append(entry)
        update(with: entry)
    }

    private mutating func update(with entry: TimelineEntry) {
        switch entry.event {
        case .acknowledged(let eta, _):
            self.eta = eta
        case .assigned(let login):
            assignee = login
        case .assessed(let grade, let cause, let findings):
            self.grade = grade
            self.cause = cause
            self.findings = findings
        case .resolutionProposed(let kind, let amount, let details, let needsApproval):
            resolution = Resolution(kind: kind, amount: amount, details: details,
                                    approval: needsApproval ? .pending : .notNeeded, proposedBy: entry.actor, proposedAt: entry.at)
            resolutionGranted = false
        case .remediesProposed(let remedies, let details, let needsApproval):
            resolution = Resolution(remedies: remedies, details: details, approval: needsApproval ? .pending : .notNeeded,
                                    proposedBy: entry.actor, proposedAt: entry.at)
            resolutionGranted = false
        case .promiseKept(let index, let note):
            if promises.indices.contains(index) {
                promises[index].keptBy = entry.actor
                promises[index].keptAt = entry.at
                promises[index].keptNote = note
            }
        case .resolutionApproved(let comment):
            resolution?.approval = .approved(by: entry.actor, at: entry.at, comment: comment)
        case .resolutionRejected(let comment):
            resolution?.approval = .rejected(by: entry.actor, at: entry.at, comment: comment)
        case .followUpStarted:
            if let resolution, resolution.approval.allowsGranting, !resolutionGranted {
                grants.append(resolution)
                milestones.noteGrant(at: entry.at)
                resolutionGranted = true
                promises += resolution.remedies.compactMap { remedy in remedy.due.map { RemedyPromise(remedy: remedy, due: $0) } }
            }
        case .followUpScheduled(let scheduled):
            calls = scheduled.sorted()
            hasScheduledCalls = true
        case .followUpFailed(_, let next):
            failedFollowUps += 1
            if let next {
                if calls.isEmpty { calls = [next] } else { calls[0] = next }
                calls.sort()
            } else if !calls.isEmpty {
                // This call is given up; the next scheduled one gets attempts of its own.
                calls.removeFirst()
                if !calls.isEmpty { failedFollowUps = 0 }
            }
            hasScheduledCalls = true
        case .followUpReached(let score, let comment):
            recordedScore = Satisfaction(score: score, comment: comment)
            if !calls.isEmpty { calls.removeFirst() }
            hasScheduledCalls = true
            failedFollowUps = 0
        case .evidenceAdded(let item):
            evidence.append(item)
        case .mediationStarted(let reason):
            mediations.append(Mediation(party: nil, reference: "", reason: reason, next: nil, startedAt: entry.at, startedBy: entry.actor))
        case .mediationReferred(let referral):
            var mediation = Mediation(party: referral.party, reference: referral.reference, reason: referral.reason,
                                      next: referral.next, startedAt: entry.at, startedBy: entry.actor)
            if !referral.sent.isEmpty { mediation.sent.append(.init(at: entry.at, text: referral.sent)) }
            mediations.append(mediation)
        case .mediationUpdated(let update):
            guard let last = mediations.indices.last else { break }
            if !update.reference.isEmpty { mediations[last].reference = update.reference }
            if let next = update.next { mediations[last].next = next }
            if !update.sent.isEmpty { mediations[last].sent.append(.init(at: entry.at, text: update.sent)) }
        case .mediationEnded(let outcome):
            guard let last = mediations.indices.last else { break }
            mediations[last].endedAt = entry.at
            mediations[last].outcome = outcome
        case .closed(let score, let comment):
            if let score { satisfaction = Satisfaction(score: score, comment: comment) }
            closedAt = entry.at
            calls = []
        case .reopened:
            reopenCount += 1
            reopenedAt = entry.at
            satisfaction = nil
            recordedScore = nil
            closedAt = nil
            failedFollowUps = 0
            calls = []
            hasScheduledCalls = false
        case .gradeChanged(_, let grade, _):
            self.grade = grade
        case .angerSet(let level):
            anger = level
        case .harmSet(let harm):
            self.harm = harm
        case .clockBreached(let clock, let due):
            breaches.append(Breach(clock: clock, due: due))
        case .clockPaused(let reason):
            pauses.append(ClockPause(reason: reason, from: entry.at))
        case .clockResumed:
            if !pauses.isEmpty, pauses[pauses.count - 1].until == nil { pauses[pauses.count - 1].until = entry.at }
        case .routed(let logins):
            routedTo = logins
        case .escalated(let escalation):
            escalations.append(escalation)
        case .related(let other):
            if !related.contains(other) { related.append(other) }
        default:
            // The rest keep nothing on the ticket beyond the timeline and the stage they enter.
            break
        }
        milestones.note(entry)
        if let stage = entry.event.entersStage { enter(stage, at: entry.at) }
    }

    private mutating func enter(_ stage: Stage, at instant: Date) {
        self.stage = stage
        stageEnteredAt = instant
    }
}
