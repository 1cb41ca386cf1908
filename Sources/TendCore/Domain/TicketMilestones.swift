import Foundation

/// When a ticket first reached each step of its handling, kept as its timeline is applied: the
/// statistics read these instead of walking every timeline (a million timelines are more than a
/// gigabyte to fetch; these are 72 bytes a ticket). Like the ticket's other stored fields, they
/// follow from the timeline alone. Instants are kept as seconds, NaN for none: half the room of
/// optional dates, and a million tickets carry them.
public struct TicketMilestones: Sendable, Hashable {
    private var answered = Double.nan
    private var promiseStopped = Double.nan
    private var resolved = Double.nan
    private var closed = Double.nan
    private var firstGrant = Double.nan
    /// The grants after the first (most tickets have one at most: no array is allocated).
    private var laterGrants: [Date] = []
    /// Who first answered it.
    public private(set) var answeredBy: String?
    /// Whether the one who first moved it on to follow-up is the one who first answered it.
    public private(set) var resolvedByAnswerer = false

    public init() {}

    /// The first answer (acknowledged).
    public var firstAnswer: Date? { Self.instant(answered) }
    /// When the promised-time clock stopped: the ticket first went on from its investigation, to
    /// resolving or to mediation, after it was answered.
    public var promiseEnded: Date? { Self.instant(promiseStopped) }
    /// The first move on to follow-up: the first resolution.
    public var firstResolved: Date? { Self.instant(resolved) }
    /// The first close.
    public var firstClosed: Date? { Self.instant(closed) }
    /// When each of the ticket's grants took effect, oldest first (as `Ticket.grants`).
    public var grantedAt: [Date] { firstGrant.isNaN ? [] : [Date(timeIntervalSince1970: firstGrant)] + laterGrants }
    /// When the first grant took effect.
    public var firstGrantAt: Date? { Self.instant(firstGrant) }

    mutating func note(_ entry: TimelineEntry) {
        let at = entry.at.timeIntervalSince1970
        switch entry.event.entersStage {
        case .acknowledged where answered.isNaN:
            answered = at
            answeredBy = entry.actor
        case .resolving, .mediation:
            if !answered.isNaN && promiseStopped.isNaN { promiseStopped = at }
        case .followUp where resolved.isNaN:
            resolved = at
            resolvedByAnswerer = answeredBy == entry.actor
        case .closed where closed.isNaN:
            closed = at
        default:
            break
        }
    }

    mutating func noteGrant(at instant: Date) {
        if firstGrant.isNaN { firstGrant = instant.timeIntervalSince1970 } else { laterGrants.append(instant) }
    }

    private static func instant(_ seconds: Double) -> Date? { seconds.isNaN ? nil : Date(timeIntervalSince1970: seconds) }

    // Compared by the instants' bits: NaN, which stands for none, is not equal to itself.
    private var instantBits: [UInt64] { [answered, promiseStopped, resolved, closed, firstGrant].map(\.bitPattern) }

    public static func == (a: TicketMilestones, b: TicketMilestones) -> Bool {
        a.instantBits == b.instantBits && a.laterGrants == b.laterGrants && a.answeredBy == b.answeredBy
            && a.resolvedByAnswerer == b.resolvedByAnswerer
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(instantBits)
        hasher.combine(laterGrants)
        hasher.combine(answeredBy)
    }
}
