import TendCore
import TendTerminal

/// The queue: one row per ticket, most urgent first. Only the rows on screen are drawn, so a
/// million-ticket queue costs the same per frame as a short one.
enum QueuePane {
    private struct Column {
        let title: String
        let width: Int
        let value: (Ticket, SLAStatus?) -> (String, Style)
    }

    /// The first row to show so that the selection stays visible, moving as little as possible.
    static func top(selected: Int, previousTop: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var top = previousTop
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        return max(0, min(top, max(0, count - rows)))
    }

    static func render(_ context: RenderContext, in rect: Rect, into buffer: inout ScreenBuffer) {
        let state = context.state
        let lang = context.lang
        var badges: [String] = []
        if state.filter.assignee != nil { badges.append(lang.pick("mine", "我的")) }
        if state.filter.unassigned { badges.append(lang.pick("unassigned", "未分配")) }
        if state.filter.overdueOnly { badges.append(lang.pick("overdue", "超时")) }
        if state.filter.dueSoonOnly { badges.append(lang.pick("due soon", "即将超时")) }
        if !state.caseLibrary { badges += state.filter.stages.map { $0.name(lang) } }
        badges += state.filter.grades.map { $0.name(lang) } + state.filter.services.map { $0.name(lang) }
        let filterText = badges.isEmpty ? "" : " · " + badges.joined(separator: ", ")
        let focused = state.focus == .queue && !state.showingHelp
        let name = state.drill.map { lang.pick("Statistics: ", "统计：") + $0 + " ·" } ?? (state.caseLibrary ? lang.pick("Case library", "案例库")
            : state.approvalsView ? lang.pick("Approvals", "待审批") : state.callsView ? lang.pick("Calls due", "待回访") : lang.pick("Queue", "队列"))
        Box.draw(&buffer, rect, title: name + " \(state.queue.count)\(filterText)", focused: focused, ascii: state.ascii)
        let inner = rect.inner
        guard inner.height >= 2, inner.width > 10 else { return }
        let columns = layout(width: inner.width, lang: lang, context: context)
        var x = inner.x
        for column in columns {
            buffer.write(fitting: column.title, x: x, y: inner.y, width: column.width, style: Style(.header, bold: true), ellipsis: context.ellipsis)
            x += column.width + 1
        }
        let rows = inner.height - 1
        guard !state.queue.isEmpty else {
            let empty = state.approvalsView ? lang.pick("Nothing is waiting for approval. $ returns to the queue.", "没有待审批的处理方案。按 $ 返回队列。")
                : state.callsView ? lang.pick("No follow-up calls to make. C returns to the queue.", "没有待打的回访电话。按 C 返回队列。")
                : lang.pick("No tickets here. Press 0 to clear filters.", "没有工单。按 0 清除筛选。")
            buffer.write(empty, x: inner.x, y: inner.y + 1, style: Style(.dim))
            return
        }
        // The run loop scrolled for the unzoomed queue; a zoomed one shows more rows, so its top
        // is checked again against the rows it really has.
        let top = top(selected: state.selected, previousTop: state.queueTop, rows: rows, count: state.queue.count)
        for row in 0..<rows {
            let index = top + row
            guard index < state.queue.count, let ticket = context.desk.ticket(state.queue[index]) else { break }
            let y = inner.y + 1 + row
            let status = context.sla.status(of: ticket, at: state.now)
            let isSelected = index == state.selected
            var x = inner.x
            for column in columns {
                let (text, style) = column.value(ticket, status)
                buffer.write(fitting: text, x: x, y: y, width: column.width, style: style, ellipsis: context.ellipsis)
                x += column.width + 1
            }
            if isSelected {
                buffer.setStyle(Rect(x: inner.x, y: y, width: inner.width, height: 1),
                                style: Style(focused ? .selection : .selectionUnfocused, bold: true, reverse: focused))
            }
        }
    }

