import Foundation

/// Every way the workflow or authority rules refuse an action, with a message a handler
/// understands in either language. A refused action changes nothing. Where a message points to
/// a field or another action, each front end names it in its own terms (`FrontEndTerms`).
public enum WorkflowError: Error, Sendable, Equatable {
    case readOnly(role: Role)
    case notYourTicket(assignee: String)
    case needsSupervisor(SupervisorTask)
    case alreadyClosed
    case unknownStaff(login: String)
    case cannotBeAssigned(login: String)
    case alreadyAssigned(to: String)
    /// A stage's gate refused a field: which one, and why.
    case gate(GateRefusal)
    case sameGrade(Grade)
    /// `granted`: what the ticket's earlier grants already came to, if anything.
    case awaitingApproval(amount: Money, ceiling: Money, granted: Money? = nil)
    case nothingToApprove
    /// `approver`: who may approve it (the policy's top approver, when no one else can).
    case beyondAuthority(amount: Money, ceiling: Money, granted: Money? = nil, approver: String? = nil)
    /// Passing this stage's gate with a ticket of this grade is a supervisor's (`StageSpec.passedBy`).
    case gateNeedsSupervisor(stage: Stage, grade: Grade)
    case notInStage(required: [Stage], actual: Stage)
    case reasonRequired
    case emptyText(RequiredText)
    case relatedToItself
    case contactNotAllowed
    /// The ticket is no longer in the stage the change was meant for: someone moved it on.
    case movedOn(expected: Stage, actual: Stage)
    /// The fields given belong to the gates of different stages.
    case fieldsOfSeveralStages([Stage])
    /// A complaint's grade is below what the harm to the pet makes it.
    case gradeBelowHarm(harm: Harm, least: Grade)
    /// A pause for a reason the policy does not allow (or none at all).
    case pauseNotAllowed(PauseReason, allowed: [PauseReason])
    case alreadyPaused(PauseReason)
    case notPaused
    /// No rung of the escalation ladder is due for this person on this ticket.
    case noEscalationDue
    /// A remedy promised to the customer is not yet done: the case cannot close.
    case promiseOpen(index: Int, promise: RemedyPromise)
    case noPromiseOpen
    case noSuchPromise(number: Int, count: Int)
    case promiseAlreadyKept(number: Int)
    /// Several promises are open: say which (their numbers).
    case whichPromise(open: [Int])
    /// A mediation's next date that has already passed.
    case mediationDateInPast(Date)

    /// What only a supervisor may do.
    public enum SupervisorTask: String, Sendable, Equatable {
        case assignToOthers, approveCompensation, readTrainingResults, lowerGrade, readStatistics

        public var words: Bilingual {
            switch self {
            case .assignToOthers: Bilingual("assign tickets to others", "把工单分配给他人")
            case .approveCompensation: Bilingual("approve or reject compensation", "审批补偿")
            case .readTrainingResults: Bilingual("read trainees' results", "查看学员练习成绩")
            case .lowerGrade: Bilingual("lower a serious or critical grade", "调低重大或特大投诉的等级")
            case .readStatistics: Bilingual("read the desk's statistics", "查看统计数据")
            }
        }
    }

    /// Text an action cannot do without.
    public enum RequiredText: String, Sendable, Equatable {
        case customer, contact, description, note, rejectionComment, evidence, mediationReason, mediationNews

        public var words: Bilingual {
            switch self {
            case .customer: Bilingual("customer's name", "客户姓名")
            case .contact: Bilingual("contact", "联系方式")
            case .description: Bilingual("description", "投诉内容")
            case .note: Bilingual("note", "备注")
            case .rejectionComment: Bilingual("reason for rejecting", "驳回理由")
            case .evidence: Bilingual("evidence (a file or a reference)", "证据（文件或编号）")
            case .mediationReason: Bilingual("reason it cannot be settled directly", "无法直接协商解决的原因")
            case .mediationNews: Bilingual("news of the mediation (a reference, a next date, what was sent or a note)", "调解进展（编号、下次日期、已提交材料或备注）")
            }
        }
    }
}

