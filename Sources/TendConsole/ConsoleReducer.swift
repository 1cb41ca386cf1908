import Foundation
import TendCore
import TendTerminal

/// Turns keys into state changes. Pure: everything it needs is in the state and the arguments,
/// so every behaviour is testable without a terminal.
public enum ConsoleReducer {
    /// `page` is how many rows the focused pane shows; `desk` is read for searches.
    public static func handle(_ key: Key, _ state: inout ConsoleState, desk: Desk, page: Int) {
        if state.searchInput != nil {
            editSearch(key, &state, desk: desk)
            return
        }
        guard let command = Keymap.command(for: key, in: state.keyContext) else {
            if key != .resize { state.say(state.lang.pick("\(key) does nothing here — press ? for help", "\(key) 在此无效——按 ? 查看帮助")) }
            return
        }
        run(command, &state, desk: desk, page: page)
    }

    public static func run(_ command: ConsoleCommand, _ state: inout ConsoleState, desk: Desk, page: Int) {
        let step = max(1, page - 1)
        switch command {
        case .down: move(&state, by: 1)
        case .up: move(&state, by: -1)
        case .pageDown: move(&state, by: step)
        case .pageUp: move(&state, by: -step)
        case .top: move(&state, by: Int.min / 2)
        case .bottom: move(&state, by: Int.max / 2)
        case .nextPane: cycleFocus(&state, by: 1)
        case .previousPane: cycleFocus(&state, by: -1)
        case .open:
            state.focus = .ticket
            state.ticketScroll = 0
        case .back:
            if state.showingHelp { state.showingHelp = false } else { state.focus = .queue }
        case .help:
            state.showingHelp = true
            state.helpScroll = 0
        case .search:
            state.searchInput = ""
        case .nextMatch: findMatch(&state, desk: desk, forward: true)
        case .previousMatch: findMatch(&state, desk: desk, forward: false)
        case .toggleMine:
            state.filter.assignee = state.filter.assignee == nil ? state.actor.login : nil
            state.filter.unassigned = false
        case .toggleUnassigned:
            state.filter.unassigned.toggle()
            state.filter.assignee = nil
        case .toggleOverdue: state.filter.overdueOnly.toggle()
        case .clearFilters: state.filter = TicketFilter()
        case .toggleScripts:
            state.scriptsFolded.toggle()
            if state.scriptsFolded && state.focus == .scripts { state.focus = .queue }
        case .reveal: state.pending = state.selectedID.map(PendingAction.reveal)
        case .take: state.pending = state.selectedID.map(PendingAction.take)
        case .redraw: break
        case .quit: state.quitting = true
        }
    }

    private static func move(_ state: inout ConsoleState, by delta: Int) {
        if state.showingHelp {
            state.helpScroll = max(0, state.helpScroll.addingClamped(delta))
            return
        }
        switch state.focus {
        case .queue:
            guard !state.queue.isEmpty else { return }
            let target = min(state.queue.count - 1, max(0, state.selected.addingClamped(delta)))
            if target != state.selected {
                state.selected = target
                state.ticketScroll = 0
                state.scriptIndex = 0
            }
        case .ticket:
            state.ticketScroll = max(0, state.ticketScroll.addingClamped(delta))
        case .scripts:
            state.scriptIndex = max(0, state.scriptIndex.addingClamped(delta))
        }
    }

    private static func cycleFocus(_ state: inout ConsoleState, by step: Int) {
        let order: [PaneFocus] = state.scriptsFolded ? [.queue, .ticket] : [.queue, .ticket, .scripts]
        let index = order.firstIndex(of: state.focus) ?? 0
        state.focus = order[(index + step + order.count) % order.count]
    }

    private static func editSearch(_ key: Key, _ state: inout ConsoleState, desk: Desk) {
        switch key {
        case .enter:
            let text = state.searchInput ?? ""
            state.searchInput = nil
            guard !text.isEmpty else { return }
            state.lastSearch = text
            findMatch(&state, desk: desk, forward: true, includeCurrent: true)
        case .escape:
            state.searchInput = nil
        case .backspace:
            if state.searchInput?.isEmpty == false { state.searchInput?.removeLast() }
        case .control("u"):
            state.searchInput = ""
        case .character(let c):
            state.searchInput?.append(c)
        default:
            break
        }
    }

    /// Moves the selection to the next (or previous) ticket in the queue matching the last search,
    /// wrapping around.
    private static func findMatch(_ state: inout ConsoleState, desk: Desk, forward: Bool, includeCurrent: Bool = false) {
        guard let text = state.lastSearch, let matcher = TextMatcher(text) else {
            state.say(state.lang.pick("No search yet: press / to search", "尚未搜索：按 / 开始搜索"))
            return
        }
        let count = state.queue.count
        guard count > 0 else { return }
        for step in (includeCurrent ? 0 : 1)...count {
            let index = ((state.selected + (forward ? step : -step)) % count + count) % count
            if let ticket = desk.ticket(state.queue[index]), matcher.matches(ticket) {
                state.selected = index
                state.focus = .queue
                state.ticketScroll = 0
                state.say(state.lang.pick("/\(text): \(ticket.id)", "/\(text)：\(ticket.id)"))
                return
            }
        }
        state.say(state.lang.pick("No ticket in this queue matches “\(text)”", "当前队列中没有匹配“\(text)”的工单"), error: true)
    }
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
