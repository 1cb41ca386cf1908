import ArgumentParser
import Foundation
import TendCore
import TendPostgres

/// The policy and roster of a desk: on disk it is `policy.toml`, edited in place; in a database it
/// is exported, edited and imported again, checked the same way.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show, export or import the desk's policy and roster.",
        subcommands: [Show.self, Export.self, Import.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the policy in force.")
        @OptionGroup var desk: DeskOptions

        func run() throws {
            try Output.reporting(desk.language) { Output.write(try PolicyCommand.document(desk)) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the policy in force to a file (never over an existing one).")
        @OptionGroup var desk: DeskOptions
        @Argument(help: ArgumentHelp("The file to write.", valueName: "file")) var file: String

        func run() throws {
            try Output.reporting(desk.language) {
                let text = try PolicyCommand.document(desk)
                // Never over an existing file, never through a link, and private from the start.
                let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                guard fd >= 0 else {
                    throw ValidationError(desk.language.pick("could not create \(file): \(String(cString: strerror(errno)))",
                                                             "无法新建 \(file)：\(String(cString: strerror(errno)))"))
                }
                defer { close(fd) }
                let bytes = Array(text.utf8)
                guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count, fsync(fd) == 0 else {
                    throw ValidationError(desk.language.pick("could not write \(file)", "无法写入 \(file)"))
                }
                print(desk.language.pick("Wrote the policy to \(file).", "已将政策写入 \(file)。"))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a policy file in force on a database desk (supervisors), checked like policy.toml.",
            discussion: "A desk on disk reads its policy.toml directly: edit that file instead.")
        @OptionGroup var desk: DeskOptions
        @Argument(help: ArgumentHelp("The policy file to import.", valueName: "file")) var file: String

        func run() throws {
            try Output.reporting(desk.language) {
                guard case .database(let url) = try desk.place() else {
                    throw ValidationError(desk.language.pick("a desk on disk reads its policy.toml directly: edit that file",
                                                             "磁盘上的工作台直接读取它的 policy.toml：请直接编辑该文件"))
                }
                // Read as the policy file is read (size, UTF-8, syntax), naming file:line on error.
                _ = try TOMLDocument.load(path: file, what: "policy file", followingLinks: true)
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let log = try PostgresEventLog.open(url)
                let policy = try log.importPolicy(text, path: file)
                print(desk.language.pick("The policy from \(file) is in force: \(policy.staff.count) staff. Run `tend team sync` to give them their rights in the database.",
                                         "\(file) 中的政策已生效：名册共 \(policy.staff.count) 人。请运行 `tend team sync` 在数据库中授予他们相应权限。"))
            }
        }
    }

    static func document(_ desk: DeskOptions) throws -> String {
        switch try desk.place() {
        case .directory(let directory):
            let store = try Store.open(at: directory)
            return PolicyFile.render(store.policy)
        case .database(let url):
            return try PostgresEventLog.open(url).policyDocument()
        }
    }
}

/// `tend team …`: the database side of a team's desk.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Administer a team's desk in PostgreSQL.",
        subcommands: [Sync.self])

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or update the database roles and grants from the desk's roster, and print what changed.",
            discussion: "Run by whoever administers the database (it needs CREATEROLE), after every change to the roster.")
        @OptionGroup var desk: DeskOptions

        func run() throws {
            let lang = desk.language
            try Output.reporting(lang) {
                guard case .database(let url) = try desk.place() else {
                    throw ValidationError(lang.pick("tend team sync works on a desk in a database: give --database URL",
                                                    "tend team sync 只用于数据库中的工作台：请给出 --database URL"))
                }
                let steps = try TeamSync.run(url)
                for step in steps { print(step.message(lang)) }
                print(steps.isEmpty ? lang.pick("The roles already match the roster; nothing changed.", "数据库角色已与名册一致，未做改动。")
                                    : lang.pick("\(steps.count) changes.", "共 \(steps.count) 项改动。"))
            }
        }
    }
}
