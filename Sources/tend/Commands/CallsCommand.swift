import ArgumentParser
import Foundation
import TendCore
import TendTerminal

/// The follow-up calls to make, soonest first: the number to call (in full only to whoever may
/// see it) and the script to open with. A call that gets through is recorded with
/// `tend advance ID --score N`; one that does not with `tend follow-up ID --failed`.
struct CallsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calls",
        abstract: "List the follow-up calls due, with the number to call and the script to open with.")

    @OptionGroup var desk: DeskOptions
    @Flag(help: "Only the calls due by the end of today (overdue ones too).") var today = false
    @Flag(help: "Only the calls whose time has passed.") var overdue = false
    @Flag(help: "Only the tickets assigned to you.") var mine = false
    @Flag(help: "JSON output: an array of calls.") var json = false

    func validate() throws {
        if today && overdue { throw ValidationError("give --today or --overdue, not both") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let lang = session.lang
            let window: CallDue.Window = overdue ? .overdue : today ? .today : .all
            let calls = CallDue.all(on: session.store.desk, policy: session.policy, now: session.now, window: window,
                                    assignee: mine ? session.actor.login : nil)
            let library = try? ScriptLibrary.load(storeDirectory: session.store.directory).library
            let workflow = Workflow(policy: session.policy, actor: session.actor, now: session.now)
            func number(_ ticket: Ticket) -> String {
                workflow.mayReadContact(ticket) ? ticket.customer.contact : Masking.contact(ticket.customer.contact)
            }
            func opener(_ ticket: Ticket) -> Script? { library?.matching(ticket).first }
            if json {
                print(JSONValue.array(calls.map { call in
                    .object([
                        ("ticket", .string(call.ticket.id.description)), ("due", .string(TimeText.isoMilliseconds(call.at))),
                        ("overdue", .bool(call.at < session.now)), ("attempt", .int(call.attempt)),
                        ("call", .int(call.call)), ("calls", .int(call.of)),
                        ("grade", .string(call.ticket.grade.rawValue)), ("assignee", .string(call.ticket.assignee)),
                        ("customer", .string(call.ticket.customer.name)), ("contact", .string(number(call.ticket))),
                        ("script", .string(opener(call.ticket)?.id)),
                    ])
                }).rendered(pretty: true))
                return
            }
            guard !calls.isEmpty else {
                print(lang.pick("No follow-up calls due.", "没有待回访的电话。"))
                return
            }
            // The number to call is never narrowed (found by a new user at 80 columns: it was cut to
            // "1360779…"); the date drops its year and a call past its time is marked "!", as the
            // queue marks an overdue ticket.
            // On a terminal under 100 columns the opening script is left out (it is in the console's
            // calls view and `tend show`), and so is who calls when they are all yours.
            let width = TerminalSize.columns()
            let wide = (width ?? .max) >= 100
            var columns: [TextTable.Column] = [
                .init(lang.pick("DUE", "回访时间")), .init(lang.pick("ID", "编号")), .init(lang.pick("GRADE", "等级"), minWidth: 4),
                .init(lang.pick("CUSTOMER", "客户"), maxWidth: 16, minWidth: 6), .init(lang.pick("CALL", "号码"), maxWidth: 40),
                .init("#", alignRight: true), .init(lang.pick("TRY", "尝试"), alignRight: true),
            ]
            if !mine { columns.append(.init(lang.pick("WHO", "负责人"), maxWidth: 12, minWidth: 4)) }
            if wide { columns.append(.init(lang.pick("OPEN WITH", "开场话术"), maxWidth: 36, minWidth: 8)) }
            var table = TextTable(columns: columns)
            for call in calls {
                let late = call.at < session.now ? "!" : " "
                var row = [late + String(TimeText.local(call.at).dropFirst(5)), call.ticket.id.description, call.ticket.grade.name(lang),
                           call.ticket.customer.name, number(call.ticket), "\(call.call)/\(call.of)",
                           "\(call.attempt)/\(session.policy.followUpAttempts)"]
                if !mine { row.append(call.ticket.assignee ?? "—") }
                if wide { row.append(opener(call.ticket).map { $0.title.text(lang) } ?? "—") }
                table.add(row)
            }
            print(table.render(width: width), terminator: "")
            print(lang.pick("\(calls.count) call(s); ! past its time; # which call of how many. Got through: `tend advance ID --score N`. No answer: `tend follow-up ID --failed`.",
                            "共 \(calls.count) 个回访；! 表示已过时间；# 表示第几次（共几次）。接通后：`tend advance 编号 --score 分数`；未接通：`tend follow-up 编号 --failed`。"))
        }
    }
}
