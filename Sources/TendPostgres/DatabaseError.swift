import TendCore

/// What can go wrong talking to a desk's database, in the three ways a caller must treat differently.
public enum DatabaseError: Refusal, Sendable, Equatable {
    /// No connection could be made: nothing listening, no such role or database, authentication
    /// refused, or no answer in time. `url` is redacted.
    case unreachable(url: String, reason: Bilingual)
    /// The server answered the statement with an error. The SQLSTATE tells callers apart what they
    /// can act on: 23505 unique violation (catch up and retry), 42501 insufficient privilege, …
    case refused(sqlState: String, message: String)
    /// The connection died or stopped answering. `duringCommit` is true when the lost statement
    /// could have committed (a COMMIT, or any statement sent outside BEGIN … COMMIT, which commits by
    /// itself): the change may or may not be recorded, so the caller must look after reconnecting.
    /// False when nothing was in flight or it was inside an open transaction, which the server rolls back.
    /// The connection is closed either way; open a new one.
    case lost(duringCommit: Bool)

    public static let uniqueViolation = "23505"
    public static let insufficientPrivilege = "42501"

    public var sqlState: String? {
        if case .refused(let sqlState, _) = self { return sqlState }
        return nil
    }

    public var text: Bilingual {
        switch self {
        case .unreachable(let url, let reason):
            return Bilingual("Cannot reach the desk's database at \(url): \(reason.en)",
                             "无法连接工作台的数据库 \(url)：\(reason.zh)")
        case .refused(let sqlState, let message):
            // The server's own words are English: quoted as data, with the code that identifies them.
            return Bilingual("The database refused: \(message) (SQLSTATE \(sqlState)).",
                             "数据库拒绝执行：「\(message)」（SQLSTATE \(sqlState)）。")
        case .lost(duringCommit: true):
            return Bilingual("The connection to the desk's database was lost (or it stopped answering) while a change was being committed: the change may or may not be recorded.",
                             "提交更改时与工作台数据库的连接中断（或数据库无响应）：该更改可能已记录，也可能未记录。")
        case .lost(duringCommit: false):
            return Bilingual("The connection to the desk's database was lost (or it stopped answering); nothing in flight was recorded.",
                             "与工作台数据库的连接中断（或数据库无响应）；进行中的操作未被记录。")
        }
    }

    public func message(_ lang: Language) -> String { text.text(lang) }
}
