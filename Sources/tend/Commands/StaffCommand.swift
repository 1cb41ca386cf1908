import ArgumentParser
import TendCore
import TendTerminal

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "staff", abstract: "List the desk's staff roster with roles, ceilings and open load.")
    @OptionGroup var desk: DeskOptions
    @Flag(help: "JSON output.") var json = false

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let policy = session.policy
            var load: [String: Int] = [:]
            for ticket in session.store.desk.tickets where ticket.isOpen {
                if let assignee = ticket.assignee { load[assignee, default: 0] += 1 }
            }
            if json {
                print(JSONValue.array(policy.staff.map { member in
                    .object([("login", .string(member.login)), ("name", .string(member.name)), ("role", .string(member.role.rawValue)),
                             ("ceiling", .string(Money(minorUnits: policy.ceiling(for: member), currency: policy.currency).decimal)),
                             ("open_tickets", .int(load[member.login] ?? 0))])
                }).rendered(pretty: true))
                return
            }
            let lang = session.lang
            var table = TextTable(columns: [.init(lang.pick("LOGIN", "登录名")), .init(lang.pick("NAME", "姓名")),
                                            .init(lang.pick("ROLE", "角色")), .init(lang.pick("CEILING", "授权额度"), alignRight: true),
                                            .init(lang.pick("OPEN", "在办"), alignRight: true)])
            for member in policy.staff {
                table.add([member.login, member.name, member.role.name(lang),
                           Money(minorUnits: policy.ceiling(for: member), currency: policy.currency).formatted,
                           String(load[member.login] ?? 0)])
            }
            print(table.render(width: TerminalSize.columns()), terminator: "")
        }
    }
}
