import ArgumentParser
import TendCore
import TendPostgres

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty desk, with you on its roster as supervisor.")

    @OptionGroup var desk: DeskOptions

    @Option(help: "Your display name on the roster (default: your login).")
    var name: String?

    func run() throws {
        try Output.reporting(desk.language) {
            switch try desk.place() {
            case .directory(let directory):
                let login = try Identity.osLogin()
                let policy = Policy.starting(with: StaffMember(login: login, name: name ?? login, role: .supervisor))
                let store = try Store.create(at: directory, policy: policy)
                print(desk.language.pick("Created an empty desk at \(store.directory).\nAdd staff to [[staff]] in \(store.policyPath).",
                                         "已在 \(store.directory) 新建空工作台。\n请在 \(store.policyPath) 的 [[staff]] 中添加员工。"))
            case .database(let url):
                // The role the server authenticates is the founder: on the roster as a supervisor.
                let policy = Policy.starting(with: StaffMember(login: url.user, name: name ?? url.user, role: .supervisor))
                let log = try PostgresEventLog.create(url, policy: policy, desk: Desk())
                print(desk.language.pick("""
                    Created an empty desk in \(log.location), with \(log.sessionUser) on its roster as supervisor.
                    Add staff: tend policy export FILE --database …, edit [[staff]], tend policy import FILE --database …;
                    then give them their rights in the database: tend team sync --database …
                    """, """
                    已在 \(log.location) 新建空工作台，\(log.sessionUser) 以主管身份列在名册上。
                    添加员工：tend policy export 文件 --database …，编辑 [[staff]]，再 tend policy import 文件 --database …；
                    然后在数据库中授予他们权限：tend team sync --database …
                    """))
            }
        }
    }
}
