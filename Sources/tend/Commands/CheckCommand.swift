import ArgumentParser
import Foundation
import TendConsole
import TendCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the desk: every checksum, that its files belong together, the policy, drafts, training logs, the desk's own terms, evidence kept with cases, permissions, leftovers and links.")
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
            if store.log is FileEventLog {
                problems += termsProblems(store.directory)
                problems += evidenceProblems(store)
            }
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

    /// A desk's own after-sales terms must read: otherwise `K` and `tend terms` refuse them.
    private func termsProblems(_ directory: String) -> [String] {
        guard FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(TermsFile.name)) else { return [] }
        do throws(TermsFileError) {
            _ = try TermsFile.load(storeDirectory: directory)
            return []
        } catch {
            return [error.message(desk.language)]
        }
    }

    /// Every file kept as evidence is still there with the bytes its checksum names: a mediator
    /// or an insurer may be handed it.
    private func evidenceProblems(_ store: Store) -> [String] {
        var problems: [String] = []
        for ticket in store.desk.tickets {
            for (index, item) in ticket.evidence.enumerated() {
                guard let file = item.file, !EvidenceKeeper.verify(file, in: store.directory) else { continue }
                problems.append(desk.language.pick(
                    "\(ticket.id) evidence \(index + 1) (\(file.originalName)): \(file.storedPath) is missing or no longer matches its SHA-256",
                    "\(ticket.id) 证据 \(index + 1)（\(file.originalName)）：\(file.storedPath) 已丢失或与其 SHA-256 不符"))
            }
        }
        return problems
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