extension WorkflowError: TermedRefusal {
    public func message(_ lang: Language, terms: FrontEndTerms) -> String {
        switch self {
        case .gate(let refusal):
            return refusal.message(lang, terms: terms)
        case .movedOn(let expected, let actual):
            return lang.pick("This ticket is no longer \(expected.english): it is now \(actual.english), moved on since this change was begun. Nothing was changed; look at the ticket again before going on.",
                             "该工单已不在「\(expected.chinese)」阶段，现在是「\(actual.chinese)」，在您操作期间已被推进。未做任何更改，请重新查看工单后再继续。")
        case .fieldsOfSeveralStages(let stages):
            return lang.pick("These fields belong to different stages (\(stages.map(\.english).joined(separator: ", "))); give only what the ticket's next gate needs.",
                             "所填内容分属不同阶段（\(stages.map(\.chinese).joined(separator: "、"))），请只填写工单下一步所需的内容。")
        case .gradeBelowHarm(let harm, let least):
            let grade = terms.entry(.grade, lang)
            let pet = switch harm {
            case .ill: "A pet that fell ill"
            case .died: "A pet that died"
            case .lost: "A lost pet"
            case .injured: "An injured pet"
            case .distress, .none: "The harm to the pet"
            }
            return lang.pick("\(pet) makes the complaint at least \(least.english): \(grade).",
                             "宠物\(harm.chinese)，投诉至少为\(least.chinese)：\(grade)。")
        case .readOnly(let role):
            return lang.pick("A \(role.english) can read tickets but not change them.", "\(role.chinese)只能查看工单，不能修改。")
        case .notYourTicket(let assignee):
            return lang.pick("This ticket is assigned to \(assignee); ask a supervisor to reassign it.",
                             "该工单已分配给 \(assignee)，如需接手请联系主管改派。")
        case .needsSupervisor(let task):
            return lang.pick("Only a supervisor can \(task.words.en).", "只有主管可以\(task.words.zh)。")
        case .pauseNotAllowed(let reason, let allowed):
            if allowed.isEmpty {
                return lang.pick("This desk's policy lets no clock pause.", "本工作台的规定不允许暂停计时。")
            }
            return lang.pick("The policy does not let a clock pause \(reason.english); it allows: \(allowed.map(\.english).joined(separator: ", ")).",
                             "规定不允许因「\(reason.chinese)」暂停计时；允许的原因：\(allowed.map(\.chinese).joined(separator: "、"))。")
        case .alreadyPaused(let reason):
            return lang.pick("The clocks are already paused (\(reason.english)).", "计时已在暂停中（\(reason.chinese)）。")
        case .notPaused:
            return lang.pick("The clocks are not paused.", "计时没有暂停。")
        case .noEscalationDue:
            return lang.pick("No warning on this ticket's clock is due for you.", "这张工单目前没有需要提醒您的超时预警。")
        case .promiseOpen(let index, let promise):
            let keep = terms.action(.keep, lang)
            return lang.pick("Promise \(index + 1) (\(promise.remedy.text(.en)) by \(TimeText.local(promise.due))) is not yet done: tick it done first (\(keep)).",
                             "第 \(index + 1) 项承诺（\(promise.remedy.text(.zh))，\(TimeText.local(promise.due)) 前）尚未兑现：请先标记兑现（\(keep)）。")
        case .noPromiseOpen:
            return lang.pick("No promise on this ticket waits to be done.", "该工单没有待兑现的承诺。")
        case .noSuchPromise(let number, let count):
            return lang.pick("There is no promise \(number); the ticket has \(count).", "没有第 \(number) 项承诺；该工单共有 \(count) 项。")
        case .promiseAlreadyKept(let number):
            return lang.pick("Promise \(number) is already done.", "第 \(number) 项承诺已经兑现。")
        case .whichPromise(let open):
            let numbers = open.map(String.init).joined(separator: ", ")
            return lang.pick("Several promises are open (\(numbers)): say which one is done.", "有多项承诺待兑现（\(numbers)）：请指明兑现的是哪一项。")
        case .alreadyClosed:
            let reopen = terms.action(.reopen, lang)
            return lang.pick("The ticket is closed. Reopen it (\(reopen)) if the customer is still unhappy.",
                             "工单已结案。如客户仍不满意，请先重新打开（\(reopen)）。")
        case .unknownStaff(let login):
            return lang.pick("\(login) is not on the staff roster.", "\(login) 不在员工名册中。")
        case .cannotBeAssigned(let login):
            return lang.pick("\(login) is a trainee and cannot be given tickets.", "\(login) 是学员，不能分配工单。")
        case .alreadyAssigned(let login):
            return lang.pick("The ticket is already assigned to \(login).", "该工单已分配给 \(login)。")
        case .sameGrade(let grade):
            return lang.pick("The ticket is already graded \(grade.english).", "该工单已经是\(grade.chinese)投诉。")
        case .awaitingApproval(let amount, let ceiling, let granted):
            let approve = terms.action(.approve, lang)
            return Self.above(amount, granted, ceiling, limit: Bilingual("authority", "授权额度"), lang)
                + lang.pick(": the resolution waits for a supervisor's approval (\(approve)).", "：处理方案需等待主管审批（\(approve)）。")
        case .nothingToApprove:
            return lang.pick("There is no resolution waiting for approval on this ticket.", "该工单没有待审批的处理方案。")
        case .beyondAuthority(let amount, let ceiling, let granted, let approver):
            let above = Self.above(amount, granted, ceiling, limit: Bilingual("approval limit", "审批额度"), lang)
            guard let approver else { return above + lang.pick("; refer it to management.", "，请上报管理层。") }
            return above + lang.pick("; it is for \(approver) to decide.", "，应由 \(approver) 审批。")
        case .gateNeedsSupervisor(let stage, let grade):
            guard let next = StageSpec.of(stage).next, next != .closed else {
                return lang.pick("A \(grade.english) complaint is closed by a supervisor.", "\(grade.chinese)投诉必须由主管结案。")
            }
            return lang.pick("A \(grade.english) complaint is moved on from \(stage.english) to \(next.english) by a supervisor.",
                             "\(grade.chinese)投诉从「\(stage.chinese)」推进到「\(next.chinese)」须由主管操作。")
        case .notInStage(let required, let actual):
            let en = required.map(\.english).joined(separator: " or ")
            let zh = required.map(\.chinese).joined(separator: "或")
            return lang.pick("This needs the ticket to be \(en); it is \(actual.english).",
                             "此操作要求工单处于\(zh)阶段，当前为\(actual.chinese)。")
        case .reasonRequired:
            let reason = terms.reason(lang)
            return lang.pick("Say why: \(reason).", "请说明原因：\(reason)。")
        case .mediationDateInPast(let date):
            return lang.pick("The mediation's next date \(TimeText.local(date)) has already passed.", "调解的下次日期 \(TimeText.local(date)) 已经过去。")
        case .emptyText(let text):
            return lang.pick("The \(text.words.en) is empty.", "\(text.words.zh)不能为空。")
        case .relatedToItself:
            return lang.pick("A ticket cannot be related to itself.", "工单不能关联自身。")
        case .contactNotAllowed:
            return lang.pick("Only the assigned handler or a supervisor may see the customer's contact.",
                             "只有负责人或主管可以查看客户联系方式。")
        }
    }

    /// "¥300.00 is above your authority of ¥200.00", or, with grants made before on the ticket,
    /// what they and this amount come to together.
    private static func above(_ amount: Money, _ granted: Money?, _ ceiling: Money, limit: Bilingual, _ lang: Language) -> String {
        guard let granted else {
            return lang.pick("\(amount.formatted) is above your \(limit.en) of \(ceiling.formatted)",
                             "\(amount.formatted) 超出您的\(limit.zh) \(ceiling.formatted)")
        }
        let total = Money(minorUnits: Money.saturatingSum(granted.minorUnits, amount.minorUnits), currency: amount.currency)
        return lang.pick("\(amount.formatted) on top of \(granted.formatted) already granted on this ticket makes \(total.formatted), above your \(limit.en) of \(ceiling.formatted)",
                         "该工单此前已给予 \(granted.formatted)，再加 \(amount.formatted) 共计 \(total.formatted)，超出您的\(limit.zh) \(ceiling.formatted)")
    }
}
