import ArgumentParser
import TendCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty desk, with you on its roster as supervisor.")

    @OptionGroup var desk: DeskOptions

    @Option(help: "Your display name on the roster (default: your login).")
    var name: String?

    func run() throws {
        try Output.reporting(desk.language) {
            let login = try Identity.osLogin()
            let policy = Policy.starting(with: StaffMember(login: login, name: name ?? login, role: .supervisor))
            let store = try Store.create(at: desk.directory, policy: policy)
            print(desk.language.pick("Created an empty desk at \(store.directory).\nAdd staff to [[staff]] in \(store.policyPath).",
                                     "已在 \(store.directory) 新建空工作台。\n请在 \(store.policyPath) 的 [[staff]] 中添加员工。"))
        }
    }
}
