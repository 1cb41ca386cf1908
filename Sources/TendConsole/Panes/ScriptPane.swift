import TendCore
import TendTerminal

/// What to say for the selected ticket: the customer's mood as the handler set it, the stage's
/// must-say checklist, and the scripts that fit best, names filled in. The selected script shows
/// its text; "why" and "avoid" unfold with `w`, and are always open for trainees.
enum ScriptPane {
    static func render(_ context: RenderContext, in rect: Rect, into buffer: inout ScreenBuffer) {
        let state = context.state
        let lang = context.lang
        let focused = state.focus == .scripts && !state.showingHelp
        Box.draw(&buffer, rect, title: lang.pick("Script", "话术"), focused: focused, ascii: state.ascii)
        let inner = rect.inner
        guard let ticket = context.selectedTicket, inner.width > 4, inner.height > 0 else { return }
        var y = inner.y
        var cut = false
        // A short pane cannot hold a whole script: its bottom border says so, and how to read it.
        defer {
            if cut && rect.width > 16 {
                let marker = focused ? lang.pick(" more: z ", " 更多：z ") : lang.pick(" more ", " 更多 ")
                buffer.write(marker, x: rect.maxX - DisplayWidth.of(marker) - 2, y: rect.maxY - 1, style: Style(.dim))
            }
        }
        func line(_ text: String, _ style: Style, indent: Int = 0) {
            for piece in TextWrap.lines(text, width: inner.width - indent, ellipsis: context.ellipsis) {
                guard y < inner.maxY else { cut = true; return }
                buffer.write(piece, x: inner.x + indent, y: y, style: style)
                y += 1
            }
        }

        let mood = lang.pick("Mood: \(ticket.anger.english)", "客户情绪：\(ticket.anger.chinese)")
        // The key is offered only to whoever the core lets set the mood.
        let key = Workflow.refusal(for: context.state.actor.role, .anger) == nil ? Keymap.key(for: .anger) : nil
        line(mood + (ticket.anger == .angry ? " !" : "") + (key.map { lang.pick("  (\($0) changes)", "（\($0) 切换）") } ?? ""),
             Style(ticket.anger == .angry ? .slaOverdue : .label, bold: ticket.anger != .calm))
        let required = Checklist.required(ticket)
        if !required.isEmpty {
            let done = Checklist.covered(ticket)
            let items = required.map { (done.contains($0) ? "[x] " : "[ ] ") + $0.name(lang) }
            line(lang.pick("Must say: ", "必说：") + items.joined(separator: "  "), Style(.dim))
        }

        let scripts = state.library.matching(ticket)
        guard !scripts.isEmpty else {
            line(lang.pick("No script fits this moment.", "暂无适合此刻的话术。"), Style(.dim))
            return
        }
        let said = Checklist.saidScripts(ticket)
        let chosen = min(state.scriptIndex, scripts.count - 1)
        let handler = state.actor.name
        let openWhy = state.showWhy || state.actor.role == .trainee
        // Keep the chosen script on screen: start the list a little above it when it is far down.
        let first = max(0, min(chosen - 1, scripts.count - 1))
        for (index, script) in scripts.enumerated().dropFirst(chosen > 2 ? first : 0) {
            guard y < inner.maxY else { cut = true; break }
            let selected = index == chosen
            let mark = said.contains(script.id) ? (state.ascii ? "v " : "✓ ") : "  "
            buffer.write(fitting: (selected ? ">" : " ") + mark + script.title.text(lang), x: inner.x, y: y, width: inner.width,
                         style: Style(selected ? (focused ? .selection : .selectionUnfocused) : .label, bold: selected, reverse: selected && focused),
                         ellipsis: context.ellipsis)
            y += 1
            guard selected else { continue }
            line("“" + script.text(lang, for: ticket, handler: handler, now: state.now, zone: context.policy.zone) + "”", .normal, indent: 2)
            if openWhy {
                line(lang.pick("Why: ", "为什么：") + script.why.text(lang), Style(.dim), indent: 2)
                line(lang.pick("Avoid: ", "避免：") + "“" + script.avoid.text(lang) + "”", Style(.dim), indent: 2)
            } else {
                line(lang.pick("w: why it works · Enter: mark as said", "w：为什么有效 · Enter：标记为已说"), Style(.dim), indent: 2)
            }
        }
    }
}
