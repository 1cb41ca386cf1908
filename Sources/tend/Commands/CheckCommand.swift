import ArgumentParser
import Foundation
import TendConsole
import TendCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the desk: every checksum, that its files belong together, the policy, drafts, training logs, permissions, leftovers and links.")
    @OptionGroup var desk: DeskOptions

    func run() throws {
        let lang = desk.language
        try Output.reporting(lang) {
            // Opening reads and verifies everything; damage stops it with the file and offset.
            let store = try desk.openStore()
            // The files of a desk on disk; a database keeps its own checksums and constraints.
            // Left by an interrupted write, never acknowledged: reported, but the desk is sound.
            var (problems, leftovers) = store.log is FileEventLog ? DeskAudit.findings(in: store.directory, lang: lang) : ([], [])
            leftovers = store.takeNotices().map { $0.message(lang) } + leftovers
            problems += draftProblems(store.directory)
            problems += TrainingLog(storeDirectory: store.directory).load().problems
            let open = store.desk.tickets.filter(\.isOpen).count
            print(lang.pick("\(store.location): \(store.desk.count) tickets (\(open) open), \(store.sequence) changes, \(store.policy.staff.count) staff.",
                            "\(store.location)：共 \(store.desk.count) 张工单（在办 \(open)），\(store.sequence) 次变更，\(store.policy.staff.count) 名员工。"))
            for problem in problems { print("  ! \(problem)") }
            for leftover in leftovers { print("  · \(leftover)") }
            if problems.isEmpty {
                print(leftovers.isEmpty ? lang.pick("All checks passed.", "检查全部通过。")
                                        : lang.pick("All checks passed; what is marked · was left by an interrupted write and holds nothing acknowledged.",
                                                    "检查全部通过；标有 · 的是中断写入留下的内容，不含任何已确认的更改。"))
            } else {
                throw ExitCode(1)
            }
        }
    }

    /// Every person's half-written forms must still be readable: a draft is someone's only copy.
    private func draftProblems(_ directory: String) -> [String] {
        let folder = (directory as NSString).appendingPathComponent("drafts")
        let logins = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return logins.flatMap { login in
            DraftShelf(storeDirectory: directory, login: login).load().problems.map {
                desk.language.pick("\($0) is not a readable draft", "\($0) 不是可读的草稿")
            }
        }
    }
}
