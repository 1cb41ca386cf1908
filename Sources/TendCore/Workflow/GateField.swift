import Foundation

/// A value a stage's gate reads (see `StageSpec`). Its identifier is the form field's id and the
/// command line's flag (`--eta`; the assignee is `--to`); each front end names it its own way.
public enum GateField: String, Sendable, CaseIterable {
    case eta, etaReason = "eta_reason", assignee, grade, cause, findings, reason, resolution, amount, details, score, comment, unreachable, outcome

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
        case .unreachable: .flag
        case .reason, .etaReason: .line
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
    }

    public var need: Need {
        switch self {
        case .eta, .findings, .details, .score, .outcome: .required
        case .assignee, .cause, .resolution: .unlessKnown
        case .grade: .optional
        case .amount, .comment: .optional
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
        default: nil
        }
    }
}
