import Foundation
import TendCore

/// What a submitted form asks for: a change for the core to check and record (perhaps after a
/// yes/no question), or a new queue filter. Values that cannot be read (an amount that is not a
/// number) are refused here with a message naming the field; then the core's dry run
/// (`Workflow.check`) refuses what it would refuse, before any question is asked.
public enum FormSubmission: Equatable {
    case perform(Commit, confirm: Bilingual?)
    case applyFilter(TicketFilter)
    /// A note only its author reads, kept apart from the desk's record.
    case keepPrivate(ticket: TicketID, text: String)
    case refused(String)

    public static func of(_ form: Form, desk: Desk, policy: Policy, actor: StaffMember, lang: Language, now: Date,
                          filter: TicketFilter, coach: Coach, triage: Triage = Triage([])) -> FormSubmission {
        var submission = plain(form, desk: desk, policy: policy, lang: lang, now: now, filter: filter, triage: triage)
        if case .perform(let commit, _) = submission, let id = commit.ticket, desk.ticket(id) == nil {
            return .refused(StoreError.noSuchTicket(id.description).message(lang))
        }
        if case .perform(var commit, let question) = submission {
            commit.request = form.request
            commit.fromForm = true
            let events: [TicketEvent]
            do {
                events = try Workflow(policy: policy, actor: actor, now: now).check(commit.action, on: commit.ticket.flatMap(desk.ticket))
            } catch {
                return .refused(ConsoleTerms.describe(error, lang, role: actor.role))
            }
            // "Close T-…?" only when it will: a score recorded while another call is due, a
            // promise is open or a supervisor closes, or a low score passed on, closes nothing.
            var asked = question
            if case .advance(let fields) = commit.action, let id = commit.ticket, desk.ticket(id)?.stage == .followUp,
               !events.contains(where: { if case .closed = $0 { true } else { false } }) {
                asked = waiverQuestion(fields.waived)
            }
            submission = .perform(commit, confirm: asked)
        }
        // Words that go to the customer, or on their record, pass the phrasing coach first.
        guard case .perform(let action, let question) = submission, let text = coachedText(form) else { return submission }
        let findings = coach.check(text)
        guard !findings.isEmpty else { return submission }
        let top = findings.prefix(2)
        let ask = Bilingual(
            "The coach suggests: " + top.map { "“\($0.found)” — try: “\($0.rule.better)”" }.joined(separator: "; ") + ". Save it as written?",
            "话术提示：" + top.map { "“\($0.found)”——可以说：“\($0.rule.better)”" }.joined(separator: "；") + "。仍按原文保存吗？")
        return .perform(action, confirm: ask.merged(question))
    }

    /// "Not yet said at this stage: …. Move on anyway?"; nil when the checklist is complete.
    static func waiverQuestion(_ missing: [ChecklistItem]) -> Bilingual? {
        missing.isEmpty ? nil : Bilingual(
            "Not yet said at this stage: \(missing.map(\.english).joined(separator: ", ")). Move on anyway? (This is noted in the timeline.)",
            "本阶段尚未说到：\(missing.map(\.chinese).joined(separator: "、"))。仍要推进吗？（将记入处理记录）")
    }

