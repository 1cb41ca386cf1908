import TendCore
import TendTerminal

/// The selected ticket: every field, its SLA clock, resolution and satisfaction, then notes and
/// the timeline, scrollable. The contact is masked unless revealed (which is logged).
enum TicketPane {
    struct Line {
        var text: String
        var style: Style
    }

    static func render(_ context: RenderContext, in rect: Rect, into buffer: inout ScreenBuffer) {
        let state = context.state
        let focused = state.focus == .ticket && !state.showingHelp
        let ticket = context.selectedTicket
        let title = context.lang.pick("Ticket", "详情") + (ticket.map { " \($0.id)" } ?? "")
        Box.draw(&buffer, rect, title: title, focused: focused, ascii: state.ascii)
        let inner = rect.inner
        guard let ticket, inner.width > 4, inner.height > 0 else { return }
        let lines = wrapped(ticket, context, width: inner.width)
        let scroll = min(state.ticketScroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            buffer.write(line.text, x: inner.x, y: inner.y + row, style: line.style, limit: inner.width)
        }
        if lines.count > inner.height {
            let marker = "\(scroll + 1)-\(min(lines.count, scroll + inner.height))/\(lines.count)"
            buffer.write(" \(marker) ", x: rect.maxX - DisplayWidth.of(marker) - 4, y: rect.maxY - 1, style: Style(.dim))
        }
    }

    /// How far the pane in `rect` can scroll: the run loop keeps the state's scroll within it, so
    /// a key back up moves at once after jumping to the end (G).
    static func scrollLimit(_ context: RenderContext, in rect: Rect) -> Int {
        let inner = rect.inner
        guard let ticket = context.selectedTicket, inner.width > 4, inner.height > 0 else { return 0 }
        return max(0, wrapped(ticket, context, width: inner.width).count - inner.height)
    }

    private static func wrapped(_ ticket: Ticket, _ context: RenderContext, width: Int) -> [Line] {
        lines(ticket, context).flatMap { line in
            TextWrap.lines(line.text, width: width, ellipsis: context.ellipsis).map { Line(text: $0, style: line.style) }
        }
    }

    /// The presenter's lines (the ones `tend show` prints), styled for the pane; the timeline
    /// newest first.
    static func lines(_ ticket: Ticket, _ context: RenderContext) -> [Line] {
        let lang = context.lang
        let state = context.state
        var presenter = TicketPresenter(policy: context.policy, viewer: state.actor, now: state.now, lang: lang)
        presenter.revealed = state.revealed.contains(ticket.id)
        presenter.forTraining = presenter.forTraining || state.caseLibrary
        let colon = lang.pick(": ", "：")
        var out: [Line] = []
        // Once the index is built (on a thread of its own at start): a frame never keys the desk.
        presenter.others = context.desk.customers.matchesIfReady(for: ticket, on: context.desk) ?? []
        // Who else has it open goes right under the summary: on a long case it would otherwise
        // fall below the pane's fold, where nobody reads it before typing.
        let here = state.others(on: ticket.id)
        let presence: Line? = here.isEmpty ? nil : {
            let names = here.map { other -> String in
                let name = context.policy.member(other.login)?.name ?? other.login
                return other.typing ? name + lang.pick(" (typing a form)", "（正在填写表单）") : name
            }
            return Line(text: lang.pick("Also open by: ", "同时在看：") + names.joined(separator: lang.pick(", ", "、")),
                        style: Style(.slaDueSoon, bold: true))
        }()
        for line in presenter.lines(ticket) {
            switch line.kind {
            case .priority:
                out.append(Line(text: line.value, style: Style(.priority, bold: true, reverse: true)))
            case .summary(let grade):
                out.append(Line(text: line.value, style: Style(context.gradeStyle(grade).role, bold: true)))
                if let presence { out.append(presence) }
            case .description:
                out.append(Line(text: "", style: .normal))
                out.append(Line(text: line.value, style: Style(.normal, bold: true)))
                out.append(Line(text: "", style: .normal))
            case .mood:
                out.append(Line(text: (line.label ?? "") + colon + line.value, style: Style(.slaDueSoon, bold: true)))
            case .clock(let clock):
                out.append(Line(text: (line.label ?? "") + colon + line.value, style: context.slaStyle(clock)))
            case .contact(let revealable):
                let key = Keymap.key(for: .reveal) ?? "v"
                let hint = revealable ? lang.pick("  (\(key): reveal)", "（\(key) 查看）") : ""
                out.append(Line(text: (line.label ?? "") + colon + line.value + hint, style: .normal))
            case .field:
                out.append(Line(text: (line.label ?? "") + colon + line.value, style: .normal))
            }
        }
        if out.last?.text.isEmpty == false { out.append(Line(text: "", style: .normal)) }
        out.append(Line(text: presenter.timelineHeading, style: Style(.header, bold: true)))
        for entry in presenter.timeline(ticket).reversed() {
            out.append(Line(text: "\(entry.at) \(entry.actor): \(entry.text)", style: Style(entry.isNote ? .normal : .dim)))
        }
        return out
    }
}
