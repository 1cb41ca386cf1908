import Foundation
import TendCore
import TendTerminal

/// What reaches the reducer: a key, the clock, the desk having changed (this console's commits,
/// another terminal's, a database's), and the outcome of each effect it asked for.
public enum ConsoleMessage: Sendable, Equatable {
    case key(Key)
    /// The clock moved on: countdowns and the queue's order move with it.
    case tick(Date)
    /// Everything shown is to be worked out again from the desk (at start).
    case deskChanged
    /// These tickets changed since the last update: the queue and counts move just them, or
    /// everything is worked out again when the update says the desk was read whole.
    case deskUpdated(DeskUpdate)
    /// The desk's watch is live (nil) or not, and why.
    case deskStatus(Bilingual?)
    /// A whole query made away from the input path, with its counts, and what changed on the
    /// desk since it was asked for (to put on top, if the result is taken).
    case requeried(BackgroundQuery, queue: [TicketID], counts: QueueCounts, since: DeskUpdate, warnings: [ClockWarning] = [])
    /// The statistics asked for, with the early warnings as of the same instant.
    case statsComputed(StatsRequest, DeskStatistics, [EarlyWarning])
    /// The early warnings crossed now, for a supervisor's status bar.
    case earlyWarnings([EarlyWarning])
    /// Who else has which ticket open (a team's desk).
    case presence([PresenceEntry])
    /// The change was recorded; `outcome` says what was done, `ticket` is the one it was done to.
    case committed(Commit, ticket: TicketID, outcome: String)
    /// The change was refused or failed, and nothing was recorded.
    case refused(Commit, message: String)
    case themeSwitched(name: String, problem: String?)
    case trainingSaved(TrainingResult, problem: String?)
    case privateNoteSaved(problem: String?)
    case trainingReport([TrainingSummary], problem: String?)
    /// A draft could not be kept: the form stays open, the user is told.
    case draftNotKept(reason: String)
    /// What the store noticed along the way (a compaction to retry, a torn record left out).
    case notices([String])
    /// The desk could not be read again (another terminal's changes are not shown until it can).
    case refreshFailed(String)
}

extension ConsoleMessage {
    var isCommitted: Bool { if case .committed = self { true } else { false } }
}
