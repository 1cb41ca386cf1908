import TendCore
import TendTerminal

/// Two rows at the bottom: key hints for where the keyboard is (from the keymap), and who is
/// working, the desk's counts and the last message, or the search being typed.
enum StatusBar {
    static func render(_ context: RenderContext, hints: Rect, status: Rect, into buffer: inout ScreenBuffer) {
        let state = context.state
        let lang = context.lang
        buffer.fill(hints, style: Style(.statusBar))
        var x = hints.x
        if state.confirmation != nil {
            buffer.write(lang.pick("y yes   n/Esc no", "y 是   n/Esc 否"), x: x, y: hints.y, style: Style(.statusKey, bold: true), limit: hints.width)
            return renderStatus(context, status: status, into: &buffer)
        }
        let keys = state.keyContext
        // Help first, so however narrow the terminal, the way to every other key shows.
        let global = Keymap.standalone.contains(keys) ? [] : Keymap.table[.global] ?? []
        let bindings = global.filter { $0.command == .help } + (Keymap.table[keys] ?? []) + global.filter { $0.command != .help }
        for binding in bindings where x < hints.maxX {
            let key = binding.keys[0].description
            let label = binding.help(lang)
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(label) + 2
            guard x + needed <= hints.maxX else { break }
            x += buffer.write(key, x: x, y: hints.y, style: Style(.statusKey, bold: true))
            x += buffer.write(" " + label + "  ", x: x, y: hints.y, style: Style(.statusBar))
        }
        renderStatus(context, status: status, into: &buffer)
    }

    private static func renderStatus(_ context: RenderContext, status: Rect, into buffer: inout ScreenBuffer) {
        let state = context.state
        let lang = context.lang

        buffer.fill(status, style: Style(.statusBar))
        if let input = state.searchInput {
            let prompt = lang.pick("Search: ", "搜索：")
            let used = buffer.write(prompt + input, x: status.x, y: status.y, style: Style(.inputFocus), limit: status.width)
            // The real cursor sits at the caret, so an input method's pre-edit appears in place.
            buffer.cursor = (min(status.maxX - 1, status.x + used), status.y)
            return
        }
        if let input = state.commandInput {
            let layout = input.layout()
            let (visible, caret) = FormOverlay.window(layout.lines.last ?? "", caretColumn: layout.caretColumn, width: status.width - 2)
            buffer.write(":" + visible, x: status.x, y: status.y, style: Style(.inputFocus), limit: status.width)
            buffer.cursor = (status.x + 1 + caret, status.y)
            return
        }
        let counts = state.counts
        let who = state.actor.name + lang.pick(" (\(state.actor.role.english))", "（\(state.actor.role.chinese)）")
        let numbers = lang.pick("open \(counts.open) · mine \(counts.mine) · due soon \(counts.dueSoon) · overdue \(counts.overdue)",
                                "在办 \(counts.open) · 我的 \(counts.mine) · 即将超时 \(counts.dueSoon) · 已超时 \(counts.overdue)")
        let bar = state.ascii ? "|" : "│"
        var used = 0
        // Right after an action its outcome matters most, so a message comes first.
        if let message = state.message {
            used += buffer.write(" " + message + " ", x: status.x, y: status.y,
                                 style: Style(state.messageIsError ? .statusError : .statusMessage, bold: state.messageIsError),
                                 limit: status.width)
            used += buffer.write(bar, x: status.x + used, y: status.y, style: Style(.statusBar), limit: status.width - used)
        }
        buffer.write(" \(who) \(bar) \(numbers) ", x: status.x + used, y: status.y, style: Style(.statusBar, bold: true),
                     limit: max(0, status.width - used))
    }
}
