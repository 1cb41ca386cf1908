/// Why the store could not be opened or written. Nothing on disk is changed when one is thrown.
public enum StoreError: Error, Sendable, Equatable {
    case noDesk(directory: String)
    case alreadyExists(directory: String)
    case damaged(file: String, offset: Int, reason: String)
    case io(file: String, operation: String, errno: Int32)
    case busy(directory: String)
    case unknownLogin(login: String, policyPath: String)
    case asOnlyInDemo
    case noSuchTicket(String)

    public func message(_ lang: Language) -> String {
        switch self {
        case .noDesk(let directory):
            return lang.pick("No Tend desk at \(directory). Create one with `tend init` (or `tend demo` for a demo desk).",
                             "\(directory) 没有 Tend 工作台。请用 `tend init` 新建（演示用 `tend demo`）。")
        case .alreadyExists(let directory):
            return lang.pick("\(directory) already holds a Tend desk; it was left as it is.",
                             "\(directory) 已有 Tend 工作台，未做任何改动。")
        case .damaged(let file, let offset, let reason):
            return lang.pick("\(file) is damaged at byte \(offset): \(reason). Nothing was changed; restore the file from a backup or ask for help.",
                             "\(file) 在第 \(offset) 字节处损坏：\(reason)。未做任何改动；请从备份恢复该文件或寻求技术支持。")
        case .io(let file, let operation, let errno):
            return lang.pick("Cannot \(operation) \(file): \(String(cString: strerror(errno))).",
                             "无法\(operation == "read" ? "读取" : "写入") \(file)：\(String(cString: strerror(errno)))。")
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
        }
    }
}

import Foundation
