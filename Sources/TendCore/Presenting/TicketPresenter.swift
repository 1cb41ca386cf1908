import Foundation

/// A ticket as people read it: the same lines, in the same order and words, for `tend show` and
/// the console's ticket pane. Each front end only lays them out (aligned labels on the command
/// line; wrapped, coloured rows in the pane). Text here is raw: each front end makes it safe for
/// its terminal.
public struct TicketPresenter: Sendable {
    /// One line: a labelled field, or a line of its own kind.
    public struct Line: Sendable, Equatable {
        public let label: String?
        public let value: String
        public let kind: Kind
    }

    public enum Kind: Sendable, Equatable {
        /// A customer to serve first.
        case priority
        /// Grade, stage and the time left on the running clock.
        case summary(Grade)
        /// The customer's mood, when not calm.
        case mood
        /// The running clock, in the state it is in.
        case clock(SLAState)
        case field
        /// The contact, masked unless revealed; `revealable` when this viewer may reveal it.
        case contact(revealable: Bool)
        /// What the customer said happened.
        case description
    }

    public let policy: Policy
    public let viewer: StaffMember
    public let now: Date
    public let lang: Language
    /// Whether the full contact is shown (revealed, which was logged).
    public var revealed = false
    /// Training material (a trainee, the case library): the case without the person's contact.
    public var forTraining = false
    /// The customer's other complaints (`CustomerHistory`), newest first.
    public var others: [CustomerHistory.Match] = []

    public init(policy: Policy, viewer: StaffMember, now: Date, lang: Language) {
        self.policy = policy
        self.viewer = viewer
        self.now = now
        self.lang = lang
        forTraining = !Workflow.seesContacts(viewer.role)
    }

    /// "What happened", "Timeline": the headings both front ends use.
    public var descriptionHeading: String { lang.pick("What happened", "投诉内容") }
    public var timelineHeading: String { lang.pick("Timeline", "处理记录") }

