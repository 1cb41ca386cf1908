import Foundation
import TendCore
import TendTerminal

/// The numbers on the status bar, counted over the whole desk when it changes.
public struct QueueCounts: Sendable, Equatable {
    public var open = 0, mine = 0, dueSoon = 0, overdue = 0

    public init() {}

    public init(desk: Desk, policy: Policy, login: String, now: Date) {
        let table = SLATable(policy)
        for ticket in desk.tickets where ticket.isOpen {
            open += 1
            if ticket.assignee == login { mine += 1 }
            switch table.status(of: ticket, at: now)?.state {
            case .overdue: overdue += 1
            case .dueSoon: dueSoon += 1
            default: break
            }
        }
    }
}

public enum PaneFocus: Sendable, CaseIterable {
    case queue, ticket, scripts
}

/// What the console shows, as a value. `ConsoleReducer` changes it; panes render it.
public struct ConsoleState: Sendable {
    public var lang: Language
    public var actor: StaffMember
    public var now: Date
    public var ascii = false
    /// The scripts and coaching phrases, read once at start.
    public var library = ScriptLibrary.empty {
        didSet { coach = Coach(library) }
    }
    public private(set) var coach = Coach(.empty)
    /// The queue as shown: filtered and in urgency order.
    public var queue: [TicketID] = []
    public var selected = 0
    public var queueTop = 0
    public var focus: PaneFocus = .queue
    public var ticketScroll = 0
    public var scriptIndex = 0
    public var scriptsFolded = false
    /// Whether the focused pane fills the whole body (`z`), for reading a long ticket or script
    /// on a small terminal.
    public var zoomed = false
    /// Whether the selected script shows why it works and what to avoid (trainees always see it).
    public var showWhy = false
    public var showingHelp = false
    public var helpScroll = 0
    /// Text being typed after `/`; nil when not searching.
    public var searchInput: String?
    public var lastSearch: String?
    public var filter = TicketFilter()
    public var counts = QueueCounts()
    public var message: String?
    public var messageIsError = false
    public var quitting = false
    /// Set when a key asks for a change the reducer cannot make alone: the run loop carries it
    /// out through the store and the workflow, and reports the outcome in the status bar.
    public var pending: PendingAction?
    public var revealed: Set<TicketID> = []
    /// The form open over the panes, if any; it stays open until the core accepts it.
    public var form: Form?
    /// A yes/no question waiting for its answer; it takes every key until answered.
    public var confirmation: Confirmation?
    /// Half-written forms kept on disk, by `Draft.key`: opening the same form brings one back.
    public var drafts: [String: Draft] = [:]
    /// Theme names that can be found, for `:theme` completion; a theme asked for by `:theme`,
    /// for the run loop to load and apply.
    public var themeNames: [String] = []
    public var requestedTheme: String?
    /// A practice session in progress, and a finished one waiting to be saved by the run loop.
    public var practice: PracticeSession?
    public var finishedPractice: TrainingResult?
    /// The trainees' results, while a supervisor reads them; `reportRequested` asks the run loop
    /// to read them from disk.
    public var report: [TrainingSummary]?
    public var reportRequested = false
    /// The case library: closed cases, for reading and learning.
    public var caseLibrary = false
    /// A ticket to select once it appears in the queue (one just taken in with `c`).
    public var follow: TicketID?
    /// The `:` command line being typed; nil when closed.
    public var commandInput: TextField?

    public init(lang: Language, actor: StaffMember, now: Date) {
        self.lang = lang
        self.actor = actor
        self.now = now
    }

    public var selectedID: TicketID? { queue.indices.contains(selected) ? queue[selected] : nil }

    public var keyContext: KeyContext {
        if showingHelp { return .help }
        if form != nil { return .form }
        if practice != nil { return .practice }
        if report != nil { return .report }
        switch focus {
        case .queue: return .queue
        case .ticket: return .ticket
        case .scripts: return .scripts
        }
    }

    /// Replaces the queue, keeping the selection on the same ticket when it is still there.
    public mutating func setQueue(_ ids: [TicketID]) {
        let keep = selectedID
        queue = ids
        if let keep, let index = ids.firstIndex(of: keep) {
            selected = index
        } else {
            selected = min(selected, max(0, ids.count - 1))
            ticketScroll = 0
            scriptIndex = 0
        }
    }

    /// Scrolls the queue, as little as possible, so the selected row is among the `rows` shown.
    public mutating func keepSelectionVisible(rows: Int) {
        queueTop = QueuePane.top(selected: selected, previousTop: queueTop, rows: rows, count: queue.count)
    }

    public mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }
}
