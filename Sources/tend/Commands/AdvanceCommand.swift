import ArgumentParser
import Foundation
import TendCore

struct AdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a ticket to its next stage, giving what that stage's gate needs.",
        discussion: gates + """


        A retry cannot move a ticket twice: the gate's flags name the stage the ticket moves from (or say it with
        --from), so once the ticket has moved on the same command is refused. With --request-id, a retry reports
        the first outcome instead.
        """)

    /// One line per stage, from the stages' declarations: the flags its gate reads, each marked
    /// as the gate needs it, and who may pass it.
    static var gates: String {
        Stage.ordered.compactMap { stage -> String? in
            let spec = StageSpec.of(stage)
            guard let next = spec.next else { return nil }
            var parts: [String] = []
            for field in spec.fields {
                let entry = CommandLineTerms().entry(field, .en)
                switch field.need {
                case .required: parts.append(entry)
                case .unlessKnown: parts.append("\(entry) (unless the ticket has one)")
                case .optional: parts.append("[\(entry)]")
                case .whenGradeChanges: parts.append("[\(entry) when the grade changes]")
                case .whenPromiseIsLong: parts.append("[\(entry) when the promise is later than the grade's answer time]")
                case .whenScoreIsLow: parts.append("[\(entry) for a score of 2 or less]")
                case .instead(let other):
                    // Said as the other field's alternative: "--score 1-5 [--comment …], or --unreachable".
                    parts.removeAll { $0 == CommandLineTerms().entry(other, .en) }
                    parts.insert("\(CommandLineTerms().entry(other, .en)) or \(entry)", at: 0)
                }
            }
            var who = ""
            if case .supervisorFrom(let grade) = spec.passedBy { who = " (\(grade.english) and above: a supervisor)" }
            return "\(stage.rawValue) → \(next.rawValue): \(parts.joined(separator: ", "))\(who)"
        }.joined(separator: "\n")
    }

    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions

    @Argument(help: "The ticket, e.g. T-1042.") var id: String

    @Option(help: ArgumentHelp("Promised answer time.", valueName: "time")) var eta: String?
    @Option(name: .customLong("eta-reason"), help: ArgumentHelp("Why the customer must wait longer than the grade's answer time.", valueName: "text")) var etaReason: String?
    @Option(name: .customLong("to"), help: ArgumentHelp("Assignee for the investigation (or take the ticket).", valueName: "login")) var assignee: String?
    @Option(help: "Confirmed grade.") var grade: String?
    @Option(help: "Confirmed cause category.") var cause: String?
    @Option(help: "What the investigation found.") var findings: String?
    @Option(help: "Why the grade changes.") var reason: String?
    @Option(help: "Resolution kind: \(ResolutionKind.identifiers).") var resolution: String?
    @Option(help: ArgumentHelp("Compensation amount, e.g. 50.00; above your ceiling it waits for approval.", valueName: "amount")) var amount: String?
    @Option(help: ArgumentHelp("A further remedy, KIND[:AMOUNT][@WHEN] (reimbursement:600@3wd, waiver:150, apology); give it once per remedy. The total is what authority checks.", valueName: "remedy")) var remedy: [String] = []
    @Option(help: "The resolution as told to the customer.") var details: String?
    @Option(help: ArgumentHelp("When to make the follow-up calls, from now (default: the policy's, e.g. \"24h, 7d\" for an injury).", valueName: "times")) var calls: String?
    @Option(help: "Satisfaction score from the follow-up call, \(GateField.score.range!.lowerBound) to \(GateField.score.range!.upperBound).") var score: Int?
    @Option(help: "The customer's comment.") var comment: String?
    @Option(name: .customLong("low-score-reason"), help: ArgumentHelp("Why a score of 2 or less closes the case instead of a reopen.", valueName: "text")) var lowScoreReason: String?
    @Flag(help: "Pass a score of 2 or less to the supervisors instead of closing.") var escalate = false
    @Flag(help: "Close without a score after repeated failed follow-up calls.") var unreachable = false
    @Option(help: "The mediation's outcome.") var outcome: String?
    @Option(help: ArgumentHelp("Refuse unless the ticket is in this stage (implied by the gate's flags when they name one stage).", valueName: "stage")) var from: String?

    /// What each gate field was given on the command line. A switch, so a field added to the
    /// core without a flag here does not compile.
    var given: [GateField: String] {
        var values: [GateField: String] = [:]
        for field in GateField.allCases {
            let text: String? = switch field {
            case .eta: eta
            case .etaReason: etaReason
            case .assignee: assignee
            case .grade: grade
            case .cause: cause
            case .findings: findings
            case .reason: reason
            case .resolution: resolution
            case .amount: amount
            case .details: details
            case .remedy: remedy.isEmpty ? nil : remedy.joined(separator: "\n")
            case .calls: calls
            case .lowScoreReason: lowScoreReason
            case .escalate: escalate ? "yes" : nil
            case .score: score.map(String.init)
            case .comment: comment
            case .unreachable: unreachable ? "yes" : nil
            case .outcome: outcome
            }
            values[field] = text
        }
        return values
    }

    func validate() throws {
        // A word outside a vocabulary is a usage error (exit 64), listing the words.
        if let grade { let _: Grade = try parseVocabulary(grade, "grade") }
        if let cause { let _: Cause = try parseVocabulary(cause, "cause") }
        if let resolution { let _: ResolutionKind = try parseVocabulary(resolution, "resolution") }
        if let from { let _: Stage = try parseVocabulary(from, "stage") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let lang = session.lang
            var fields = AdvanceFields()
            for (field, text) in given.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try fields.set(field, text: text, policy: session.policy, now: session.now, name: CommandLineTerms.flag(field))
            }
            fields.from = try from.map { try parseVocabulary($0, "stage") }
            let current = try session.ticket(id)
            // The stage's must-say checklist: warned about here, and the waiver recorded.
            let missing = Checklist.missing(current, doing: fields)
            fields.waived = missing
            let action = TicketAction.advance(fields)
            let acted = try session.change(id, change, action)
            let before = acted.before?.stage ?? current.stage
            // Warned about only when the core recorded the waiver (it does not for a flag such as --unreachable).
            let recorded = acted.before.map { acted.after.timeline.dropFirst($0.timeline.count) } ?? []
            if !acted.replayed, recorded.contains(where: { if case .checklistWaived = $0.event { true } else { false } }) {
                Output.message(lang.pick("tend: warning: not yet said at the \(before.english) stage: \(missing.map(\.english).joined(separator: ", ")) (noted in the timeline)",
                                         "tend：提醒：\(before.chinese)阶段尚未说到：\(missing.map(\.chinese).joined(separator: "、"))（已记入处理记录）") + "\n")
            }
            print(session.outcome(action, acted))
        }
    }
}
