import Foundation

/// Every way the workflow or authority rules refuse an action, with a message a handler
/// understands in either language. A refused action changes nothing.
public enum WorkflowError: Error, Sendable, Equatable {
    case readOnly(role: Role)
    case notYourTicket(assignee: String)
    case needsSupervisor(action: String)
    case alreadyClosed
    case missingETA
    case etaInPast
    case missingAssignee
    case unknownStaff(login: String)
    case cannotBeAssigned(login: String)
    case alreadyAssigned(to: String)
    case missingCause
    case missingFindings
    case gradeChangeNeedsReason
    case sameGrade(Grade)
    case missingResolution
    case amountRequired(ResolutionKind)
    case amountWithoutResolution
    case missingDetails
    case wrongCurrency(expected: String)
    /// `granted`: what the ticket's earlier grants already came to, if anything.
    case awaitingApproval(amount: Money, ceiling: Money, granted: Money? = nil)
    case nothingToApprove
    case beyondAuthority(amount: Money, ceiling: Money, granted: Money? = nil)
    case missingScore
    case scoreOutOfRange(Int)
    case notEnoughAttempts(made: Int, needed: Int)
    case closingNeedsSupervisor(Grade)
    case notInStage(required: [Stage], actual: Stage)
    case reasonRequired
    case missingOutcome
    case emptyText(field: String)
    case relatedToItself
    case contactNotAllowed
    /// The ticket is no longer in the stage the change was meant for: someone moved it on.
    case movedOn(expected: Stage, actual: Stage)
    /// The fields given belong to the gates of different stages.
    case fieldsOfSeveralStages([Stage])

