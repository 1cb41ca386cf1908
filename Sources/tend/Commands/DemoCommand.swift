import ArgumentParser
import Foundation
import TendCore
import TendPostgres

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a realistic demo desk (and open the console on it with --open).",
        discussion: """
        The demo desk lives in its own directory (default: $XDG_DATA_HOME/tend-demo, or ~/.local/share/tend-demo), \
        never your real desk. It holds a year of complaints (fewer tickets, fewer days; a week at the least) with \
        the year's seasons in them, and two early warnings to find this week. It has zh-CN and English customers, \
        every stage and grade, overdue and due-soon tickets, five handlers (li.hua, wang.fang, chen.jie, sam.taylor, maria.lopez), a supervisor (zhao.min), \
        a trainee (xiao.yu), and you as a supervisor. Use --as LOGIN to act as any of them.
        """)

    @Option(help: ArgumentHelp("The demo desk directory.", valueName: "dir"))
    var store: String?

    @Option(help: ArgumentHelp("Make the demo desk in this PostgreSQL database instead (an empty database, or one holding a demo desk).", valueName: "url"))
    var database: String?

    @Option(help: "How many tickets (1 to 1,000,000; the default is a year of them).")
    var tickets = DemoDesk.defaultTickets

    @Option(help: "The seed: the same seed and --now give the same desk.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("Build the desk as of this instant instead of now (ISO 8601).", valueName: "time"))
    var now: String?

    @Flag(help: "Replace an existing demo desk in that directory (never a real desk).")
    var fresh = false

    @Flag(help: "Open the console on the demo desk when it is ready.")
    var open = false

    @Option(help: ArgumentHelp("Language of messages: en or zh (default from LANG).", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("Colour theme for --open (see `tend themes`).", valueName: "name"))
    var theme: String?

    func validate() throws {
        guard (1...1_000_000).contains(tickets) else { throw ValidationError("--tickets takes 1 to 1,000,000") }
        if let now {
            do {
                _ = try TimeText.readInstant(now, field: "--now")
            } catch {
                throw ValidationError(error.message(.en))
            }
        }
    }

    var directory: String {
        if let store { return StoreLocation.resolve(explicit: store) }
        let env = ProcessInfo.processInfo.environment
        if let data = env["XDG_DATA_HOME"], !data.isEmpty { return (data as NSString).appendingPathComponent("tend-demo") }
        return ((env["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share/tend-demo")
    }

    func run() throws {
        if let database { return try runInDatabase(database) }
        var options = try DeskOptions.parse(lang.map { ["--lang", $0] } ?? [])
        options.store = directory
        let language = options.language
        try Output.reporting(language) {
            if Store.exists(at: directory) {
                if fresh {
                    try DemoReset.remove(directory)
                } else if !open {
                    throw StoreError.alreadyExists(directory: directory)
                }
            }
            if !Store.exists(at: directory) {
                let instant = (now.flatMap(TimeText.parseInstant) ?? Date()).roundedToStore
                let policy = DemoDesk.policy(founder: try Identity.osLogin())
                let desk = DemoDesk.generate(tickets: tickets, seed: seed, now: instant, policy: policy)
                _ = try Store.create(at: directory, policy: policy, desk: desk)
                print(language.pick("Demo desk with \(desk.count) tickets at \(directory).",
                                    "演示工作台已就绪：\(directory)，共 \(desk.count) 张工单。"))
                print(language.pick("Try: tend list --store \(directory) --as li.hua --mine",
                                    "试试：tend list --store \(directory) --as li.hua --mine"))
            }
            if open {
                var console = try ConsoleLaunch.parse([])
                console.desk = options
                console.theme = theme
                try console.run()
            }
        }
    }
}

extension DemoCommand {
    /// The same demo desk in a database: its roster's logins become roles with `tend team sync`;
    /// whoever connects is on it as a supervisor.
    func runInDatabase(_ text: String) throws {
        var options = try DeskOptions.parse((lang.map { ["--lang", $0] } ?? []) + ["--database", text])
        options.database = text
        let language = options.language
        try Output.reporting(language) {
            let url = try DatabaseURL(parsing: text)
            if fresh { try DemoReset.remove(url) }
            do {
                let instant = (now.flatMap(TimeText.parseInstant) ?? Date()).roundedToStore
                let policy = DemoDesk.policy(founder: url.user)
                let desk = DemoDesk.generate(tickets: tickets, seed: seed, now: instant, policy: policy)
                let log = try PostgresEventLog.create(url, policy: policy, desk: desk)
                print(language.pick("Demo desk with \(desk.count) tickets in \(log.location).",
                                    "演示工作台已就绪：\(log.location)，共 \(desk.count) 张工单。"))
            } catch TeamDeskError.alreadyHasDesk where open {
                // Open the demo desk that is there.
            }
            if open {
                var console = try ConsoleLaunch.parse([])
                console.desk = options
                console.theme = theme
                try console.run()
            }
        }
    }
}

/// Removes a demo desk's files, and only a demo desk's: a real desk is never deleted.
enum DemoReset {
    static func remove(_ directory: String) throws {
        let policyPath = (directory as NSString).appendingPathComponent(PolicyFile.name)
        guard let policy = try? PolicyFile.load(path: policyPath), policy.demo else {
            throw ValidationError("\(directory) holds a desk that is not a demo desk; --fresh replaces demo desks only")
        }
        for name in [PolicyFile.name, "journal.tend", "snapshot.tend", "lock"] {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }
}

extension DemoReset {
    /// Drops a demo desk's tables from a database, and only a demo desk's (the mark its owner
    /// wrote when making it, which `dropDemoDesk` checks).
    static func remove(_ url: DatabaseURL) throws {
        do {
            try PostgresEventLog.open(url).dropDemoDesk()
        } catch TeamDeskError.noDesk {
            return
        }
    }
}
