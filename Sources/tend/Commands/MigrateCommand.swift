import ArgumentParser
import Foundation
import TendCore
import TendPostgres

/// Moves a desk from a directory into an empty database: its policy and roster, and every ticket
/// with its whole timeline, as the database desk's first snapshot at the same change number.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy a desk on disk into an empty PostgreSQL database (run by whoever administers the database).",
        discussion: """
        The directory is only read. Afterwards the database desk is opened and compared with the one on disk, \
        ticket by ticket. Then run `tend team sync --database URL` to give the roster its rights. To go the other \
        way, a supervisor exports the database desk (`tend export --format json --database URL --output FILE`) and \
        restores that backup into a new desk on disk (`tend init --store DIR`, `tend import FILE --store DIR`).
        """)

    @Argument(help: ArgumentHelp("The desk directory to copy.", valueName: "dir")) var directory: String
    @Option(help: ArgumentHelp("The database to copy it into (default: $TEND_DATABASE).", valueName: "url")) var database: String?
    @Option(help: ArgumentHelp("Language of messages: en or zh (default from LANG).", valueName: "lang")) var lang: String?

    func run() throws {
        let language = DeskOptions.language(from: lang)
        try Output.reporting(language) {
            guard let text = database ?? ProcessInfo.processInfo.environment["TEND_DATABASE"].flatMap({ $0.isEmpty ? nil : $0 }) else {
                throw ValidationError(language.pick("say which database: --database URL", "请用 --database URL 指明数据库"))
            }
            let url = try DatabaseURL(parsing: text)
            let source = try Store.open(at: StoreLocation.resolve(explicit: directory))
            let log = try PostgresEventLog.create(url, policy: source.policy, desk: source.desk, sequence: source.sequence)
            let copy = try Store(log: log)
            guard copy.desk.tickets == source.desk.tickets, copy.sequence == source.sequence else {
                throw ValidationError(language.pick("the desk read back from \(log.location) differs from \(source.location); the database desk should not be used",
                                                    "从 \(log.location) 读回的工作台与 \(source.location) 不一致，不应使用该数据库工作台"))
            }
            print(language.pick("""
                Copied \(source.desk.count) tickets (history up to change \(source.sequence)) and the policy with \(source.policy.staff.count) staff from \(source.location) into \(log.location), and read them back: they match.
                Next: tend team sync --database \(log.location)
                """, """
                已将 \(source.location) 的 \(source.desk.count) 张工单（记录到第 \(source.sequence) 项更改）及政策（名册 \(source.policy.staff.count) 人）复制到 \(log.location)，并已读回核对：完全一致。
                下一步：tend team sync --database \(log.location)
                """))
        }
    }
}
