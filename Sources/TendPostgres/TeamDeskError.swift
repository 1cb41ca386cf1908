import TendCore

/// What can go wrong with a team's desk in a database, beyond a connection failing
/// (`DatabaseError`).
public enum TeamDeskError: Refusal, Sendable {
    case noDesk(url: String)
    case alreadyHasDesk(url: String)
    case noPolicy(url: String)
    /// The database refused an operation the session's role is not granted.
    case notPermitted(DatabaseError)
    /// The connection was lost while COMMIT was on its way and could not be re-established to look:
    /// the change may be recorded. Nothing else is changed until Tend has looked.
    case outcomeUnknown(url: String)
    /// The connection was lost during COMMIT; after reconnecting, the change was not there.
    case notRecorded
    /// An insert was refused as a duplicate although nobody else took that change number.
    case conflictWithoutRace(sequence: UInt64, DatabaseError)
    /// `--as` cannot make the database record someone else.
    case actingAsOthers(login: String)
    /// Changes recorded in other people's names (a backup) cannot be appended to a database desk.
    case inAnothersName(login: String)
    case notDatabaseOwner(url: String)
    case databaseNameTooLong(url: String, longest: Int)
    case notADemoDesk(url: String)
    /// Another session has held the desk's next change open too long.
    case blocked(url: String)
    /// The session's role is not on the desk's roster.
    case notOnRoster(login: String, url: String)

    public func message(_ lang: Language) -> String {
        switch self {
        case .noDesk(let url):
            return lang.pick("There is no desk in the database \(url). Create one with `tend init --database \(url)`.",
                             "数据库 \(url) 里还没有工作台。请用 `tend init --database \(url)` 新建。")
        case .alreadyHasDesk(let url):
            return lang.pick("The database \(url) already holds a desk; it was left as it is.",
                             "数据库 \(url) 里已经有工作台，未做任何改动。")
        case .noPolicy(let url):
            return lang.pick("The desk in \(url) has no policy; import one with `tend policy import FILE`.",
                             "\(url) 里的工作台没有政策设置；请用 `tend policy import 文件` 导入。")
        case .notPermitted(let error):
            return lang.pick("Your database role is not allowed to do that (\(error.message(.en)))",
                             "你的数据库角色无权这样做（\(error.message(.zh))）")
        case .outcomeUnknown(let url):
            return lang.pick("The connection to \(url) was lost while the change was being saved, and the database cannot be reached to check: it may or may not be recorded.",
                             "保存更改时与 \(url) 的连接中断，且暂时无法连上数据库核实：这项更改可能已记录，也可能没有。")
        case .notRecorded:
            return lang.pick("The connection was lost while the change was being saved; Tend reconnected and checked: it was not recorded. Try again.",
                             "保存更改时连接中断；Tend 已重新连上并核实：这项更改没有记录。请再试一次。")
        case .conflictWithoutRace(let sequence, let error):
            return lang.pick("Change \(sequence) was refused as a duplicate though no other change took its place (\(error.message(.en))).",
                             "第 \(sequence) 项更改被当作重复而拒绝，但并没有别的更改占用这个位置（\(error.message(.zh))）。")
        case .actingAsOthers(let login):
            return lang.pick("--as \(login) is for demo desks on disk: on a database desk every change is recorded as the role you connect as.",
                             "--as \(login) 只用于磁盘上的演示工作台：数据库工作台上的每项更改都记在你连接所用的角色名下。")
        case .inAnothersName(let login):
            return lang.pick("A database desk records every change as the role that connects; changes in \(login)'s name cannot be added. To move a backup into a database, restore it into a desk on disk and run `tend migrate`.",
                             "数据库工作台把每项更改记在连接所用的角色名下，不能以 \(login) 的名义添加更改。要把备份放进数据库，请先恢复到磁盘上的工作台，再运行 `tend migrate`。")
        case .notDatabaseOwner(let url):
            return lang.pick("A desk is made in a database you own (its connect rights and settings are changed): create one with `createdb`, then run `tend init --database` on it. \(url) was left as it is.",
                             "工作台只能建在你自己拥有的数据库里（会改动它的连接权限和设置）：请先用 `createdb` 新建一个，再对它运行 `tend init --database`。\(url) 未做任何改动。")
        case .databaseNameTooLong(let url, let longest):
            return lang.pick("The database name in \(url) is too long for the desk's role names: use one of at most \(longest) bytes.",
                             "\(url) 中的数据库名太长，放不进工作台的角色名：请用不超过 \(longest) 字节的名字。")
        case .notADemoDesk(let url):
            return lang.pick("\(url) holds a desk that was not made as a demo desk; --fresh replaces demo desks only.",
                             "\(url) 里的工作台不是作为演示工作台建立的；--fresh 只替换演示工作台。")
        case .blocked(let url):
            return lang.pick("Another session in \(url) has held the desk's next change open for several seconds (a client that hung or misbehaves): nothing was changed. The database ends such a session after 15 s; try again.",
                             "\(url) 中另一个会话占住了下一项更改好几秒（客户端卡住或行为异常）：这项更改没有保存。数据库会在 15 秒后结束这种会话，请稍后再试。")
        case .notOnRoster(let login, let url):
            return lang.pick("\(login) is not on the roster of the desk in \(url); a supervisor adds them with `tend policy import`, then the administrator runs `tend team sync`.",
                             "\(login) 不在 \(url) 工作台的名册上；请主管用 `tend policy import` 添加，再由管理员运行 `tend team sync`。")
        }
    }
}
