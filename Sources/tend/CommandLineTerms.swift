import TendCore

/// How the command line names what a refusal points to: the flag to give (with an example) and
/// the command to run.
struct CommandLineTerms: FrontEndTerms {
    /// The `tend advance` flag that gives each gate field.
    static func flag(_ field: GateField) -> String {
        field == .assignee ? "--to" : "--\(field.rawValue.replacingOccurrences(of: "_", with: "-"))"
    }

    func entry(_ field: GateField, _ lang: Language) -> String {
        let flag = Self.flag(field)
        switch field {
        case .eta: return lang.pick("\(flag) 4h or \(flag) 2026-11-23T10:00", "\(flag) 4h 或 \(flag) 2026-11-23T10:00")
        case .assignee: return "\(flag) LOGIN"
        case .cause: return "\(flag) (\(Cause.identifiers))"
        case .grade: return "\(flag) (\(Grade.identifiers))"
        case .resolution: return lang.pick("\(flag) KIND", "\(flag) 类型")
        case .amount: return "\(flag) 50.00"
        case .score: return "\(flag) \(field.range!.lowerBound)-\(field.range!.upperBound)"
        case .unreachable, .escalate: return flag
        case .remedy: return lang.pick("\(flag) KIND[:AMOUNT][@WHEN] (once per remedy)", "\(flag) 类型[:金额][@期限]（每项补偿一个）")
        case .calls: return "\(flag) \"24h, 7d\""
        case .lowScoreReason: return "\(flag) \"…\""
        case .findings, .reason, .etaReason, .details, .comment, .outcome: return "\(flag) \"…\""
        }
    }

    func reason(_ lang: Language) -> String { "--reason \"…\"" }

    func action(_ name: TicketAction.Name, _ lang: Language) -> String {
        switch name {
        case .followUpFailed: "tend follow-up --failed"
        case .reveal: "tend show --reveal"
        case .said: lang.pick("the console's script pane", "控制台的话术窗格")
        default: "tend \(name.rawValue)"
        }
    }
}
