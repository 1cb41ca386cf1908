import TendCore

/// Why a database URL could not be read. Every `text` here has its password hidden.
public enum DatabaseURLError: Refusal, Sendable, Equatable {
    case notPostgres(text: String)
    case noDatabase(text: String)
    case badPort(text: String, value: String)
    case badTLSMode(text: String, value: String)
    case unknownParameter(text: String, name: String)
    /// A part that is not valid URL text: a broken `%` escape, an unclosed `[`, a parameter without `=`.
    case malformed(text: String, part: String)
    /// The URL names no user and the OS login could not be found.
    case noLogin(reason: Bilingual)

    public var text: Bilingual {
        switch self {
        case .notPostgres(let text):
            return Bilingual("Not a PostgreSQL URL: \(text) (expected postgresql://[USER@][HOST][:PORT]/DATABASE).",
                             "不是 PostgreSQL 地址：\(text)（应为 postgresql://[用户@][主机][:端口]/数据库）。")
        case .noDatabase(let text):
            return Bilingual("\(text) names no database: put it after the last slash, as in postgresql:///tenddesk.",
                             "\(text) 没有指明数据库：请写在最后一个斜杠之后，例如 postgresql:///tenddesk。")
        case .badPort(let text, let value):
            return Bilingual("\(text): port \(value) is not a number from 1 to 65535.",
                             "\(text)：端口 \(value) 不是 1 到 65535 之间的数字。")
        case .badTLSMode(let text, let value):
            let modes = DatabaseURL.TLSMode.allCases.map(\.rawValue)
            return Bilingual("\(text): sslmode \(value) is not one of \(modes.joined(separator: ", ")).",
                             "\(text)：sslmode 的值 \(value) 无效，可选值为 \(modes.joined(separator: "、"))。")
        case .unknownParameter(let text, let name):
            let known = DatabaseURLParser.parameters
            return Bilingual("\(text): unknown parameter \(name) (known: \(known.joined(separator: ", "))).",
                             "\(text)：未知参数 \(name)（可用参数：\(known.joined(separator: "、"))）。")
        case .malformed(let text, let part):
            return Bilingual("\(text): cannot read \(part) (a broken %-escape, an unclosed [ or a parameter without =).",
                             "\(text)：无法读取 \(part)（百分号转义不完整、方括号未闭合，或参数缺少等号）。")
        case .noLogin(let reason):
            return Bilingual("The URL names no user, and the OS login cannot be found: \(reason.en)",
                             "地址中没有指明用户，也无法确定操作系统登录名：\(reason.zh)")
        }
    }

    public func message(_ lang: Language) -> String { text.text(lang) }
}
