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
        var lines: [Line] = []
        for line in self.lines(ticket, context) {
            for piece in TextWrap.lines(line.text, width: inner.width, ellipsis: context.ellipsis) {
                lines.append(Line(text: piece, style: line.style))
            }
        }
        let scroll = min(state.ticketScroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            buffer.write(line.text, x: inner.x, y: inner.y + row, style: line.style, limit: inner.width)
        }
        if lines.count > inner.height {
            let marker = "\(scroll + 1)-\(min(lines.count, scroll + inner.height))/\(lines.count)"
            buffer.write(" \(marker) ", x: rect.maxX - DisplayWidth.of(marker) - 4, y: rect.maxY - 1, style: Style(.dim))
        }
    }

    static func lines(_ ticket: Ticket, _ context: RenderContext) -> [Line] {
        let lang = context.lang
        let state = context.state
        var out: [Line] = []
        func field(_ en: String, _ zh: String, _ value: String?, _ style: Style = .normal) {
            guard let value, !value.isEmpty else { return }
            out.append(Line(text: "\(lang.pick(en, zh))\(lang.pick(": ", "："))\(value)", style: style))
        }
        let customer = ticket.customer
        if ticket.intake.isPriority {
            let note = customer.specialNeedsNote.isEmpty ? "" : " — " + customer.specialNeedsNote
            out.append(Line(text: "★ " + lang.pick("PRIORITY CUSTOMER: serve first", "特殊群体客户：优先处理") + note,
                            style: Style(.priority, bold: true, reverse: true)))
        }
        let status = context.sla.status(of: ticket, at: state.now)
        out.append(Line(text: "\(ticket.grade.name(lang)) · \(ticket.stage.name(lang)) · \(context.slaText(status))",
                        style: Style(context.gradeStyle(ticket.grade).role, bold: true)))
        if ticket.anger != .calm {
            field("Mood", "客户情绪", ticket.anger.name(lang) + (ticket.anger == .angry ? " !" : ""), Style(.slaDueSoon, bold: true))
        }
        if let status {
            field("Due", "截止", TimeText.local(status.due) + lang.pick(" (\(status.state.name(lang)))", "（\(status.state.name(lang))）"), context.slaStyle(status))
        }
        let mayRead = context.state.actor.role == .supervisor || ticket.assignee == context.state.actor.login
        let contact = state.revealed.contains(ticket.id) ? customer.contact : Masking.contact(customer.contact)
        field("Customer", "客户", customer.name)
        if state.actor.role == .trainee || state.caseLibrary {
            // Training material: the case without the person's contact details.
            field("Contact", "联系方式", lang.pick("(removed for training)", "（培训用途，已隐去）"))
        } else {
            field("Contact", "联系方式", contact + (state.revealed.contains(ticket.id) || !mayRead ? "" : lang.pick("  (v: reveal)", "（v 查看）")))
        }
        field("Pet", "宠物", [ticket.pet.name, ticket.pet.species, ticket.pet.breed].filter { !$0.isEmpty }.joined(separator: " · "))
        field("Service", "服务", ticket.intake.service.name(lang) + (ticket.intake.branch.isEmpty ? "" : " @ \(ticket.intake.branch)"))
        field("Channel", "渠道", ticket.intake.channel.name(lang))
        field("Cause", "成因", ticket.cause?.name(lang))
        field("Assignee", "负责人", ticket.assignee ?? lang.pick("(unassigned)", "（未分配）"))
        field("Received", "受理", TimeText.local(ticket.receivedAt))
        field("Promised", "承诺答复", ticket.eta.map(TimeText.local))
        out.append(Line(text: "", style: .normal))
        out.append(Line(text: ticket.intake.description, style: Style(.normal, bold: true)))
        field("Findings", "调查结论", ticket.findings)
        if let resolution = ticket.resolution {
            var text = resolution.kind.name(lang)
            if let amount = resolution.amount { text += " \(amount.formatted)" }
            text += lang.pick(": ", "：") + resolution.details
            if resolution.approval == .pending { text += lang.pick(" [awaiting approval]", " [待审批]") }
            field("Resolution", "处理方案", text)
        }
        if let satisfaction = ticket.satisfaction {
            field("Satisfaction", "满意度", "\(satisfaction.score)/5 \(satisfaction.comment)")
        }
        if !ticket.related.isEmpty { field("Related", "关联", ticket.related.map(\.description).joined(separator: ", ")) }
        out.append(Line(text: "", style: .normal))
        out.append(Line(text: lang.pick("Timeline", "处理记录"), style: Style(.header, bold: true)))
        for entry in ticket.timeline.reversed() {
            out.append(Line(text: "\(TimeText.local(entry.at)) \(entry.actor): \(TimelineText.sentence(entry.event, lang))",
                            style: Style(entry.event.isNote ? .normal : .dim)))
        }
        return out
    }
}

extension TicketEvent {
    var isNote: Bool { if case .noteAdded = self { true } else { false } }
}
