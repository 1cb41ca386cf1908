import TendCore

/// The after-sales terms beside a ticket: `K` shows them, `Ctrl-O` from a resolving form too;
/// Enter cites the selected clause into the resolution's details.
extension ConsoleReducer {
    static func terms(_ command: ConsoleCommand, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        switch command {
        case .terms: openTerms(&state, env)
        case .closeTerms:
            if case .terms(_, let below) = state.modal { state.modal = below }
        case .citeClause: return cite(&state, env)
        default: break
        }
        return []
    }

    /// The field a citation goes into.
    static let citedInto = GateField.details.rawValue

    private static func openTerms(_ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        let lang = state.lang
        guard !state.terms.clauses.isEmpty else {
            state.say(state.termsProblem ?? lang.pick("No after-sales terms to show (terms.toml has none).", "没有可显示的售后条款（terms.toml 中没有条款）。"),
                      error: true)
            return
        }
        let id: TicketID
        if let form = state.form {
            // From a form: only one with the details a citation goes into.
            guard case .advance(let ticket) = form.purpose, form.fields.contains(where: { $0.id == citedInto }) else {
                state.say(lang.pick("A clause is cited into a resolution's details: open the terms from the resolving form, or with K on the ticket.",
                                    "条款引用到处理方案说明中：请在“处理中”阶段的表单里，或在工单上按 K 打开售后条款。"), error: true)
                return
            }
            id = ticket
        } else {
            guard let selected = state.selectedID else {
                state.say(lang.pick("No ticket selected.", "未选中工单。"), error: true)
                return
            }
            id = selected
        }
        guard let ticket = env.desk.ticket(id) else { return }
        state.modal = .terms(TermsPicker(ticket: id, service: ticket.intake.service, terms: state.terms), over: state.modal)
    }

    /// Into the open resolving form's details; from the ticket, into the form `a` opens when the
    /// ticket is in resolving; at any other stage nothing changes, and the status row says why.
    private static func cite(_ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard case .terms(let picker, let below) = state.modal, let clause = picker.clause else { return [] }
        let lang = state.lang
        let citation = clause.citation(lang)
        if case .form(var form)? = below {
            state.modal = append(citation, to: &form) ? .form(form) : below
            state.say(lang.pick("\(clause.id) cited into Details.", "已将 \(clause.id) 引用到方案说明。"))
            return []
        }
        guard let ticket = env.desk.ticket(picker.ticket), ticket.stage == .resolving else {
            let stage = env.desk.ticket(picker.ticket)?.stage.name(lang) ?? ""
            state.say(lang.pick("A clause is cited into a resolution's details; \(picker.ticket) is in \(stage), so nothing was changed.",
                                "条款引用到处理方案说明中；\(picker.ticket) 目前在“\(stage)”阶段，未做任何更改。"))
            return []
        }
        guard state.selectedID == picker.ticket else {
            state.say(lang.pick("\(picker.ticket) is no longer selected in the queue; nothing was changed.", "队列中已不再选中 \(picker.ticket)，未做任何更改。"),
                      error: true)
            return []
        }
        // As `a` would: the core says first whether this user may advance it at all.
        state.modal = nil
        let effects = TicketActions.start(.advance, &state, env)
        guard case .form(var form)? = state.modal, form.purpose == .advance(picker.ticket) else {
            // Refused (the reason is on the status row): the terms stay open to read.
            if state.modal == nil { state.modal = .terms(picker, over: nil) }
            return effects
        }
        if append(citation, to: &form) { state.modal = .form(form) }
        state.say(lang.pick("\(clause.id) cited into Details.", "已将 \(clause.id) 引用到方案说明。"))
        return effects
    }

    /// Adds the citation on a line of its own after what the details already say, and puts the
    /// caret there; false when the form has no details.
    private static func append(_ citation: String, to form: inout Form) -> Bool {
        guard let index = form.fields.firstIndex(where: { $0.id == citedInto }) else { return false }
        var text = form.fields[index].input.text
        while let last = text.last, last.isWhitespace { text.removeLast() }
        form.fields[index].input.set(text.isEmpty ? citation : text + "\n" + citation)
        form.focus = index
        form.edited = true
        form.error = nil
        return true
    }
}
