import TendCore
import TendTerminal

/// Suggested things to say for the selected ticket, in the user's language, with the customer's
/// and pet's names filled in. The selected script shows why it works.
enum ScriptPane {
    static func render(_ context: RenderContext, in rect: Rect, into buffer: inout ScreenBuffer) {
        let state = context.state
        let lang = context.lang
        let focused = state.focus == .scripts && !state.showingHelp
        Box.draw(&buffer, rect, title: lang.pick("Script", "话术"), focused: focused, ascii: state.ascii)
        let inner = rect.inner
        guard let ticket = context.selectedTicket, inner.width > 4, inner.height > 0 else { return }
        let scripts = ScriptLibrary.matching(ticket)
        guard !scripts.isEmpty else { return }
        let chosen = min(state.scriptIndex, scripts.count - 1)
        let handler = context.state.actor.name
        var y = inner.y
        for (index, script) in scripts.enumerated() where y < inner.maxY {
            let selected = index == chosen
            let marker = selected ? "> " : "  "
            buffer.write(fitting: marker + script.title(lang), x: inner.x, y: y, width: inner.width,
                         style: Style(selected ? (focused ? .selection : .selectionUnfocused) : .label, bold: selected, reverse: selected && focused),
                         ellipsis: context.ellipsis)
            y += 1
            guard selected else { continue }
            for line in TextWrap.lines("“" + script.text(lang, for: ticket, handler: handler) + "”", width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, x: inner.x + 2, y: y, style: .normal)
                y += 1
            }
            for line in TextWrap.lines(lang.pick("Why: ", "为什么：") + script.why(lang), width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, x: inner.x + 2, y: y, style: Style(.dim))
                y += 1
            }
        }
    }
}
