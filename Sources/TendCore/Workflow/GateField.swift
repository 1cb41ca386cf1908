import Foundation

/// A value a stage's gate reads (see `StageSpec`). Its identifier is the form field's id and the
/// command line's flag (`--eta`; the assignee is `--to`); each front end names it its own way.
public enum GateField: String, Sendable, CaseIterable {
    case eta, etaReason = "eta_reason", assignee, grade, cause, findings, reason, resolution, amount
    /// Further remedies, one a line ("reimbursement 600 @3wd"): `--remedy`, given once per remedy.
    case remedy
    case details
    /// When to make the follow-up calls, set at resolution (the policy's by default).
    case calls
    case score, comment
    /// Why a score of 2 or less closes the case instead of reopening or passing it on.
    case lowScoreReason = "low_score_reason"
    /// A low score passed to the supervisors instead of closing.
    case escalate
    case unreachable, outcome

    /// What kind of value it is: how it is typed, read and checked.
    public enum Kind: Sendable, Equatable {
        /// A time from now (4h) or a moment (2026-11-23 10:00).
        case moment
        /// A login from the staff roster who can hold tickets.
        case staff
        case grade, cause, resolutionKind
        /// One line of text, or several.
        case line, lines
        /// An amount of money in the desk's currency.
        case money
        /// A whole number in a range.
        case score(ClosedRange<Int>)
        /// Yes or no, given by saying it.
        case flag
        /// Remedies, one a line.
        case remedies
        /// Times from now or moments, separated by commas.
        case moments
    }

    public var kind: Kind {
        switch self {
        case .eta: .moment
        case .assignee: .staff
        case .grade: .grade
        case .cause: .cause
        case .resolution: .resolutionKind
        case .amount: .money
        case .score: .score(1...5)
        case .unreachable, .escalate: .flag
        case .remedy: .remedies
        case .calls: .moments
        case .reason, .etaReason, .lowScoreReason: .line
        case .findings, .details, .comment, .outcome: .lines
        }
    }

    /// Whether the gate needs it: the command line's help and the forms say so.
    public enum Need: Sendable, Equatable {
        case required
        /// Needed unless the ticket already has it (a cause from intake, an assignee who took it).
        case unlessKnown
        case optional
        /// Needed only when the grade changes.
        case whenGradeChanges
        /// Needed only when the promised time is further off than the grade's answer time.
        case whenPromiseIsLong
        /// Given instead of another field (unreachable instead of a score); never with it.
        case instead(of: GateField)
        /// Needed when the score is 2 or less (one or the other).
        case whenScoreIsLow
    }

    public var need: Need {
        switch self {
        case .eta, .findings, .details, .score, .outcome: .required
        case .assignee, .cause, .resolution: .unlessKnown
        case .grade: .optional
        case .amount, .comment, .remedy, .calls: .optional
        case .lowScoreReason, .escalate: .whenScoreIsLow
        case .reason: .whenGradeChanges
        case .etaReason: .whenPromiseIsLong
        case .unreachable: .instead(of: .score)
        }
    }

    /// The range of a score field.
    public var range: ClosedRange<Int>? {
        if case .score(let range) = kind { range } else { nil }
    }

    /// The field's name where it is filled in (the console's form).
    public var label: Bilingual {
        switch self {
        case .eta: Bilingual("Promised by", "承诺答复时间")
        case .assignee: Bilingual("Assign to", "负责人")
        case .grade: Bilingual("Grade", "等级")
        case .cause: Bilingual("Cause", "原因")
        case .findings: Bilingual("Findings", "调查结果")
        case .reason: Bilingual("Grade reason", "改级原因")
        case .etaReason: Bilingual("Why that long", "延后原因")
        case .resolution: Bilingual("Resolution", "处理方式")
        case .amount: Bilingual("Amount", "金额")
        case .details: Bilingual("Details", "方案说明")
        case .score: Bilingual("Score 1–5", "满意度 1–5")
        case .comment: Bilingual("Comment", "客户意见")
        case .unreachable: Bilingual("unreachable: close without a score", "无法联系：不评分结案")
        case .outcome: Bilingual("Outcome", "调解结果")
        case .remedy: Bilingual("More remedies", "其他补偿")
        case .calls: Bilingual("Follow-up calls", "回访时间")
        case .lowScoreReason: Bilingual("Reason to close", "低分仍结案的原因")
        case .escalate: Bilingual("pass the low score to a supervisor", "低分转主管处理")
        }
    }

    /// What to type, where that is not obvious from the label.
    public func hint(currency: String) -> Bilingual? {
        switch self {
        case .eta: Bilingual("a time from now (4h, 30m, 2d) or a moment (2026-11-23 10:00)",
                             "距现在的时长（4小时、30分钟、2天）或具体时间（2026-11-23 10:00）")
        case .reason: Bilingual("only when the grade changes", "仅在等级变化时填写")
        case .etaReason: Bilingual("only when the promise is later than the grade's answer time", "仅当承诺时间超出该等级的答复时限时填写")
        case .amount: Bilingual("in \(currency), e.g. 50 or 50.00; empty when none", "单位 \(currency)，如 50 或 50.00；无则留空")
        case .remedy: Bilingual("one a line: kind [amount] [@ when], e.g. reimbursement 600 @3wd; waiver 150; apology",
                                "每行一项：类型 [金额] [@期限]，如 报销医疗费 600 @3个工作日；免单并书面致歉 150；道歉")
        case .calls: Bilingual("times from now, e.g. 24h, 7d", "距现在的时长，如 24小时, 7天")
        case .lowScoreReason: Bilingual("only for a score of 2 or less", "仅在满意度为 2 分及以下时填写")
        default: nil
        }
    }
}
