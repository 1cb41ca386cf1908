import Foundation
import TendCore
import TendTerminal

/// Moving about: the selection, the panes, the search.
extension ConsoleReducer {
    static func move(_ state: inout ConsoleState, by delta: Int) {
        if case .help(let scroll) = state.modal {
            // Kept within the help's lines, so a key back up moves at once after paging past the end.
            let last = max(0, HelpOverlay.entries(state.lang, for: state.actor).count - 1)
            state.modal = .help(scroll: min(last, max(0, scroll.addingClamped(delta))))
            return
        }
        if case .stats(var view) = state.modal {
            moveInStats(&view, by: delta, state)
            state.modal = .stats(view)
            return
        }
        if case .terms(var picker, let below) = state.modal {
            picker.move(by: delta)
            state.modal = .terms(picker, over: below)
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

    static func cycleFocus(_ state: inout ConsoleState, by step: Int) {
        let order: [PaneFocus] = state.scriptsFolded ? [.queue, .ticket] : [.queue, .ticket, .scripts]
        let index = order.firstIndex(of: state.focus) ?? 0
        state.focus = order[(index + step + order.count) % order.count]
    }

    static func editSearch(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard case .search(var text) = state.modal else { return [] }
        switch key {
        case .enter:
            state.modal = nil
            guard !text.isEmpty else { return [] }
            state.lastSearch = text
            findMatch(&state, env, forward: true, includeCurrent: true)
            return []
        case .escape:
            state.modal = nil
            return []
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        case .character(let c) where !c.isNewline:
            text.append(c)
        default:
            break
        }
        state.modal = .search(text)
        return []
    }

    /// Moves the selection to the next (or previous) ticket in the queue matching the last search,
    /// wrapping around.
    static func findMatch(_ state: inout ConsoleState, _ env: ConsoleEnvironment, forward: Bool, includeCurrent: Bool = false) {
        guard let text = state.lastSearch, let matcher = TextMatcher(text, contacts: Workflow.seesContacts(state.actor.role)) else {
            state.say(state.lang.pick("No search yet: press / to search", "尚未搜索：按 / 开始搜索"))
            return
        }
        let count = state.queue.count
        guard count > 0 else { return }
        for step in (includeCurrent ? 0 : 1)...count {
            let index = ((state.selected + (forward ? step : -step)) % count + count) % count
            if let ticket = env.desk.ticket(state.queue[index]), matcher.matches(ticket) {
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
