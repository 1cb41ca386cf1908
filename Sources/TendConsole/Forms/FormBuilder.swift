import Foundation
import TendCore

/// Builds each form with exactly the fields its gate or action needs, filled with what the
/// ticket already knows.
public struct FormBuilder {
    let desk: Desk
    let policy: Policy
    let actor: StaffMember

    /// The language of the values a form starts with (the promised time: "4h", "4小时").
    let lang: Language

    public init(desk: Desk, policy: Policy, actor: StaffMember, lang: Language = .en) {
        self.desk = desk
        self.policy = policy
        self.actor = actor
        self.lang = lang
    }

    /// The form for this purpose, remembering the stage its ticket is in now and how far its
    /// timeline has got.
    public func form(_ purpose: FormPurpose) -> Form? {
        var form = build(purpose)
        let ticket = purpose.ticket.flatMap(desk.ticket)
        form?.openedOn = ticket?.stage
        form?.seen = ticket.map(TimelineMark.init)
        return form
    }

    private func build(_ purpose: FormPurpose) -> Form? {
        // A form for a ticket the desk does not hold (a draft outliving it) is not built.
        if let id = purpose.ticket, desk.ticket(id) == nil { return nil }
        switch purpose {
        case .intake: return intake()
        case .filter: return nil
        case .advance(let id): return desk.ticket(id).flatMap(advance)
        case .reassign(let id): return desk.ticket(id).map(reassign)
        case .grade(let id): return desk.ticket(id).map(grade)
        case .note(let id):
            return Form(purpose: purpose, title: Bilingual("Note on \(id)", "\(id) 备注"),
                        intro: [Bilingual("Enter breaks the line; Ctrl-S saves the note to the timeline.",
                                          "Enter 换行；Ctrl-S 保存到处理记录。")],
                        fields: [FormField("text", Bilingual("Note", "备注"), kind: .lines)])
        case .selfCare(let id):
            return Form(purpose: purpose, title: Bilingual("A pause after \(id)", "\(id) 之后，歇一会儿"),
                        intro: [Bilingual("That was a hard call. Take two minutes before the next one: stand up, breathe out slowly, have some water.",
                                          "刚才那通电话不容易。接下一个之前，先歇两分钟：站起来，慢慢呼气，喝口水。"),
                                Bilingual("If you like, write down how it went. Only you can read this note: it is not on the ticket, in exports or in the statistics.",
                                          "愿意的话，记下刚才的感受。这条记录只有您自己能看到：不进工单、不进导出，也不进统计。")],
                        fields: [FormField("text", Bilingual("How it went", "感受"), kind: .lines)])
        case .reopen(let id):
            return Form(purpose: purpose, title: Bilingual("Reopen \(id)", "重开 \(id)"),
                        intro: [Bilingual("The ticket goes back to investigating.", "工单将回到调查评估阶段。")],
                        fields: [FormField("reason", Bilingual("Reason", "原因"), kind: .lines)])
        case .reject(let id):
            let offered = desk.ticket(id).flatMap { PendingApproval($0, policy: policy) }
            return Form(purpose: purpose, title: Bilingual("Reject the resolution on \(id)", "驳回 \(id) 的处理方案"),
                        intro: [Bilingual("\(offered?.proposedBy ?? "The handler") reads why, and proposes another.",
                                          "\(offered?.proposedBy ?? "处理人") 会看到驳回理由，并另提方案。")]
                            + (offered.map { offer in [Bilingual(offer.summary(.en), offer.summary(.zh))] } ?? []),
                        fields: [FormField("comment", Bilingual("Why", "驳回理由"), kind: .lines)])
        case .pause(let id):
            let reasons = policy.pauseReasons.map { Choice($0.rawValue, Bilingual($0.english, $0.chinese)) }
            return Form(purpose: purpose, title: Bilingual("Pause the clocks on \(id)", "暂停 \(id) 的计时"),
                        intro: [Bilingual("The clocks stand still until h starts them again; the pause and its reason go on the timeline.",
                                          "计时将暂停，直到再按 h 恢复；暂停及原因会记入处理记录。")],
                        fields: [FormField("reason", Bilingual("Waiting for", "等待"), kind: .choice(reasons))])
        case .mediate(let id):
            let parties = Choice.of(MediationParty.self)
            let when = Bilingual("a time from now (3d) or a moment (2026-12-20 14:00); blank if none is set",
                                 "距现在的时长（如 3天）或具体时间（如 2026-12-20 14:00）；未定可留空")
            let paused = policy.pauseReasons.contains(.mediator)
            return Form(purpose: purpose, title: Bilingual("Mediation for \(id)", "\(id) 第三方调解"),
                        intro: [Bilingual("Hand the dispute to a third party: who, their reference, the next date they set and what was sent.",
                                          "将争议交给第三方调解：调解方、对方编号、下次日期和已提交的材料。"),
                                paused ? Bilingual("The clocks wait for the mediator until the outcome is recorded.", "记录调解结果之前，计时暂停，等待调解方。")
                                    : Bilingual("The desk's policy keeps the clocks running during mediation.", "按本店规定，调解期间计时不暂停。")],
                        fields: [FormField("party", Bilingual("Mediator", "调解方"), kind: .choice(parties)),
                                 FormField("reference", Bilingual("Their reference", "对方编号"), kind: .line,
                                           hint: Bilingual("the mediator's case number; blank until they give one", "调解方的受理编号；尚未给出可留空")),
                                 FormField("next", Bilingual("Next date", "下次日期"), kind: .line, hint: when),
                                 FormField("sent", Bilingual("Sent to them", "已提交材料"), kind: .line,
                                           hint: Bilingual("e.g. photos, the vet's record, the receipt", "如 照片、病历、收据")),
                                 FormField("reason", Bilingual("Why mediation", "调解原因"), kind: .lines,
                                           hint: Bilingual("why it cannot be settled directly", "为何无法直接协商解决"))])
        case .mediationNews(let id):
            let open = desk.ticket(id)?.openMediation
            let now = open.map { MediationText.summary($0, .en) }.map { Bilingual($0, MediationText.summary(open!, .zh)) }
            return Form(purpose: purpose, title: Bilingual("Mediation news on \(id)", "\(id) 调解进展"),
                        intro: [now ?? Bilingual("News of the mediation under way.", "记录调解进展。"),
                                Bilingual("Fill in what changed; when the mediation decides, a records the outcome.",
                                          "只填有变化的项；调解有结果后按 a 记录结果。")],
                        fields: [FormField("reference", Bilingual("Their reference", "对方编号"), kind: .line,
                                           hint: Bilingual("only if given or changed", "仅在新给出或有变化时填写")),
                                 FormField("next", Bilingual("Next date", "下次日期"), kind: .line,
                                           hint: Bilingual("a time from now (3d) or a moment (2026-12-20 14:00)", "距现在的时长（如 3天）或具体时间（如 2026-12-20 14:00）")),
                                 FormField("sent", Bilingual("Sent to them", "已提交材料"), kind: .line),
                                 FormField("note", Bilingual("Note", "备注"), kind: .lines)])
        }
    }