    /// The approvals list: what deciding each needs, in one row. How much, who proposed it and
    /// their own limit, the ticket's total with it, what (where there is room), and why (the rest
    /// of the row). The grade is the ticket pane's first line, and the list is in grade order. The
    /// amounts and logins are as wide as the longest in the list, never cut.
    private static func approvalColumns(width: Int, lang: Language, context: RenderContext) -> [Column] {
        // Worked out once a frame for the list (the first 500 are enough to size the columns),
        // not once for every cell of every row.
        let shown = context.state.queue.prefix(500).compactMap { context.desk.ticket($0).flatMap { PendingApproval($0, policy: context.policy) } }
        let byTicket = Dictionary(shown.map { ($0.ticket, $0) }, uniquingKeysWith: { first, _ in first })
        func pending(_ ticket: Ticket) -> PendingApproval? { byTicket[ticket.id] ?? PendingApproval(ticket, policy: context.policy) }
        func widest(_ title: String, _ cell: (PendingApproval) -> String) -> Int {
            shown.map { DisplayWidth.of(cell($0)) }.reduce(DisplayWidth.of(title), max)
        }
        let titles = (amount: lang.pick("AMOUNT", "金额"), kind: lang.pick("KIND", "方案"), by: lang.pick("BY", "提出人"),
                      total: lang.pick("TOTAL", "合计"), limit: lang.pick("LIMIT", "其权限"))
        var columns = [
            Column(title: titles.amount, width: widest(titles.amount) { $0.amount?.formatted ?? "—" }) { ticket, _ in
                (pending(ticket)?.amount?.formatted ?? "—", Style(.normal, bold: true))
            },
            Column(title: titles.by, width: min(16, widest(titles.by) { $0.proposedBy })) { ticket, _ in (pending(ticket)?.proposedBy ?? "", .normal) },
            Column(title: titles.limit, width: widest(titles.limit) { $0.proposerCeiling.formatted }) { ticket, _ in
                (pending(ticket)?.proposerCeiling.formatted ?? "", Style(.dim))
            },
            Column(title: titles.total, width: widest(titles.total) { $0.totalWithIt.formatted }) { ticket, _ in
                (pending(ticket)?.totalWithIt.formatted ?? "", .normal)
            },
        ]
        let optional = [
            Column(title: titles.kind, width: min(lang == .zh ? 8 : 12, widest(titles.kind) { $0.kind.name(lang) })) { ticket, _ in
                // The main remedy, and how many more the resolution combines.
                (pending(ticket).map { $0.kind.name(lang) + ($0.kinds.count > 1 ? " +\($0.kinds.count - 1)" : "") } ?? "", .normal)
            },
        ]
        var room = width - columns.reduce(0) { $0 + $1.width + 1 } - 11   // why needs at least 10 cells
        for column in optional where room >= column.width + 1 {
            columns.append(column)
            room -= column.width + 1
        }
        columns.append(Column(title: lang.pick("WHY", "理由"), width: 10 + max(0, room)) { ticket, _ in (pending(ticket)?.details ?? "", .normal) })
        return columns
    }

    /// The calls-due list: when the next call is due (late in red), which call it is, the
    /// customer, the number to call (in full only to whoever may see it), who calls.
    private static func callColumns(width: Int, lang: Language, context: RenderContext) -> [Column] {
        let now = context.state.now
        let workflow = Workflow(policy: context.policy, actor: context.state.actor, now: now)
        let today = TimeText.local(now).prefix(10)
        func when(_ ticket: Ticket) -> (String, Style) {
            guard let at = ticket.nextCall else { return (lang.pick("to close", "待结案"), Style(.dim)) }
            let text = TimeText.local(at)
            let shown = text.prefix(10) == today ? String(text.suffix(5)) : String(text.dropFirst(5))
            return (shown, at < now ? Style(.slaOverdue, bold: true) : .normal)
        }
        var columns = [
            Column(title: lang.pick("CALL AT", "回访时间"), width: 11) { ticket, _ in when(ticket) },
            Column(title: lang.pick("#", "次"), width: 3) { ticket, _ in
                let left = ticket.calls.count
                return (left > 1 ? "1/\(left)" : left == 1 ? "1" : "—", .normal)
            },
            Column(title: lang.pick("TRY", "尝试"), width: lang == .zh ? 4 : 3) { ticket, _ in
                ("\(ticket.failedFollowUps + 1)/\(context.policy.followUpAttempts)", ticket.failedFollowUps > 0 ? Style(.slaDueSoon) : .normal)
            },
        ]
        let number = Column(title: lang.pick("NUMBER", "号码"), width: 18) { ticket, _ in
            let full = workflow.mayReadContact(ticket) && Workflow.seesContacts(context.state.actor.role)
            return (full ? ticket.customer.contact : Masking.contact(ticket.customer.contact), .normal)
        }
        let who = Column(title: lang.pick("WHO", "负责人"), width: 11) { ticket, _ in (ticket.assignee ?? "—", Style(ticket.assignee == nil ? .dim : .normal)) }
        var room = width - columns.reduce(0) { $0 + $1.width + 1 } - 9
        for column in [number, who] where room >= column.width + 1 {
            columns.append(column)
            room -= column.width + 1
        }
        columns.append(Column(title: lang.pick("CUSTOMER", "客户"), width: 8 + max(0, room)) { ticket, _ in (ticket.customer.name, .normal) })
        return columns
    }