    /// Everything about the ticket but its timeline, in reading order: what happened comes after
    /// who and when, before what was found and done.
    public func lines(_ ticket: Ticket) -> [Line] {
        var out: [Line] = []
        func add(_ en: String, _ zh: String, _ value: String?, _ kind: Kind = .field) {
            guard let value, !value.isEmpty else { return }
            out.append(Line(label: lang.pick(en, zh), value: value, kind: kind))
        }
        let customer = ticket.customer
        if ticket.intake.isPriority {
            let needs = customer.needs.isEmpty ? "" : " · " + customer.needs.sorted().map { $0.name(lang) }.joined(separator: lang.pick(", ", "、"))
            let note = customer.specialNeedsNote.isEmpty ? "" : " — " + customer.specialNeedsNote
            out.append(Line(label: nil, value: "★ " + lang.pick("PRIORITY CUSTOMER: serve first", "特殊群体客户：优先处理") + needs + note, kind: .priority))
        }
        let table = SLATable(policy)
        let sla = table.status(of: ticket, at: now)
        out.append(Line(label: nil, value: [ticket.grade.name(lang), ticket.stage.name(lang), sla?.markedTimeLeft(lang) ?? "—"].joined(separator: " · "),
                        kind: .summary(ticket.grade)))
        if ticket.anger != .calm { add("Mood", "客户情绪", ticket.anger.name(lang) + (ticket.anger == .angry ? " !" : ""), .mood) }
        if let sla {
            add("Due", "截止", "\(clockName(sla.clock)) \(TimeText.local(sla.due)) — \(sla.state.name(lang))", .clock(sla.state))
            if let pause = ticket.runningPause {
                add("Paused", "暂停计时", "\(pause.reason.name(lang)) \(lang.pick("since", "自")) \(TimeText.local(pause.from))", .clock(.onTime))
            }
            let ladder = table.ladder(of: ticket, at: now)
            if !ladder.isEmpty { add("Warnings", "预警", ladderText(ladder, ticket), .clock(sla.state)) }
        }
        if !ticket.breaches.isEmpty {
            add("Ran late", "曾超时", ticket.breaches.map { lang.pick("\($0.clock.english) (due \(TimeText.local($0.due)))", "\($0.clock.chinese)（应于 \(TimeText.local($0.due))）") }
                .joined(separator: lang.pick("; ", "；")), .clock(.overdue))
        }
        add("Customer", "客户", customer.name)
        add("Contact", "联系方式", contact(ticket), .contact(revealable: !revealed && !forTraining && mayReadContact(ticket)))
        add("Pet", "宠物", [ticket.pet.name, ticket.pet.species, ticket.pet.breed].filter { !$0.isEmpty }.joined(separator: " · "))
        if ticket.harm != .none { add("Harm", "宠物受损", ticket.harm.name(lang)) }
        add("Service", "服务", ticket.intake.service.name(lang) + (ticket.intake.branch.isEmpty ? "" : " @ \(ticket.intake.branch)"))
        add("Served by", "服务人员", ticket.intake.servedBy.isEmpty ? nil : ticket.intake.servedBy)
        add("Channel", "渠道", ticket.intake.channel.name(lang))
        add("Cause", "成因", ticket.cause?.name(lang))
        add("Assignee", "负责人", ticket.assignee ?? lang.pick("(unassigned)", "（未分配）"))
        if !ticket.routedTo.isEmpty { add("Sent to", "已派送", ticket.routedTo.joined(separator: lang.pick(", ", "、"))) }
        add("Received", "受理", TimeText.local(ticket.receivedAt))
        add("Happened", "发生时间", ticket.intake.occurredAt.map(TimeText.local))
        add("Promised", "承诺答复", ticket.eta.map(TimeText.local))
        out.append(Line(label: descriptionHeading, value: ticket.intake.description, kind: .description))
        add("Findings", "调查结论", ticket.findings)
        if let resolution = ticket.resolution {
            var text = resolution.remediesText(lang)
            if resolution.remedies.count > 1, let amount = resolution.amount { text += " = \(amount.formatted)" }
            text += lang.pick(": ", "：") + resolution.details
            switch resolution.approval {
            case .notNeeded: break
            case .pending: text += lang.pick(" [awaiting approval]", " [待审批]")
            case .approved(let by, _, let comment):
                text += lang.pick(" [approved by \(by)", " [\(by) 已批准") + (comment.isEmpty ? "" : lang.pick(": ", "：") + comment) + "]"
            case .rejected(let by, _, let comment):
                text += lang.pick(" [rejected by \(by): \(comment) — propose another]", " [\(by) 已驳回：\(comment)——请另提方案]")
            }
            add("Resolution", "处理方案", text)
            if let pending = PendingApproval(ticket, policy: policy) { add("Approval", "审批", pending.summary(lang)) }
        }
        if !ticket.grants.isEmpty {
            let total = Money(minorUnits: ticket.grantedTotal, currency: policy.currency).formatted
            add("Granted", "已给予", lang.pick("\(total) in all: ", "共 \(total)：") + ticket.grants.map(grantText).joined(separator: lang.pick("; ", "；")))
        }
        for (index, promise) in ticket.promises.enumerated() {
            let state = promise.isKept
                ? lang.pick("done ✓ \(promise.keptBy ?? "") \(promise.keptAt.map(TimeText.local) ?? "")", "已兑现 ✓ \(promise.keptBy ?? "") \(promise.keptAt.map(TimeText.local) ?? "")")
                    + (promise.keptNote.isEmpty ? "" : " — " + promise.keptNote)
                : promise.due < now ? lang.pick("NOT KEPT, was due", "未兑现，已逾期") : lang.pick("due", "待兑现")
            add("Promise \(index + 1)", "承诺 \(index + 1)", "\(promise.remedy.text(lang)) \(lang.pick("by", "期限")) \(TimeText.local(promise.due)) — \(state)",
                promise.isKept ? .field : .clock(promise.due < now ? .overdue : .onTime))
        }
        if ticket.stage == .followUp {
            let calls = ticket.calls.map(TimeText.local).joined(separator: lang.pick(", ", "、"))
            add("Calls", "回访", calls.isEmpty ? nil : calls)
            if let recorded = ticket.recordedScore {
                let waits = mayCloseNote(ticket)
                add("Score", "已记录满意度", "\(recorded.score)/5" + (recorded.comment.isEmpty ? "" : " — \(recorded.comment)") + waits)
            }
        }
        if let satisfaction = ticket.satisfaction {
            add("Satisfaction", "满意度", "\(satisfaction.score)/5" + (satisfaction.comment.isEmpty ? "" : " — \(satisfaction.comment)"))
        }
        if ticket.failedFollowUps > 0 { add("Failed calls", "回访失败", "\(ticket.failedFollowUps)") }
        if !ticket.related.isEmpty { add("Related", "关联", ticket.related.map(\.description).joined(separator: ", ")) }
        if !others.isEmpty {
            let recent = others.filter { now.timeIntervalSince($0.receivedAt) <= 30 * 86400 }.count
            let count = lang.pick("\(others.count) in all, \(recent) in 30 days: ", "共 \(others.count) 次，30 天内 \(recent) 次：")
            add("Other complaints", "该客户其他投诉", count + others.prefix(8).map { match in
                "\(match.ticket) \(TimeText.local(match.receivedAt).prefix(10))" + (match.sameBranch ? lang.pick(" same branch", " 同门店") : "")
                    + (match.sameStaff ? " " + CustomerHistory.sameStaffWords(ticket.intake.service, lang) : "")
            }.joined(separator: lang.pick("; ", "；")))
        }
        for mediation in ticket.mediations {
            add("Mediation", "调解", MediationText.summary(mediation, lang, now: now),
                mediation.isOpen && (mediation.next.map { $0 < now } ?? false) ? .clock(.overdue) : .field)
        }
        for (index, item) in ticket.evidence.enumerated() {
            add("Evidence \(index + 1)", "证据 \(index + 1)", EvidenceText.line(item, lang))
        }
        return out
    }

