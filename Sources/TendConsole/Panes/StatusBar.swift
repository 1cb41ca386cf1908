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
        // A message longer than the room beside the counts takes the hint row too, so it can be
        // read whole: the keys come back with the next key press.
        if state.confirmation == nil, let message = state.message, DisplayWidth.of(message) + 2 > messageRoom(context, width: status.width) {
            let lines = TextWrap.lines(SafeText.line(message), width: max(1, hints.width - 2), ellipsis: context.ellipsis)
            let style = Style(state.messageIsError ? .statusError : .statusMessage, bold: state.messageIsError)
            buffer.fill(hints, style: style)
            buffer.write(" " + (lines.first ?? ""), x: hints.x, y: hints.y, style: style, limit: hints.width)
            return renderStatus(context, status: status, into: &buffer, message: lines.dropFirst().joined(separator: " "))
        }
        if state.confirmation != nil {
            buffer.write(lang.pick("y yes   n/Esc no", "y 是   n/Esc 否"), x: x, y: hints.y, style: Style(.statusKey, bold: true), limit: hints.width)
            return renderStatus(context, status: status, into: &buffer)
        }
        // Keys that don't fit are skipped, not the rest of the row: a shorter one after may fit.
        for binding in hintBindings(state.keyContext, for: state.actor, approvals: state.approvalsView) {
            let key = binding.keys[0].description
            let label = binding.command == .zoom && state.zoomed ? lang.pick("unzoom", "还原") : binding.hintLabel(lang)
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(label) + 2
            guard x + needed <= hints.maxX else { continue }
            x += buffer.write(key, x: x, y: hints.y, style: Style(.statusKey, bold: true))
            x += buffer.write(" " + label + "  ", x: x, y: hints.y, style: Style(.statusBar))
        }
        renderStatus(context, status: status, into: &buffer)
    }

    /// The bindings the hint row offers in a context, best first: ranked ones by rank (help is
    /// ranked first, so however narrow the terminal, the way to every other key shows), then the
    /// others in table order. Keys the core never lets this user's role use are left out (a
    /// trainee is offered no `a`, a handler no `T`).
    static func hintBindings(_ context: KeyContext, for actor: StaffMember, approvals: Bool = false) -> [KeyBinding] {
        let global = Keymap.standalone.contains(context) ? [] : Keymap.table[.global] ?? []
        let all = ((Keymap.table[context] ?? []) + global).filter { Keymap.refusal(of: $0, for: actor) == nil }
        let ranked = all.enumerated().filter { $0.element.hint != nil }
            .sorted { ($0.element.hint!.rank, $0.offset) < ($1.element.hint!.rank, $1.offset) }
            .map(\.element)
        let rest = all.filter { $0.hint == nil }
        // In the approvals list, deciding is the work: its keys come first, after help.
        guard approvals else { return ranked + rest }
        let deciding: [ConsoleCommand] = [.approve, .reject, .approvals]
        let first = all.filter { deciding.contains($0.command) }
        return ranked.prefix(1) + first + (ranked.dropFirst() + rest).filter { !deciding.contains($0.command) }
    }

    /// Cells left of the counts on the status row.
    static func messageRoom(_ context: RenderContext, width: Int) -> Int {
        width - min(width, DisplayWidth.of(deskStatusText(context) + countsText(context)))
    }

    /// Whether the desk's changes are reaching this console, when they are not ("offline —
    /// reconnecting"): it keeps its place beside the counts, whatever the message.
    private static func deskStatusText(_ context: RenderContext) -> String {
        guard let status = context.state.deskStatus else { return "" }
        return " " + SafeText.line(status.text(context.lang)) + " "
    }

    private static func countsText(_ context: RenderContext) -> String {
        let counts = context.state.counts
        var numbers = context.lang.pick("open \(counts.open) · mine \(counts.mine) · due soon \(counts.dueSoon) · overdue \(counts.overdue)",
                                        "在办 \(counts.open) · 我的 \(counts.mine) · 即将超时 \(counts.dueSoon) · 已超时 \(counts.overdue)")
        // Everyone sees what nobody has taken yet: anyone who may hold tickets can take it.
        if counts.needsOwner > 0 {
            numbers = context.lang.pick("needs owner \(counts.needsOwner) · ", "待认领 \(counts.needsOwner) · ") + numbers
        }
        // Deciding them is a supervisor's: theirs is the count that asks for work.
        if context.state.actor.role == .supervisor && counts.awaitingApproval > 0 {
            numbers += context.lang.pick(" · approvals \(counts.awaitingApproval)", " · 待审批 \(counts.awaitingApproval)")
        }
        // An early warning crossed is a supervisor's to look into (S shows which): first, so a
        // narrow terminal cuts the counts rather than it.
        let warnings = context.state.earlyWarnings.count
        if context.state.actor.role == .supervisor && warnings > 0 {
            numbers = context.lang.pick("! warnings \(warnings) · ", "! 预警 \(warnings) · ") + numbers
        }
        return " \(context.state.ascii ? "|" : "│") \(numbers) "
    }

    /// `message`: what the status row says left of the counts, when it is not the state's own
    /// message (the rest of a long one that began on the hint row); empty for who is working.
    private static func renderStatus(_ context: RenderContext, status: Rect, into buffer: inout ScreenBuffer, message: String? = nil) {
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
        let who = state.actor.name + lang.pick(" (\(state.actor.role.english))", "（\(state.actor.role.chinese)）")
        // The counts keep their place at the right; the message (or, with none, who is working)
        // takes what is left and is cut to fit.
        let right = countsText(context)
        let deskStatus = deskStatusText(context)
        let rightWidth = min(status.width, DisplayWidth.of(deskStatus + right))
        let room = status.width - rightWidth
        let shown = message.map { $0.isEmpty ? nil : $0 } ?? state.message
        if room > 1 {
            let left = shown ?? who
            let style = shown == nil ? Style(.statusBar, bold: true)
                                     : Style(state.messageIsError ? .statusError : .statusMessage, bold: state.messageIsError)
            buffer.write(" " + cut(left, to: room - 2, ellipsis: context.ellipsis) + " ", x: status.x, y: status.y, style: style, limit: room)
        }
        let statusWidth = buffer.write(deskStatus, x: status.x + room, y: status.y, style: Style(.statusError, bold: true), limit: rightWidth)
        buffer.write(right, x: status.x + room + statusWidth, y: status.y, style: Style(.statusBar, bold: true), limit: rightWidth - statusWidth)
    }

    /// Text cut to `width` cells on a grapheme boundary, with an ellipsis when cut. Only as much
    /// as can show is made safe and measured: a message may quote a pasted megabyte.
    static func cut(_ text: String, to width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let end = text.index(text.startIndex, offsetBy: 4 * width + 16, limitedBy: text.endIndex) ?? text.endIndex
        let safe = SafeText.line(String(text[..<end]))
        if end == text.endIndex || DisplayWidth.of(safe) > width { return DisplayWidth.truncate(safe, to: width, ellipsis: ellipsis) }
        return DisplayWidth.truncate(safe, to: width - DisplayWidth.of(ellipsis), ellipsis: "") + ellipsis
    }
}
