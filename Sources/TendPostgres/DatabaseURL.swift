import TendCore

/// Where a team desk's database is and who connects to it, read from a `postgresql://` URL:
/// `postgresql://[user[:password]@][host][:port]/database[?host=/socket/dir&port=N&sslmode=MODE]`.
/// Reading `$TEND_DATABASE` is the caller's business; this type only reads the text it is given.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection reaches the server.
    public enum Endpoint: Sendable, Hashable {
        /// The Unix socket FILE (`…/.s.PGSQL.5432`): postgres-nio wants the file, not the directory.
        case socket(path: String)
        case tcp(host: String, port: Int)
    }

    /// Encryption over TCP, named as libpq names it. A Unix socket never uses TLS (as with libpq).
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        case disable
        /// TLS when the server offers it; the certificate is not checked (libpq's meaning).
        case prefer
        /// TLS or no connection; the certificate is not checked (libpq's meaning).
        case require
        /// TLS with the certificate checked against the system's trust store and the host name.
        case verifyFull = "verify-full"
    }

    public static let defaultPort = 5432
    /// Where Debian's server puts its socket.
    public static let defaultSocketDirectory = "/var/run/postgresql"

    /// The role to connect as. Without one in the URL it is the OS login, because peer
    /// authentication accepts nothing else on the local socket.
    public let user: String
    public let password: String?
    public let endpoint: Endpoint
    public let database: String
    public let tls: TLSMode

    public init(user: String, password: String? = nil, endpoint: Endpoint, database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.password = password
        self.endpoint = endpoint
        self.database = database
        self.tls = tls
    }

    /// Reads a URL. `defaultUser` is asked only when the URL names no user; tests pass their own.
    public init(parsing text: String, defaultUser: () throws -> String = Identity.osLogin) throws(DatabaseURLError) {
        self = try DatabaseURLParser(text: text).parse(defaultUser: defaultUser)
    }

    /// The socket file for a socket directory and port, as the server names it.
    public static func socketFile(directory: String, port: Int) -> String {
        let trimmed = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return "\(trimmed)/.s.PGSQL.\(port)"
    }

    /// A copy for another database or role on the same server (tests and administration use it).
    public func with(database: String? = nil, user: String? = nil, password: String?? = nil) -> DatabaseURL {
        DatabaseURL(user: user ?? self.user, password: password ?? self.password, endpoint: endpoint,
                    database: database ?? self.database, tls: tls)
    }

    /// The URL with the password shown as `***`: what messages and logs may print.
    public var redacted: String {
        let userInfo = percentEncoded(user) + (password == nil ? "" : ":***")
        let place: String
        var query: [String] = []
        switch endpoint {
        case .socket(let path):
            let (directory, port) = Self.splitSocketFile(path)
            place = port == Self.defaultPort ? "" : ":\(port)"
            if directory != Self.defaultSocketDirectory { query.append("host=\(percentEncoded(directory, keepSlash: true))") }
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : percentEncoded(host)
            place = shownHost + (port == Self.defaultPort ? "" : ":\(port)")
            if tls != .prefer { query.append("sslmode=\(tls.rawValue)") }
        }
        let tail = query.isEmpty ? "" : "?" + query.joined(separator: "&")
        return "postgresql://\(userInfo)@\(place)/\(percentEncoded(database))\(tail)"
    }

    public var description: String { redacted }

    /// `/dir/.s.PGSQL.5433` → (`/dir`, 5433); anything else is shown whole with the default port.
    private static func splitSocketFile(_ path: String) -> (directory: String, port: Int) {
        guard let slash = path.lastIndex(of: "/") else { return (path, defaultPort) }
        let file = path[path.index(after: slash)...]
        let prefix = ".s.PGSQL."
        guard file.hasPrefix(prefix), let port = Int(file.dropFirst(prefix.count)) else { return (path, defaultPort) }
        let directory = path[..<slash]
        return (directory.isEmpty ? "/" : String(directory), port)
    }
}

/// Percent-encodes everything but unreserved characters (and `/` when asked), so a redacted URL reads back the same.
func percentEncoded(_ text: String, keepSlash: Bool = false) -> String {
    var out = ""
    for byte in text.utf8 {
        let scalar = Unicode.Scalar(byte)
        let unreserved = (byte < 0x80 && (Character(scalar).isLetter || Character(scalar).isNumber)) || "-._~".unicodeScalars.contains(scalar)
        if unreserved || (keepSlash && byte == UInt8(ascii: "/")) {
            out.unicodeScalars.append(scalar)
        } else {
            out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }
    return out
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
