import Foundation
import TendCore

/// The statistics view (`S`, `:stats`): pages, a span, and Enter on a figure listing its tickets
/// in the queue (Esc there comes back). The figures are worked out away from the keys on a
/// terminal (`.computeStats`); until they come, the view says it is counting.
extension ConsoleReducer {
    static func statistics(_ command: ConsoleCommand, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        switch command {
        case .statistics:
            if case .stats(let view) = state.modal {
                state.statsKept = view
                state.modal = nil
                return []
            }
            if let refusal = Workflow.refusalToReadStatistics(state.actor.role) {
                state.say(refusal.message(state.lang, terms: ConsoleTerms(role: state.actor.role)), error: true)
                return []
            }
            // Leaving a drill-down's list, or opening afresh: the figures are counted again as of now.
            leaveDrill(&state)
            var view = state.statsKept ?? StatsView()
            view.stats = nil
            return ask(&view, &state, env)
        case .nextStatsPage, .previousStatsPage:
            guard case .stats(var view) = state.modal else { return [] }
            let pages = StatsPage.ordered
            let index = pages.firstIndex(of: view.page)! + (command == .nextStatsPage ? 1 : pages.count - 1)
            view.page = pages[index % pages.count]
            view.selected = 0
            view.top = 0
            settle(&view, state)
            state.modal = .stats(view)
        case .longerSpan, .shorterSpan:
            guard case .stats(var view) = state.modal else { return [] }
            let spans = StatsSpan.allCases
            let index = spans.firstIndex(of: view.span)! + (command == .longerSpan ? 1 : -1)
            guard spans.indices.contains(index) else { return [] }
            view.span = spans[index]
            return ask(&view, &state, env)
        case .drillDown:
            guard case .stats(let view) = state.modal, let stats = view.stats else { return [] }
            let lines = view.lines(state.lang, thresholds: env.policy.warnings)
            guard lines.indices.contains(view.selected), case .row(let row) = lines[view.selected], let figure = row.figure else {
                state.say(state.lang.pick("This line has no tickets to list.", "这一行没有可列出的工单。"))
                return []
            }
            // A warning's row lists its own seven days' tickets, the rest the view's span.
            let period = figure.isWarning(in: view) ?? stats.period
            let ids = Statistics.tickets(figure, on: env.desk, policy: env.policy, period: period, now: stats.computedAt)
            state.statsKept = view
            state.modal = nil
            state.focus = .queue
            state.selected = 0
            var filter = TicketFilter()
            filter.only = Set(ids)
            state.filter = filter
            state.caseLibrary = false
            state.approvalsView = false
            state.callsView = false
            let label = figure.caption(state.lang) ?? row.label.trimmingCharacters(in: .whitespaces)
            state.drill = label
            state.say(state.lang.pick("\(ids.count) ticket(s): \(label), \(period.text). Esc goes back to the statistics.",
                                      "\(ids.count) 张工单：\(label)，\(period.text)。按 Esc 返回统计。"))
        default:
            break
        }
        return []
    }

    /// Asks for the view's figures: at once on a small desk in tests, else away from the keys.
    private static func ask(_ view: inout StatsView, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        state.statsAsked += 1
        let request = StatsRequest(period: view.span.period(now: state.now, zone: env.policy.zone), asked: state.statsAsked)
        view.pending = request
        view.askedAt = state.now
        state.modal = .stats(view)
        guard state.requeriesInBackground else {
            let (stats, warnings) = request.run(env.desk, policy: env.policy, training: [], now: state.now)
            take(request, stats, warnings, &state)
            return []
        }
        return [.computeStats(request)]
    }

    /// Figures that came back: shown if the view still waits for them; the warnings in any case.
    static func take(_ request: StatsRequest, _ stats: DeskStatistics, _ warnings: [EarlyWarning], _ state: inout ConsoleState) {
        state.earlyWarnings = warnings
        guard case .stats(var view) = state.modal, view.pending == request else { return }
        view.pending = nil
        view.stats = stats
        view.warnings = warnings
        settle(&view, state)
        state.modal = .stats(view)
    }

    /// Keeps the selection on a line that is a figure, and within the page.
    private static func settle(_ view: inout StatsView, _ state: ConsoleState) {
        let lines = view.lines(state.lang, thresholds: state.warningLines)
        guard !lines.isEmpty else { return }
        view.selected = min(view.selected, lines.count - 1)
        if !lines[view.selected].isSelectable, let first = lines.indices.first(where: { $0 >= view.selected && lines[$0].isSelectable }) {
            view.selected = first
        }
    }

    /// Moves the selection over the figures (titles and gaps are passed over).
    static func moveInStats(_ view: inout StatsView, by delta: Int, _ state: ConsoleState) {
        let lines = view.lines(state.lang, thresholds: state.warningLines)
        let selectable = lines.indices.filter { lines[$0].isSelectable }
        guard !selectable.isEmpty else { return }
        let at = selectable.firstIndex { $0 >= view.selected } ?? selectable.count - 1
        view.selected = selectable[min(selectable.count - 1, max(0, at.addingClamped(delta)))]
    }

    /// Out of a drill-down's list: the queue is the live one again.
    static func leaveDrill(_ state: inout ConsoleState) {
        guard state.drill != nil else { return }
        state.drill = nil
        state.filter = TicketFilter()
    }

    /// The early warnings for a supervisor's status bar, each minute: at once in tests, else away
    /// from the keys (`.checkWarnings`).
    static func checkWarnings(_ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard state.actor.role == .supervisor else { return [] }
        guard state.requeriesInBackground else {
            state.earlyWarnings = EarlyWarnings.check(env.desk, policy: env.policy, now: state.now)
            return []
        }
        return [.checkWarnings(state.now)]
    }
}

extension StatsFigure {
    /// A warning's row drills into its own seven days, not the view's span.
    func isWarning(in view: StatsView) -> StatsPeriod? {
        view.warnings.first { $0.figure == self && view.page == .overview }?.period
    }
}
