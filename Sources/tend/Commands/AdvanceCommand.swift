import ArgumentParser
import Foundation
import TendCore

struct AdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a ticket to its next stage, giving what that stage's gate needs.",
        discussion: """
        received → acknowledged: --eta (promised answer time: 4h, or 2026-11-23T10:00)
        acknowledged → investigating: an assignee (tend take, or --to LOGIN)
        investigating → resolving: --findings, and --cause / --grade unless already set (a new grade needs --reason)
        resolving → follow_up: --resolution KIND --details TEXT [--amount 50.00]; above your ceiling it waits for approval
        follow_up → closed: --score 1-5 [--comment], or --unreachable after repeated failed calls
        mediation → resolving: --outcome TEXT

        A retry cannot move a ticket twice: the gate's flags name the stage the ticket moves from (or say it with
        --from), so once the ticket has moved on the same command is refused. With --request-id, a retry reports
        the first outcome instead.
        """)

    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions

    @Argument(help: "The ticket, e.g. T-1042.") var id: String

    @Option(help: ArgumentHelp("Promised answer time.", valueName: "time")) var eta: String?
    @Option(name: .customLong("to"), help: ArgumentHelp("Assignee for the investigation.", valueName: "login")) var assignee: String?
    @Option(help: "Confirmed grade.") var grade: String?
    @Option(help: "Confirmed cause category.") var cause: String?
    @Option(help: "What the investigation found.") var findings: String?
    @Option(help: "Why the grade changes.") var reason: String?
    @Option(help: "Resolution kind: apology, explanation, redo, voucher, discount, partial_refund, refund, waiver, added_service, mediation.") var resolution: String?
    @Option(help: ArgumentHelp("Compensation amount, e.g. 50.00.", valueName: "amount")) var amount: String?
    @Option(help: "The resolution as told to the customer.") var details: String?
    @Option(help: "Satisfaction score from the follow-up call, 1 to 5.") var score: Int?
    @Option(help: "The customer's comment.") var comment: String?
    @Flag(help: "Close without a score after repeated failed follow-up calls.") var unreachable = false
    @Option(help: "The mediation's outcome.") var outcome: String?
    @Option(help: ArgumentHelp("Refuse unless the ticket is in this stage (implied by the gate's flags when they name one stage).", valueName: "stage")) var from: String?

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let lang = session.lang
            var fields = AdvanceFields()
            fields.eta = try eta.map { try parseMoment($0, now: session.now, what: "--eta") }
            fields.assignee = assignee
            fields.grade = try grade.map { try parseVocabulary($0, "grade") }
            fields.cause = try cause.map { try parseVocabulary($0, "cause") }
            fields.findings = findings
            fields.reason = reason
            fields.resolution = try resolution.map { try parseVocabulary($0, "resolution") }
            fields.amount = try amount.map { try Money.read($0, currency: session.policy.currency, field: "--amount") }
            fields.details = details
            if let score { try requireRange(score, 1...5, flag: "--score") }
            fields.score = score
            fields.comment = comment
            fields.unreachable = unreachable
            fields.outcome = outcome
            fields.from = try from.map { try parseVocabulary($0, "stage") }
            let current = try session.ticket(id)
            // The stage's must-say checklist: warned about here, and the waiver recorded.
            let missing = Checklist.missing(current)
            if !missing.isEmpty && !(current.stage == .followUp && unreachable) {
                fields.waived = missing
            }
            let acted = try session.change(id, change) { workflow, ticket in try workflow.advance(ticket, fields) }
            let before = acted.before?.stage ?? current.stage
            let after = acted.after
            // The resolution was recorded: that is a change made, so the exit status is 0 (a retrying
            // script must not propose it twice); the ticket waits for a supervisor's approval.
            if after.stage == before, let pending = after.resolution, pending.approval == .pending, let money = pending.amount {
                let ceiling = Money(minorUnits: session.policy.ceiling(for: session.actor), currency: money.currency)
                print(lang.pick("\(after.id): resolution recorded; it stays in resolving until a supervisor approves it (tend approve). ",
                                "\(after.id)：处理方案已记录；在主管批准前仍处于处理中（tend approve）。")
                    + WorkflowError.awaitingApproval(amount: money, ceiling: ceiling, granted: after.grantedTotal > 0
                        ? Money(minorUnits: after.grantedTotal, currency: money.currency) : nil).message(lang))
                return
            }
            if !fields.waived.isEmpty && !acted.replayed {
                Output.message(lang.pick("tend: warning: not yet said at the \(before.english) stage: \(missing.map(\.english).joined(separator: ", ")) (noted in the timeline)",
                                         "tend：提醒：\(before.chinese)阶段尚未说到：\(missing.map(\.chinese).joined(separator: "、"))（已记入处理记录）") + "\n")
            }
            print("\(after.id): \(before.name(lang)) → \(after.stage.name(lang))")
        }
    }
}