    /// A moment typed in a field, or nil when it was left blank.
    static func optionalMoment(_ text: String, now: Date, name: String) throws(InputRefusal) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : try TimeText.readMoment(text, now: now, field: name).roundedToStore
    }

    /// The free text of a form that the coach reads.
    static func coachedText(_ form: Form) -> String? {
        switch form.purpose {
        case .note: form.trimmedValue("text")
        case .advance: form.trimmedValue("details") ?? form.trimmedValue("comment")
        default: nil
        }
    }

    private static func plain(_ form: Form, desk: Desk, policy: Policy, lang: Language, now: Date, filter: TicketFilter,
                              triage: Triage) -> FormSubmission {
        switch form.purpose {
        case .advance(let id): return advance(form, id, desk: desk, policy: policy, lang: lang, now: now)
        case .reassign(let id): return .perform(Commit(ticket: id, action: .assign(to: form.value("assignee"))), confirm: nil)
        case .grade(let id):
            guard let grade = Grade.parse(form.value("grade")) else { return .refused(lang.pick("Choose a grade.", "请选择等级。")) }
            return .perform(Commit(ticket: id, action: .grade(grade, reason: form.value("reason"))), confirm: nil)
        case .note(let id): return .perform(Commit(ticket: id, action: .note(form.value("text"))), confirm: nil)
        case .selfCare(let id): return .keepPrivate(ticket: id, text: form.value("text"))
        case .reopen(let id): return .perform(Commit(ticket: id, action: .reopen(reason: form.value("reason"))), confirm: nil)
        case .reject(let id): return .perform(Commit(ticket: id, action: .reject(comment: form.value("comment"))), confirm: nil)
        case .pause(let id):
            guard let reason = PauseReason.parse(form.value("reason")) else { return .refused(lang.pick("Choose what we wait for.", "请选择在等什么。")) }
            return .perform(Commit(ticket: id, action: .pause(reason)), confirm: nil)
        case .mediate(let id):
            guard let party = MediationParty.parse(form.value("party")) else { return .refused(lang.pick("Choose the mediator.", "请选择调解方。")) }
            let next: Date?
            do throws(InputRefusal) { next = try optionalMoment(form.value("next"), now: now, name: lang.pick("Next date", "下次日期")) } catch { return .refused(error.message(lang)) }
            let referral = MediationReferral(party: party, reference: form.value("reference"), reason: form.value("reason"),
                                             next: next, sent: form.value("sent"))
            return .perform(Commit(ticket: id, action: .mediate(referral)),
                            confirm: Bilingual("Hand \(id) to mediation by the \(party.english)?", "将 \(id) 转交\(party.chinese)调解？"))
        case .mediationNews(let id):
            let next: Date?
            do throws(InputRefusal) { next = try optionalMoment(form.value("next"), now: now, name: lang.pick("Next date", "下次日期")) } catch { return .refused(error.message(lang)) }
            let update = MediationUpdate(reference: form.value("reference"), next: next, sent: form.value("sent"), note: form.value("note"))
            return .perform(Commit(ticket: id, action: .mediation(update)), confirm: nil)
        case .intake: return intake(form, suggested: suggestion(form, triage).map(TriageRecord.init), lang: lang)
        case .filter:
            var next = filter
            next.stages = Set([Stage.parse(form.value("stage"))].compactMap { $0 })
            next.grades = Set([Grade.parse(form.value("grade"))].compactMap { $0 })
            next.services = Set([ServiceLine.parse(form.value("service"))].compactMap { $0 })
            return .applyFilter(next)
        }
    }

    private static func advance(_ form: Form, _ id: TicketID, desk: Desk, policy: Policy, lang: Language, now: Date) -> FormSubmission {
        guard let ticket = desk.ticket(id) else { return .refused(StoreError.noSuchTicket(id.description).message(lang)) }
        var fields = AdvanceFields()
        // The form holds the fields of the gate it was opened for. If the ticket has moved on since
        // (another terminal, or a draft brought back later), nothing is asked and nothing is read
        // as another gate's: the form says so at once.
        let stage = form.openedOn ?? ticket.stage
        guard stage == ticket.stage else {
            return .refused(WorkflowError.movedOn(expected: stage, actual: ticket.stage).message(lang)
                            + lang.pick(" Close this form with Esc, then press a for the form of its new stage.", " 按 Esc 关闭此表单，再按 a 打开新阶段的表单。"))
        }
        fields.from = stage
        let spec = StageSpec.of(stage)
        // The follow-up call: an attempt that did not get through, a flag, or the gate itself.
        switch form.value("result") {
        case FormBuilder.noAnswer where spec.attempt != nil:
            return .perform(Commit(ticket: id, action: .followUpFailed(note: form.value("comment"))), confirm: nil)
        case let flag where GateField(rawValue: flag)?.kind == .flag:
            fields.set(flag: GateField(rawValue: flag)!)
        default:
            break
        }
        // The fields the stage's declaration reads, each read by its kind; not those the chosen
        // flag stands instead of (a score typed before choosing "unreachable").
        let replaced = fields.given.compactMap { field -> GateField? in
            if case .instead(let other) = field.need { other } else { nil }
        }
        for field in spec.fields where field.kind != .flag && !replaced.contains(field) {
            do throws(InputRefusal) {
                try fields.set(field, text: form.value(field.rawValue), policy: policy, now: now, name: field.label.text(lang))
            } catch {
                return .refused(error.message(lang))
            }
        }
        // What the stage's checklist still lacks, counting what this form says (a promised time, a
        // score): the handler is warned, and passing it is recorded.
        let missing = Checklist.missing(ticket, doing: fields)
        fields.waived = missing
        let warning = waiverQuestion(missing)
        let close = Bilingual("Close \(id)? Only a reopen brings it back.", "结案 \(id)？结案后只能通过重开恢复。")
        let question = spec.next == .closed ? (fields.waived.isEmpty ? close : warning!.merged(close)) : warning
        return .perform(Commit(ticket: id, action: .advance(fields)), confirm: question)
    }

    /// What the complaint typed into an intake form suggests; nil before anything telling is typed.
    static func suggestion(_ form: Form, _ triage: Triage) -> TriageSuggestion? {
        guard form.purpose == .intake, let text = form.trimmedValue("description") else { return nil }
        let suggestion = triage.suggest(text)
        return suggestion.reasons.isEmpty ? nil : suggestion
    }

    private static func intake(_ form: Form, suggested: TriageRecord?, lang: Language) -> FormSubmission {
        let specialNote = form.value("special_needs_note").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let needs = SpecialNeed.parseList(form.value("special_needs")) else {
            return .refused(lang.pick("Special needs: \(SpecialNeed.identifiers) (any), yes, or empty.",
                                      "特殊需求：填\(SpecialNeed.ordered.map(\.chinese).joined(separator: "、"))（可多填）、是，或留空。"))
        }
        let intake = Intake(
            customer: Customer(name: form.value("customer").trimmingCharacters(in: .whitespacesAndNewlines),
                               contact: form.value("contact").trimmingCharacters(in: .whitespacesAndNewlines),
                               specialNeeds: needs.flagged || !specialNote.isEmpty, needs: needs.needs,
                               specialNeedsNote: specialNote),
            pet: Pet(name: form.value("pet").trimmingCharacters(in: .whitespaces), species: form.value("species").trimmingCharacters(in: .whitespaces)),
            service: ServiceLine.parse(form.value("service")) ?? .other,
            branch: form.value("branch").trimmingCharacters(in: .whitespaces),
            channel: Channel.parse(form.value("channel")) ?? .phone,
            description: form.value("description").trimmingCharacters(in: .whitespacesAndNewlines),
            grade: Grade.parse(form.value("grade")) ?? .general,
            cause: Cause.parse(form.value("cause")),
            servedBy: form.value("served_by").trimmingCharacters(in: .whitespaces))
        let judgement = IntakeJudgement(harm: Harm.parse(form.value("harm")) ?? .none, anger: Anger.parse(form.value("anger")) ?? .calm,
                                        suggested: suggested)
        return .perform(Commit(ticket: nil, action: .receive(intake, judgement)), confirm: nil)
    }
}

extension Bilingual {
    /// Two questions asked as one: this one, then `other`.
    func merged(_ other: Bilingual?) -> Bilingual {
        guard let other else { return self }
        return Bilingual(en + " " + other.en, zh + " " + other.zh)
    }
}