    /// What a recorded score waits for before the case closes.
    private func mayCloseNote(_ ticket: Ticket) -> String {
        if !ticket.calls.isEmpty { return lang.pick(" (another call is due)", "（还有一次回访）") }
        if !ticket.openPromises.isEmpty { return lang.pick(" (waits for the promises)", "（待承诺兑现后结案）") }
        if StageSpec.of(.followUp).needsSupervisor(for: ticket.grade) { return lang.pick(" (a supervisor closes)", "（待主管结案）") }
        return ""
    }

    /// One line per timeline entry, oldest first: when, who, and what happened.
    public func timeline(_ ticket: Ticket) -> [(at: String, actor: String, text: String, isNote: Bool)] {
        ticket.timeline.map { entry in
            let isNote = if case .noteAdded = entry.event { true } else { false }
            return (TimeText.local(entry.at), entry.actor, TimelineText.sentence(entry.event, lang, petDied: ticket.harm == .died), isNote)
        }
    }

    /// The contact as this viewer may see it: whole once revealed, removed from training
    /// material, masked otherwise.
    func contact(_ ticket: Ticket) -> String {
        if forTraining { return lang.pick("(removed for training)", "（培训用途，已隐去）") }
        return revealed ? ticket.customer.contact : Masking.contact(ticket.customer.contact)
    }

    /// The core's rule, not a copy of it: see `Workflow.mayReadContact`.
    func mayReadContact(_ ticket: Ticket) -> Bool {
        Workflow(policy: policy, actor: viewer, now: now).mayReadContact(ticket)
    }

    /// The escalation ladder on the running clock: each rung's share, when it is reached, whom it
    /// tells, and ✓ once it was recorded: "50% 10:15 assignee ✓ · 80% 10:24 assignee · …".
    private func ladderText(_ ladder: [LadderStep], _ ticket: Ticket) -> String {
        ladder.map { rung in
            let told = ticket.escalations.contains(rung.escalation)
            let time = TimeText.local(rung.at)
            // The time alone on the day it is shown; a rung on another day keeps its date.
            let sameDay = time.prefix(10) == TimeText.local(now).prefix(10)
            let clockTime = sameDay ? time.split(separator: " ").last.map(String.init) ?? time : time
            return "\(rung.step.percent)% \(clockTime) \(rung.step.tell.name(lang))" + (told ? " ✓" : "")
        }.joined(separator: " · ")
    }

    private func clockName(_ clock: SLAClock) -> String {
        switch clock {
        case .answer: lang.pick("first answer", "首次答复")
        case .resolve: lang.pick("resolution", "处理完成")
        case .followUp: lang.pick("follow-up call", "回访")
        }
    }

    /// "voucher ¥150.00 (li.hua, 2026-11-20 17:00, approved by zhao.min)".
    func grantText(_ grant: Resolution) -> String {
        var who = [grant.proposedBy, TimeText.local(grant.proposedAt)]
        if case .approved(let by, _, _) = grant.approval { who.append(lang.pick("approved by \(by)", "\(by) 已批准")) }
        return grant.remediesText(lang) + lang.pick(" (", "（")
            + who.joined(separator: lang.pick(", ", "，")) + lang.pick(")", "）")
    }
}