    public func filter(current: TicketFilter) -> Form {
        func options<V: Vocabulary>(_ type: V.Type) -> [Choice] { [Choice("", Bilingual("any", "全部"))] + Choice.of(type) }
        return Form(purpose: .filter, title: Bilingual("Filter the queue", "筛选队列"),
                    intro: [Bilingual("←/→ or a letter changes a choice; Ctrl-S applies.", "←/→ 或字母键切换选项；Ctrl-S 应用。")],
                    fields: [
                        FormField("stage", Bilingual("Stage", "阶段"), kind: .choice(options(Stage.self)), choice: current.stages.first?.rawValue),
                        FormField("grade", Bilingual("Grade", "等级"), kind: .choice(options(Grade.self)), choice: current.grades.first?.rawValue),
                        FormField("service", Bilingual("Service", "服务"), kind: .choice(options(ServiceLine.self)), choice: current.services.first?.rawValue),
                    ])
    }

    // MARK: Advancing: one form per gate, read from the stage's declaration

    /// The values of the follow-up's "result" choice: the gate's own way on, the stage's attempt,
    /// and each flag the gate takes instead.
    static let reached = "reached", noAnswer = "no_answer"

    private func advance(_ ticket: Ticket) -> Form? {
        let spec = StageSpec.of(ticket.stage)
        guard let next = spec.next else { return nil }
        let id = ticket.id
        let title = Bilingual("\(id): \(ticket.stage.english) → \(next.english)", "\(id)：\(ticket.stage.chinese) → \(next.chinese)")
        var intro = [spec.purpose]
        var fields: [FormField] = []
        let flags = spec.fields.filter { $0.kind == .flag }
        if spec.attempt != nil || !flags.isEmpty {
            // One choice says which way the call went: passing the gate, an attempt, or a flag.
            // Where the pet died nobody asks the owner for a score: the call closes the case.
            let bereaved = ticket.harm == .died && ticket.recordedScore == nil
            var results = [Choice(Self.reached, bereaved ? Bilingual("reached: close, no score asked (the pet died)", "已联系上：宠物离世，不请评分，直接结案")
                                                         : Bilingual("reached: record the score", "已联系上：记录满意度"))]
            if spec.attempt != nil { results.append(Choice(Self.noAnswer, Bilingual("no answer: log the attempt", "未接通：记录本次尝试"))) }
            results += flags.map { Choice($0.rawValue, $0.label) }
            fields.append(FormField("result", Bilingual("Call", "回访结果"), kind: .choice(results)))
            intro = [Bilingual("\(spec.purpose.en): \(ticket.failedFollowUps) of \(policy.followUpAttempts) attempts failed so far.",
                               "\(spec.purpose.zh)：已有 \(ticket.failedFollowUps)/\(policy.followUpAttempts) 次未接通。")]
            if bereaved {
                intro.append(Bilingual("The pet died: don't ask for a score. Leave it empty and the case closes, the reason recorded.",
                                       "宠物已离世：不要请主人评分。满意度留空即可结案，系统会记下原因。"))
            }
            if let recorded = ticket.recordedScore {
                intro.append(Bilingual("Recorded: \(recorded.score)/5\(recorded.comment.isEmpty ? "" : " — " + recorded.comment). Leave the score empty to close with it.",
                                       "已记录：\(recorded.score)/5\(recorded.comment.isEmpty ? "" : "——" + recorded.comment)。满意度留空即按此结案。"))
            }
            if let next = ticket.calls.dropFirst().first {
                intro.append(Bilingual("Another call is due \(TimeText.local(next)).", "之后还有一次回访：\(TimeText.local(next))。"))
            }
        }
        for field in spec.fields where field.kind != .flag {
            fields.append(formField(field, ticket))
        }
        if spec.fields.contains(.amount) {
            intro.append(Bilingual("Your ceiling: \(ceiling).", "您的权限：\(ceiling)。"))
        }
        if spec.fields.contains(.resolution), let resolution = ticket.resolution {
            let money = resolution.amount.map { " " + $0.formatted } ?? ""
            switch resolution.approval {
            case .rejected(let by, _, let comment):
                intro.append(Bilingual("\(by) rejected \(resolution.kindsText(.en))\(money): “\(comment)”. Propose another.",
                                       "\(by) 驳回了\(resolution.kindsText(.zh))\(money)：“\(comment)”。请另提方案。"))
            case .approved(let by, _, _):
                intro.append(Bilingual("Approved by \(by): \(resolution.kindsText(.en))\(money). Keep it to move on.",
                                       "\(by) 已批准：\(resolution.kindsText(.zh))\(money)。沿用即可推进。"))
            case .pending, .notNeeded:
                intro.append(Bilingual("Already recorded: \(resolution.kindsText(.en))\(money)", "已记录：\(resolution.kindsText(.zh))\(money)"))
            }
        }
        return Form(purpose: .advance(id), title: title, intro: intro, fields: fields)
    }

