import PostgresNIO
import TendCore
#if canImport(Glibc)
import Glibc
#endif

/// Why a connection could not be made, in one sentence a person at the desk can act on.
enum ConnectFailure {
    static func reason(_ error: any Error, url: DatabaseURL) -> Bilingual {
        if let psql = error as? PSQLError {
            if let info = psql.serverInfo, let sqlState = info[.sqlState] {
                return serverReason(sqlState: sqlState, message: info[.message] ?? "", url: url)
            }
            switch psql.code {
            case .authMechanismRequiresPassword:
                return Bilingual("the server asks for a password for role \(url.user) and the URL gives none.",
                                 "服务器要求角色 \(url.user) 提供密码，但地址中没有密码。")
            case .sslUnsupported:
                return Bilingual("the server does not offer TLS, and sslmode=\(url.tls.rawValue) requires it.",
                                 "服务器不支持加密连接，而 sslmode=\(url.tls.rawValue) 要求加密。")
            default:
                if let underlying = psql.underlying { return reason(underlying, url: url) }
            }
        }
        if let connection = error as? NIOConnectionError, let first = connection.connectionErrors.first {
            return reason(first.error, url: url)
        }
        if let io = error as? IOError { return errnoReason(io.errnoCode) }
        if case ChannelError.connectTimeout = error { return noAnswer() }
        return Bilingual("\(error).", "\(error)。")
    }

    static func noAnswer(within seconds: Double? = nil) -> Bilingual {
        guard let seconds else { return Bilingual("the server did not answer in time.", "服务器未及时应答。") }
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return Bilingual("no answer within \(shown) s.", "\(shown) 秒内没有应答。")
    }

    private static func errnoReason(_ code: CInt) -> Bilingual {
        switch code {
        case ENOENT, ECONNREFUSED:
            return Bilingual("nothing is listening there (is PostgreSQL running?).",
                             "那里没有数据库服务在监听（PostgreSQL 是否已启动？）。")
        case EACCES, EPERM:
            return Bilingual("permission denied on the server's socket.", "无权访问数据库服务的套接字。")
        case ETIMEDOUT, EHOSTUNREACH, ENETUNREACH:
            return Bilingual("the server's machine cannot be reached over the network.", "无法通过网络访问数据库服务所在的机器。")
        default:
            let text = String(cString: strerror(code))
            return Bilingual("\(text).", "系统错误 \(code)（\(text)）。")
        }
    }

    /// The server's refusals at startup, said plainly; others keep the server's words and SQLSTATE.
    private static func serverReason(sqlState: String, message: String, url: DatabaseURL) -> Bilingual {
        switch sqlState {
        case "3D000":
            return Bilingual("there is no database named \(url.database).", "没有名为 \(url.database) 的数据库。")
        case "28000" where message.contains("does not exist"):
            return Bilingual("the database has no role named \(url.user); ask its administrator to create it.",
                             "数据库中没有名为 \(url.user) 的角色；请联系数据库管理员创建。")
        case "28000" where message.hasPrefix("Peer authentication failed"):
            return Bilingual("on this machine the server accepts role \(url.user) only from the OS login of the same name (peer authentication).",
                             "在本机上，服务器只接受同名的操作系统登录以角色 \(url.user) 连接（对等认证）。")
        case "28P01":
            return Bilingual("the password for role \(url.user) was not accepted.", "角色 \(url.user) 的密码未被接受。")
        case "57P03":
            return Bilingual("the server is starting up or shutting down; try again shortly.", "数据库服务正在启动或关闭，请稍后重试。")
        case "53300":
            return Bilingual("the server has no free connection slots.", "数据库服务的连接数已满。")
        default:
            return Bilingual("the server refused: \(message) (SQLSTATE \(sqlState)).",
                             "服务器拒绝连接：「\(message)」（SQLSTATE \(sqlState)）。")
        }
    }
}
