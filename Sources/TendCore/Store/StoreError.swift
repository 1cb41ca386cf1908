import Foundation

/// Why the store could not be opened or written. Nothing on disk is changed when one is thrown.
public enum StoreError: Error, Sendable, Equatable {
    case noDesk(directory: String)
    case alreadyExists(directory: String)
    case damaged(file: String, offset: Int, reason: Bilingual)
    case io(file: String, operation: String, errno: Int32)
    case busy(directory: String)
    case unknownLogin(login: String, policyPath: String)
    case asOnlyInDemo
    case noSuchTicket(String)
    /// A file desk belongs to the OS user who owns its directory.
    case notYourDesk(directory: String, owner: String)
    /// A request id already used by someone else, for another ticket, or for another change.
    case requestIdInUse(id: String, conflict: RequestConflict)
    /// A write failed and could not be taken back: the change may or may not be recorded.
    case writeUnconfirmed(file: String, errno: Int32)
    /// A link inside the desk: Tend never follows one.
    case symlink(file: String)

    public func message(_ lang: Language) -> String {
        switch self {
        case .noDesk(let directory):
            return lang.pick("No Tend desk at \(directory). Create one with `tend init` (or `tend demo` for a demo desk).",
                             "\(directory) 没有 Tend 工作台。请用 `tend init` 新建（演示用 `tend demo`）。")
        case .alreadyExists(let directory):
            return lang.pick("\(directory) already holds a Tend desk; it was left as it is.",
                             "\(directory) 已有 Tend 工作台，未做任何改动。")
        case .damaged(let file, let offset, let reason):
            return lang.pick("\(file) is damaged at byte \(offset): \(reason.en). Nothing was changed; restore the file from a backup or ask for help.",
                             "\(file) 在第 \(offset) 字节处损坏：\(reason.zh)。未做任何改动；请从备份恢复该文件或寻求技术支持。")
        case .io(let file, _, let errno) where errno == ELOOP:
            return StoreError.symlink(file: file).message(lang)
        case .io(let file, let operation, let errno):
            let (before, after) = StoreError.chineseOperations[operation] ?? ("访问", "")
            return lang.pick("Cannot \(operation) \(file): \(String(cString: strerror(errno))).",
                             "无法\(before) \(file)\(after.isEmpty ? "" : " " + after)：\(String(cString: strerror(errno)))。")
        case .busy(let directory):
            return lang.pick("Another Tend process has held the desk at \(directory) for too long; try again.",
                             "另一个 Tend 进程长时间占用 \(directory) 工作台，请稍后重试。")
        case .unknownLogin(let login, let policyPath):
            return lang.pick("\(login) is not on this desk's staff roster. A supervisor can add a [[staff]] entry (login, name, role) to \(policyPath).",
                             "\(login) 不在本工作台的员工名册中。请主管在 \(policyPath) 中添加 [[staff]] 条目（login、name、role）。")
        case .asOnlyInDemo:
            return lang.pick("--as works only on a demo desk; a real desk acts as your own login.",
                             "--as 仅可用于演示工作台；正式工作台以您本人的登录身份操作。")
        case .noSuchTicket(let id):
            return lang.pick("There is no ticket \(id).", "没有工单 \(id)。")
        case .notYourDesk(let directory, let owner):
            return lang.pick("\(directory) is \(owner)'s desk: a file desk belongs to the one person who made it. For a team, each person keeps their own desk until Tend's shared PostgreSQL desk is set up.",
                             "\(directory) 是 \(owner) 的工作台：文件工作台只属于创建它的那个人。团队在 Tend 的 PostgreSQL 共享工作台建好之前，请每人使用自己的工作台。")
        case .requestIdInUse(let id, let conflict):
            let (en, zh): (String, String) = switch conflict {
            case .otherActor(let login): ("by \(login)", "使用者是 \(login)")
            case .otherTickets(let tickets): ("for \(tickets.joined(separator: ", "))", "用于 \(tickets.joined(separator: "、"))")
            case .otherChange: ("for a different change", "用于另一项更改")
            }
            return lang.pick("Request id \(id) was already used \(en); nothing was changed. Use a new id for a new change.",
                             "请求编号 \(id) 已被使用（\(zh)），未做任何更改。新的更改请使用新编号。")
        case .writeUnconfirmed(let file, let errno):
            return lang.pick("Could not write \(file) (\(String(cString: strerror(errno)))) and could not take the partial write back: the change may or may not be recorded. Run `tend check`; retrying with the same request id never applies it twice.",
                             "写入 \(file) 失败（\(String(cString: strerror(errno)))），且未能撤回写了一半的内容：这次更改可能已记录，也可能没有。请运行 `tend check`；用同一请求编号重试不会重复执行。")
        case .symlink(let file):
            return lang.pick("\(file) is a symbolic link; Tend never follows links inside a desk. Nothing was changed.",
                             "\(file) 是符号链接；Tend 从不跟随工作台内的链接。未做任何改动。")
        }
    }

    /// Each file operation in Chinese, as the words before and after the file's name:
    /// "无法读取 FILE", "无法对 FILE 加锁".
    private static let chineseOperations: [String: (String, String)] = [
        "read": ("读取", ""),
        "write": ("写入", ""),
        "open": ("打开", ""),
        "create": ("创建", ""),
        "lock": ("对", "加锁"),
        "sync": ("将", "同步到磁盘"),
    ]
}

/// How a request id clashes with the one already recorded.
public enum RequestConflict: Sendable, Equatable {
    case otherActor(String)
    case otherTickets([String])
    case otherChange
}
