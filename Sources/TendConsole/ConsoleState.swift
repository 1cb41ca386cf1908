import Foundation
import TendCore
import TendTerminal

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
    /// The triage signs, read once at start: the intake form suggests from the complaint's words.
    public var triage = Triage([])
    /// The after-sales terms, read once at start (`K` shows them); why there are none, if so.
    public var terms = AfterSalesTerms.empty
    public var termsProblem: String?
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
    /// What holds the keyboard above the panes, if anything.
    public var modal: Modal?
    public var lastSearch: String?
    public var filter = TicketFilter()
    public var counts = QueueCounts()
    public var message: String?
    public var messageIsError = false
    /// The tickets a "needs an owner" alert on the status row names, while it is there: once each
    /// has an owner, the row says so instead of calling for them still.
    var ownerAlert: (message: String, tickets: [TicketID])?
    public var revealed: Set<TicketID> = []
    /// Half-written forms kept on disk, by `Draft.key`: opening the same form brings one back.
    public var drafts: [String: Draft] = [:]
    /// Theme names that can be found, for `:theme` completion.
    public var themeNames: [String] = []
    /// The case library: closed cases, for reading and learning.
    public var caseLibrary = false
    /// The queue shows only resolutions waiting for a supervisor (`$`).
    public var approvalsView = false
    /// The calls-due view: the follow-up calls to make, soonest first (`C`).
    public var callsView = false
    /// The statistics view as last left (its page and span come back with `S`).
    public var statsKept: StatsView?
    /// What the queue shows when it lists a figure's tickets (Enter in the statistics); nil for
    /// the live queue.
    public var drill: String?
    /// The early warnings crossed, for a supervisor's status bar (worked out each minute).
    public var earlyWarnings: [EarlyWarning] = []
    /// The policy's warning lines, for wording the warnings (set at start).
    public var warningLines = WarningThresholds()
    var statsAsked = 0
    /// The tickets this session already offered a pause after (self-care is offered, not pressed).
    public var pauseOffered: Set<TicketID> = []
    /// A ticket to select once it appears in the queue (one just taken in with `c`).
    public var follow: TicketID?
    /// When the queue was last queried in full: its order follows the clocks, so it is redone
    /// each minute; in between, changed tickets are put where the clocks stood then.
    var queriedAt: Date?
    /// Whether the once-a-minute whole query runs away from the input path (the run loop on a
    /// terminal) instead of at once (tests of the reducer).
    public var requeriesInBackground = false
    /// Counts whole queries, so a background one finished after another was made is thrown away.
    var queryGeneration = 0
    var backgroundQueryAsked = false
    /// Up to when the escalation ladder has been watched for this user (`LadderWatch`): from the
    /// first whole query on, each one looks at the time since the last.
    var ladderWatchedTo: Date?
    /// Rungs told but not yet recorded: a few dozen go to the store each second, so a minute in
    /// which a large desk passes many rungs does not hold up the keys.
    var rungsToRecord: [ClockWarning] = []
    /// What the desk's watch says when it is not live (the database out of reach); nil when live.
    public var deskStatus: Bilingual?
    /// The others at a team's desk and the tickets they have open.
    public var others: [PresenceEntry] = []
    /// The others who have this ticket open.
    public func others(on ticket: TicketID) -> [PresenceEntry] { others.filter { $0.ticket == ticket } }
    /// What this console shows others: the ticket open, and whether a form is being typed on it.
    public var presence: (ticket: TicketID?, typing: Bool) {
        if let formTicket = form?.purpose.ticket { return (formTicket, true) }
        return (selectedID, false)
    }

    public init(lang: Language, actor: StaffMember, now: Date) {
        self.lang = lang
        self.actor = actor
        self.now = now
    }

    public var selectedID: TicketID? { queue.indices.contains(selected) ? queue[selected] : nil }

    // What the panes read of the modal, by name.
    public var showingHelp: Bool { if case .help = modal { true } else { false } }
    public var helpScroll: Int { if case .help(let scroll) = modal { scroll } else { 0 } }
    public var searchInput: String? { if case .search(let text) = modal { text } else { nil } }
    public var commandInput: TextField? { if case .command(let field) = modal { field } else { nil } }
    public var form: Form? { modal?.form }
    public var confirmation: Confirmation? { if case .question(let question, _) = modal { question } else { nil } }
    public var practice: PracticeSession? { if case .practice(let session) = modal { session } else { nil } }
    public var report: [TrainingSummary]? { if case .report(let summaries) = modal { summaries } else { nil } }
    public var termsPicker: TermsPicker? { if case .terms(let picker, _) = modal { picker } else { nil } }
    public var statsView: StatsView? { if case .stats(let view) = modal { view } else { nil } }

    /// Changes the open form in place, wherever it sits under the modal.
    mutating func editForm(_ change: (inout Form) -> Void) {
        switch modal {
        case .form(var form):
            change(&form)
            modal = .form(form)
        case .question(let question, .form(var form)?):
            change(&form)
            modal = .question(question, over: .form(form))
        default:
            break
        }
    }

    /// Where the keyboard is, for the keymap: the modal's own table, else the focused pane's.
    public var keyContext: KeyContext {
        switch modal {
        case .help: return .help
        case .form, .question(_, .form?): return .form
        case .practice: return .practice
        case .report: return .report
        case .terms: return .terms
        case .stats: return .stats
        case .search, .command, .question, nil: break
        }
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
        keepSelection(foundAt: keep.flatMap { ids.firstIndex(of: $0) })
    }

    /// After the queue changed: the selection moves to `index`, where the ticket it was on is
    /// now; with that ticket gone, it stays on the same row, and the panes that followed the
    /// ticket start again from the top.
    mutating func keepSelection(foundAt index: Int?) {
        if let index {
            selected = index
        } else {
            selected = min(selected, max(0, queue.count - 1))
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
