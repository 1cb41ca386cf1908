import ArgumentParser
import Foundation
import TendCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the desk: every checksum, the journal's order, the policy and file permissions.")
    @OptionGroup var desk: DeskOptions

    func run() throws {
        let lang = desk.language
        try Output.reporting(lang) {
            // Opening reads and verifies everything; damage stops it with the file and offset.
            let store = try Store.open(at: desk.directory)
            var problems = store.takeNotices().map { $0.message(lang) }
            problems += DeskPermissions.problems(in: store.directory)
            let open = store.desk.tickets.filter(\.isOpen).count
            print(lang.pick("\(store.directory): \(store.desk.count) tickets (\(open) open), \(store.sequence) changes, \(store.policy.staff.count) staff.",
                            "\(store.directory)：共 \(store.desk.count) 张工单（在办 \(open)），\(store.sequence) 次变更，\(store.policy.staff.count) 名员工。"))
            for problem in problems { print("  ! \(problem)") }
            if problems.isEmpty {
                print(lang.pick("All checks passed.", "检查全部通过。"))
            } else {
                throw ExitCode(1)
            }
        }
    }
}

/// The desk is readable by its owner only: files 0600, directory 0700.
enum DeskPermissions {
    static func problems(in directory: String) -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        func mode(_ path: String) -> Int? { (try? manager.attributesOfItem(atPath: path)[.posixPermissions]) as? Int }
        if let dirMode = mode(directory), dirMode & 0o077 != 0 {
            found.append("\(directory) is open to other users (mode \(String(dirMode, radix: 8))); run chmod 700 on it")
        }
        for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] {
            let path = (directory as NSString).appendingPathComponent(name)
            if let fileMode = mode(path), fileMode & 0o077 != 0 {
                found.append("\(path) is readable by other users (mode \(String(fileMode, radix: 8))); run chmod 600 on it")
            }
        }
        return found
    }
}