    public func message(_ lang: Language) -> String {
        switch self {
        case .movedOn(let expected, let actual):
            return lang.pick("This ticket is no longer \(expected.english): it is now \(actual.english), moved on since this change was begun. Nothing was changed; look at the ticket again before going on.",
                             "该工单已不在「\(expected.chinese)」阶段，现在是「\(actual.chinese)」，在您操作期间已被推进。未做任何更改，请重新查看工单后再继续。")
        case .fieldsOfSeveralStages(let stages):
            return lang.pick("These fields belong to different stages (\(stages.map(\.english).joined(separator: ", "))); give only what the ticket's next gate needs.",
                             "所填内容分属不同阶段（\(stages.map(\.chinese).joined(separator: "、"))），请只填写工单下一步所需的内容。")
        case .readOnly(let role):
            return lang.pick("A \(role.english) can read tickets but not change them.",
                             "\(role.chinese)只能查看工单，不能修改。")
        case .notYourTicket(let assignee):
            return lang.pick("This ticket is assigned to \(assignee); ask a supervisor to reassign it.",
                             "该工单已分配给 \(assignee)，如需接手请联系主管改派。")
        case .needsSupervisor(let action):
            return lang.pick("Only a supervisor can \(action).", "只有主管可以执行此操作：\(action)。")
        case .alreadyClosed:
            return lang.pick("The ticket is closed. Reopen it (tend reopen) if the customer is still unhappy.",
                             "工单已结案。如客户仍不满意，请先重新打开（tend reopen）。")
        case .missingETA:
            return lang.pick("To acknowledge, give the customer a promised answer time: --eta 4h or --eta 2026-11-23T10:00.",
                             "回应客户时必须承诺答复时间：--eta 4h 或 --eta 2026-11-23T10:00。")
        case .etaInPast:
            return lang.pick("The promised answer time is in the past; promise a time still to come.",
                             "承诺的答复时间已经过去，请给出一个将来的时间。")
        case .missingAssignee:
            return lang.pick("An investigation needs an assignee: take the ticket (tend take) or name one with --to LOGIN.",
                             "调查评估前必须指定负责人：先接单（tend take）或用 --to 指定。")
        case .unknownStaff(let login):
            return lang.pick("\(login) is not on the staff roster.", "\(login) 不在员工名册中。")
        case .cannotBeAssigned(let login):
            return lang.pick("\(login) is a trainee and cannot be given tickets.", "\(login) 是学员，不能分配工单。")
        case .alreadyAssigned(let login):
            return lang.pick("The ticket is already assigned to \(login).", "该工单已分配给 \(login)。")
        case .missingCause:
            return lang.pick("Confirm the cause category with --cause (\(Cause.identifiers)).",
                             "请用 --cause 确认投诉成因（\(Cause.identifiers)）。")
        case .missingFindings:
            return lang.pick("Record what the investigation found with --findings.",
                             "请用 --findings 记录调查结论。")
        case .gradeChangeNeedsReason:
            return lang.pick("Changing the grade needs a reason: --reason \"…\".", "变更投诉等级必须说明原因：--reason \"…\"。")
        case .sameGrade(let grade):
            return lang.pick("The ticket is already graded \(grade.english).", "该工单已经是\(grade.chinese)投诉。")
        case .missingResolution:
            return lang.pick("Record the resolution first: --resolution KIND --details \"…\" (and --amount for money).",
                             "请先记录处理方案：--resolution 类型 --details \"…\"（涉及金额时加 --amount）。")
        case .amountRequired(let kind):
            return lang.pick("A \(kind.english) needs an amount: --amount 50.00.", "\(kind.chinese)必须填写金额：--amount 50.00。")
        case .amountWithoutResolution:
            return lang.pick("An amount needs a resolution kind: --resolution KIND.", "填写金额时必须同时指定处理方案类型：--resolution。")
        case .missingDetails:
            return lang.pick("Describe the resolution for the customer with --details.", "请用 --details 写明给客户的处理方案。")
        case .wrongCurrency(let expected):
            return lang.pick("Amounts on this desk are in \(expected).", "本工作台的金额币种为 \(expected)。")
        case .awaitingApproval(let amount, let ceiling, nil):
            return lang.pick("\(amount.formatted) is above your authority of \(ceiling.formatted): the resolution waits for a supervisor's approval (tend approve).",
                             "\(amount.formatted) 超出您的授权额度 \(ceiling.formatted)：处理方案需等待主管审批（tend approve）。")
        case .awaitingApproval(let amount, let ceiling, let granted?):
            let total = Money(minorUnits: Money.saturatingSum(granted.minorUnits, amount.minorUnits), currency: amount.currency)
            return lang.pick("\(amount.formatted) on top of \(granted.formatted) already granted on this ticket makes \(total.formatted), above your authority of \(ceiling.formatted): the resolution waits for a supervisor's approval (tend approve).",
                             "该工单此前已给予 \(granted.formatted)，再加 \(amount.formatted) 共计 \(total.formatted)，超出您的授权额度 \(ceiling.formatted)：处理方案需等待主管审批（tend approve）。")
        case .nothingToApprove:
            return lang.pick("There is no resolution waiting for approval on this ticket.", "该工单没有待审批的处理方案。")
        case .beyondAuthority(let amount, let ceiling, nil):
            return lang.pick("\(amount.formatted) is above your approval limit of \(ceiling.formatted); refer it to management.",
                             "\(amount.formatted) 超出您的审批额度 \(ceiling.formatted)，请上报管理层。")
        case .beyondAuthority(let amount, let ceiling, let granted?):
            let total = Money(minorUnits: Money.saturatingSum(granted.minorUnits, amount.minorUnits), currency: amount.currency)
            return lang.pick("\(amount.formatted) on top of \(granted.formatted) already granted on this ticket makes \(total.formatted), above your approval limit of \(ceiling.formatted); refer it to management.",
                             "该工单此前已给予 \(granted.formatted)，再加 \(amount.formatted) 共计 \(total.formatted)，超出您的审批额度 \(ceiling.formatted)，请上报管理层。")
        case .missingScore:
            return lang.pick("To close, record the customer's satisfaction with --score 1-5, or --unreachable after repeated failed calls.",
                             "结案需要记录客户满意度 --score 1-5；多次联系不上时用 --unreachable。")
        case .scoreOutOfRange(let score):
            return lang.pick("Satisfaction is scored 1 to 5, not \(score).", "满意度评分为 1 到 5，不能是 \(score)。")
        case .notEnoughAttempts(let made, let needed):
            return lang.pick("Closing without a score needs \(needed) failed follow-up calls; \(made) recorded (tend followup --failed).",
                             "未获评分结案需要 \(needed) 次回访失败记录，目前只有 \(made) 次（tend followup --failed）。")
        case .closingNeedsSupervisor(let grade):
            return lang.pick("A \(grade.english) complaint is closed by a supervisor.", "\(grade.chinese)投诉必须由主管结案。")
        case .notInStage(let required, let actual):
            let en = required.map(\.english).joined(separator: " or ")
            let zh = required.map(\.chinese).joined(separator: "或")
            return lang.pick("This needs the ticket to be \(en); it is \(actual.english).",
                             "此操作要求工单处于\(zh)阶段，当前为\(actual.chinese)。")
        case .reasonRequired:
            return lang.pick("Say why with --reason \"…\".", "请用 --reason \"…\" 说明原因。")
        case .missingOutcome:
            return lang.pick("Record the mediation outcome with --outcome \"…\".", "请用 --outcome \"…\" 记录调解结果。")
        case .emptyText(let field):
            // The field names the workflow uses, in Chinese; anything else is shown as it is.
            let chinese = ["customer": "客户姓名", "contact": "联系方式", "description": "投诉内容", "note": "备注"][field] ?? field
            return lang.pick("The \(field) is empty.", "\(chinese)不能为空。")
        case .relatedToItself:
            return lang.pick("A ticket cannot be related to itself.", "工单不能关联自身。")
        case .contactNotAllowed:
            return lang.pick("Only the assigned handler or a supervisor may see the customer's contact.",
                             "只有负责人或主管可以查看客户联系方式。")
        }
    }
}