    /// A gate field as the form asks for it, filled with what the ticket already knows.
    private func formField(_ field: GateField, _ ticket: Ticket) -> FormField {
        let id = field.rawValue, label = field.label, hint = field.hint(currency: policy.currency)
        switch field.kind {
        case .staff:
            return assigneeField(current: ticket.assignee ?? (actor.role == .handler ? actor.login : nil))
        case .grade:
            return FormField(id, label, kind: .choice(Choice.of(Grade.self)), choice: ticket.grade.rawValue)
        case .cause:
            // "— choose —" only while there is nothing to keep: blank would otherwise read as a
            // choice and silently keep the cause from intake.
            let causes = (ticket.cause == nil ? [Choice("", Bilingual("— choose —", "— 请选择 —"))] : []) + Choice.of(Cause.self)
            return FormField(id, label, kind: .choice(causes), choice: ticket.cause?.rawValue)
        case .resolutionKind:
            var kinds = Choice.of(ResolutionKind.self)
            // A rejected resolution cannot be kept: the handler chooses another.
            if let resolution = ticket.resolution, resolution.approval.decision?.approved != false {
                kinds.insert(Choice("", Bilingual("keep: \(resolution.kindsText(.en))", "沿用：\(resolution.kindsText(.zh))")), at: 0)
            }
            return FormField(id, label, kind: .choice(kinds))
        case .moment:
            // The usual promise on a first call: an answer within four hours, or sooner where the
            // grade's answer time is shorter (a longer promise must say why).
            let promise = min(4 * 3600, policy.terms(for: ticket.grade).answer)
            return FormField(id, label, kind: .line, hint: hint, text: DurationText.format(promise, lang))
        case .lines:
            return FormField(id, label, kind: .lines, hint: hint, text: field == .findings ? ticket.findings : "")
        case .remedies:
            return FormField(id, label, kind: .lines, hint: hint)
        case .moments:
            // The calls the policy schedules for this harm, as times from the resolution.
            let offsets = [.injured, .ill].contains(ticket.harm) ? policy.followUpCallsWhenHurt : policy.followUpCalls
            return FormField(id, label, kind: .line, hint: hint, text: offsets.map { DurationText.format($0, lang) }.joined(separator: ", "))
        case .line, .money, .score, .flag:
            return FormField(id, label, kind: .line, hint: hint)
        }
    }