    /// A resolution's approval at a glance, while the ticket is in resolving: `$` waiting for a
    /// supervisor, ✓ approved (the handler moves on with it), ✗ rejected (the handler proposes
    /// another).
    static func approvalMark(_ ticket: Ticket, ascii: Bool) -> (String, Style)? {
        guard ticket.stage == .resolving, let approval = ticket.resolution?.approval else { return nil }
        switch approval {
        case .pending: return ("$", Style(.slaDueSoon, bold: true))
        case .approved: return (ascii ? "+" : "✓", Style(.stageOpen, bold: true))
        case .rejected: return (ascii ? "x" : "✗", Style(.slaOverdue, bold: true))
        case .notNeeded: return nil
        }
    }

    /// Wide enough for every ticket's ID, never cut: numbers only grow, so the last ticket taken
    /// in has the widest.
    static func idWidth(widest: TicketID?) -> Int {
        max(DisplayWidth.of("ID"), DisplayWidth.of(widest?.description ?? ""))
    }

    /// Fixed columns first; customer takes what is left; pet, service and assignee only when
    /// there is room for them.
    private static func layout(width: Int, lang: Language, context: RenderContext) -> [Column] {
        var columns: [Column] = [
            // The lane, an approval or overdue; then a priority customer's star, kept beside any
            // of them (a priority customer's critical complaint nobody owns shows both).
            Column(title: "", width: 2) { ticket, status in
                let star = ticket.intake.isPriority ? (context.state.ascii ? "*" : "★") : " "
                if ticket.needsOwner { return ((context.state.ascii ? "#" : "◆") + star, Style(.slaOverdue, bold: true)) }
                if let mark = approvalMark(ticket, ascii: context.state.ascii) { return (mark.0 + star, mark.1) }
                if status?.state == .overdue { return ("!" + star, Style(.slaOverdue, bold: true)) }
                return (" " + star, star == " " ? .normal : Style(.priority, bold: true))
            },
        ]
        if !context.state.others.isEmpty {
            // On a team's desk: @ where someone else has the ticket open, bold while they type on it.
            columns.append(Column(title: "", width: 1) { ticket, _ in
                let here = context.state.others(on: ticket.id)
                guard !here.isEmpty else { return (" ", .normal) }
                return ("@", Style(.slaDueSoon, bold: here.contains { $0.typing }))
            })
        }
        let idColumn = Column(title: lang.pick("ID", "编号"), width: max(DisplayWidth.of(lang.pick("ID", "编号")), idWidth(widest: context.desk.tickets.last?.id))) { ticket, _ in (ticket.id.description, .normal) }
        if context.state.callsView { return columns + [idColumn] + callColumns(width: width - columns.reduce(0) { $0 + $1.width + 1 } - idColumn.width - 1, lang: lang, context: context) }
        if context.state.approvalsView { return columns + [idColumn] + approvalColumns(width: width - columns.reduce(0) { $0 + $1.width + 1 } - idColumn.width - 1, lang: lang, context: context) }
        columns += [
            idColumn,
            Column(title: lang.pick("GRADE", "等级"), width: lang == .zh ? 4 : 11) { ticket, _ in
                (ticket.grade.name(lang), context.gradeStyle(ticket.grade))
            },
            Column(title: lang.pick("STAGE", "阶段"), width: lang == .zh ? 10 : 13) { ticket, _ in
                (ticket.stage.name(lang), Style(ticket.isOpen ? .stageOpen : .stageClosed))
            },
            Column(title: lang.pick("LEFT", "剩余"), width: lang == .zh ? 10 : 8) { _, status in (context.slaText(status), context.slaStyle(status)) },
        ] as [Column]
        let fixed = columns.reduce(0) { $0 + $1.width + 1 }
        var optional: [Column] = [
            Column(title: lang.pick("PET", "宠物"), width: 8) { ticket, _ in (ticket.pet.name, .normal) },
            Column(title: lang.pick("SERVICE", "服务"), width: lang == .zh ? 4 : 9) { ticket, _ in (ticket.intake.service.name(lang), .normal) },
            Column(title: lang.pick("ASSIGNEE", "负责人"), width: 11) { ticket, _ in (ticket.assignee ?? "—", Style(ticket.assignee == nil ? .dim : .normal)) },
        ]
        var room = width - fixed - 9   // the customer column needs at least 8 cells
        var kept: [Column] = []
        for column in optional where room >= column.width + 1 {
            kept.append(column)
            room -= column.width + 1
        }
        optional = kept
        let customerWidth = min(18, 8 + room)
        columns.append(Column(title: lang.pick("CUSTOMER", "客户"), width: customerWidth) { ticket, _ in (ticket.customer.name, .normal) })
        return columns + optional
    }
}
