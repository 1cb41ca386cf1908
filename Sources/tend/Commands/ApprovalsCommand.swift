import ArgumentParser
import Foundation
import TendCore
import TendTerminal

/// Every resolution waiting for a supervisor, most urgent ticket first, with what deciding it
/// needs: the amount and kind, who proposed it and their ceiling, the ticket's total so far, why,
/// and who may decide it (`tend approve`, `tend reject`).
struct ApprovalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approvals",
        abstract: "List the resolutions waiting for a supervisor's approval (decide with `tend approve` or `tend reject`).")

    @OptionGroup var desk: DeskOptions

    @Flag(help: "JSON output: an array of waiting approvals.")
    var json = false

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let waiting = PendingApproval.all(on: session.store.desk, policy: session.policy, now: session.now)
            let lang = session.lang
            if json {
                print(JSONValue.array(waiting.map(Self.json)).rendered(pretty: true))
                return
            }
            guard !waiting.isEmpty else {
                print(lang.pick("No resolution is waiting for approval.", "没有待审批的处理方案。"))
                return
            }
            var table = TextTable(columns: [
                .init(lang.pick("ID", "编号")), .init(lang.pick("GRADE", "等级"), minWidth: 4),
                .init(lang.pick("AMOUNT", "金额"), alignRight: true), .init(lang.pick("KIND", "方案"), maxWidth: 16, minWidth: 4),
                .init(lang.pick("BY", "提出人"), maxWidth: 14, minWidth: 6), .init(lang.pick("LIMIT", "其权限"), alignRight: true),
                .init(lang.pick("TOTAL", "合计"), alignRight: true), .init(lang.pick("DECIDES", "审批人"), maxWidth: 20, minWidth: 6),
                .init(lang.pick("WHY", "理由"), maxWidth: 40, minWidth: 8),
            ])
            for approval in waiting {
                table.add([
                    approval.ticket.description, approval.grade.name(lang), approval.amount?.formatted ?? "—",
                    approval.kindsText(lang), approval.proposedBy, approval.proposerCeiling.formatted,
                    approval.totalWithIt.formatted, approval.approvers.joined(separator: lang.pick(", ", "、")), approval.details,
                ])
            }
            print(table.render(width: TerminalSize.columns()), terminator: "")
            print(lang.pick("\(waiting.count) waiting. Decide with `tend approve ID` or `tend reject ID --comment TEXT`.",
                            "共 \(waiting.count) 项待审批。用 `tend approve 编号` 批准，或 `tend reject 编号 --comment 理由` 驳回。"))
        }
    }

    static func json(_ approval: PendingApproval) -> JSONValue {
        func money(_ value: Money?) -> JSONValue {
            value.map { .object([("amount", .string($0.decimal)), ("amount_minor", .int($0.minorUnits)), ("currency", .string($0.currency))]) } ?? .null
        }
        return .object([
            ("ticket", .string(approval.ticket.description)),
            ("grade", .string(approval.grade.rawValue)),
            ("kind", .string(approval.kind.rawValue)),
            ("kinds", .array(approval.kinds.map { .string($0.rawValue) })),
            ("amount", money(approval.amount)),
            ("proposed_by", .string(approval.proposedBy)),
            ("proposed_at", .string(TimeText.isoMilliseconds(approval.proposedAt))),
            ("proposer_ceiling", money(approval.proposerCeiling)),
            ("granted_before", money(approval.grantedBefore)),
            ("total_with_it", money(approval.totalWithIt)),
            ("details", .string(approval.details)),
            ("approvers", .array(approval.approvers.map { .string($0) })),
        ])
    }
}