    private var ceiling: String { Money(minorUnits: policy.ceiling(for: actor), currency: policy.currency).formatted }

    // MARK: Other forms

    private func reassign(_ ticket: Ticket) -> Form {
        Form(purpose: .reassign(ticket.id), title: Bilingual("Reassign \(ticket.id)", "改派 \(ticket.id)"),
             intro: [Bilingual("Each name shows how many open tickets they hold now.", "每人名后为其当前在办工单数。")],
             fields: [assigneeField(current: ticket.assignee)])
    }

    /// Handlers and supervisors (trainees cannot hold tickets), least loaded first.
    private func assigneeField(current: String?) -> FormField {
        var load: [String: Int] = [:]
        desk.withTickets { tickets in
            for index in tickets.indices where tickets[index].isOpen {
                if let login = tickets[index].assignee { load[login, default: 0] += 1 }
            }
        }
        let people = policy.staff.filter { Workflow.mayHoldTickets($0.role) }
            .sorted { (load[$0.login] ?? 0, $0.login) < (load[$1.login] ?? 0, $1.login) }
        let choices = people.map { member in
            let count = load[member.login] ?? 0
            return Choice(member.login, Bilingual("\(member.name) (\(member.login)) — \(count) open", "\(member.name)（\(member.login)）— 在办 \(count)"))
        }
        return FormField("assignee", Bilingual("Assign to", "负责人"), kind: .choice(choices), choice: current)
    }

    private func grade(_ ticket: Ticket) -> Form {
        // The next grade up is the usual change (a complaint found to be worse than it looked).
        let grades = Grade.ordered
        let next = grades[min(grades.count - 1, (grades.firstIndex(of: ticket.grade) ?? 0) + 1)]
        return Form(purpose: .grade(ticket.id), title: Bilingual("Grade of \(ticket.id)", "\(ticket.id) 等级"),
                    intro: [Bilingual("Now \(ticket.grade.english). A change of grade changes the SLA and is logged with its reason.",
                                      "当前为\(ticket.grade.chinese)。改级会改变时限要求，并连同原因记入处理记录。")],
                    fields: [
                        FormField("grade", Bilingual("New grade", "新等级"), kind: .choice(Choice.of(Grade.self)), choice: next.rawValue),
                        FormField(GateField.reason.rawValue, GateField.reason.label, kind: .line),
                    ])
    }

    private func intake() -> Form {
        let causes = [Choice("", Bilingual("not known yet", "暂不清楚"))] + Choice.of(Cause.self)
        return Form(purpose: .intake, title: Bilingual("New complaint", "新投诉"),
                    intro: [Bilingual("Tab moves between fields; Ctrl-S takes the complaint in.", "Tab 切换字段；Ctrl-S 受理投诉。")],
                    fields: [
                        FormField("customer", Bilingual("Customer", "客户"), kind: .line),
                        FormField("contact", Bilingual("Phone or email", "电话或邮箱"), kind: .line),
                        FormField("pet", Bilingual("Pet's name", "宠物名"), kind: .line),
                        FormField("species", Bilingual("Species", "物种"), kind: .line, hint: Bilingual("dog, cat…", "狗、猫……")),
                        FormField("service", Bilingual("Service", "服务"), kind: .choice(Choice.of(ServiceLine.self))),
                        FormField("channel", Bilingual("Channel", "渠道"), kind: .choice(Choice.of(Channel.self))),
                        FormField("description", Bilingual("What happened", "投诉内容"), kind: .lines,
                                  hint: Bilingual("in the customer's words", "尽量用客户原话")),
                        FormField("grade", Bilingual("Grade", "等级"), kind: .choice(Choice.of(Grade.self))),
                        FormField("harm", Bilingual("Harm to the pet", "宠物受损"), kind: .choice(Choice.of(Harm.self))),
                        FormField("cause", Bilingual("Cause", "原因"), kind: .choice(causes)),
                        FormField("anger", Bilingual("Customer's mood", "客户情绪"), kind: .choice(Choice.of(Anger.self))),
                        FormField("special_needs", Bilingual("Special needs", "特殊需求"), kind: .line,
                                  hint: Bilingual("served first; any of: hearing, sight, elderly, mobility, language; or yes",
                                                  "可多填：听障、视障、高龄、行动不便、语言不通；或填“是”")),
                        FormField("special_needs_note", Bilingual("What they need", "需要的帮助"), kind: .line,
                                  hint: Bilingual("large print, an interpreter…", "大字、手语翻译……")),
                        FormField("branch", Bilingual("Branch", "门店"), kind: .line),
                        FormField("served_by", Bilingual("Served by", "服务人员"), kind: .line,
                                  hint: Bilingual("the groomer, trainer, vet or carer, if known", "美容师、训练师、医生或护理员（如知道）")),
                    ])
    }
}
