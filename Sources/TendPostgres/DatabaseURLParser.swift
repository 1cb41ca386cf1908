import TendCore

/// Reads the text of a `postgresql://` URL into a `DatabaseURL`; libpq's reading where the two meet.
struct DatabaseURLParser {
    let text: String

    private static let schemes = ["postgresql://", "postgres://"]
    /// Query parameters this reader understands; any other is refused rather than ignored, so a typo
    /// such as `sslmod=require` cannot silently leave a connection unencrypted.
    static let parameters = ["host", "port", "sslmode"]

    /// `defaultUser` is asked only when the URL names no user.
    func parse(defaultUser: () throws -> String) throws(DatabaseURLError) -> DatabaseURL {
        guard let scheme = Self.schemes.first(where: { text.lowercased().hasPrefix($0) }) else {
            throw .notPostgres(text: redactedText)
        }
        let rest = text.dropFirst(scheme.count)
        let (main, queryText) = split(rest, at: "?")
        guard let slash = main.firstIndex(of: "/") else { throw .noDatabase(text: redactedText) }
        let authority = main[..<slash]
        let database = try decode(main[main.index(after: slash)...])
        guard !database.isEmpty else { throw .noDatabase(text: redactedText) }

        var user = "", password: String?
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
            let (userText, passwordText) = split(userInfo, at: ":")
            user = try decode(userText)
            if let passwordText {
                do { password = try decode(passwordText) } catch { throw .malformed(text: redactedText, part: "***") }   // never shown
            }
        }
        var (host, portText) = try splitHostPort(hostPort)
        var tls = DatabaseURL.TLSMode.prefer
        for (name, value) in try parameters(queryText) {
            switch name {
            case "host": host = value
            case "port": portText = value
            case "sslmode":
                guard let mode = DatabaseURL.TLSMode(rawValue: value) else { throw .badTLSMode(text: redactedText, value: value) }
                tls = mode
            default: throw .unknownParameter(text: redactedText, name: name)
            }
        }
        let port = try portNumber(portText)
        let endpoint: DatabaseURL.Endpoint
        if host.isEmpty {
            endpoint = .socket(path: DatabaseURL.socketFile(directory: DatabaseURL.defaultSocketDirectory, port: port))
        } else if host.hasPrefix("/") {
            endpoint = .socket(path: DatabaseURL.socketFile(directory: host, port: port))
        } else {
            endpoint = .tcp(host: host, port: port)
        }
        if user.isEmpty {
            do { user = try defaultUser() } catch let error as any Refusal {
                throw .noLogin(reason: Bilingual(error.message(.en), error.message(.zh)))
            } catch {
                throw .noLogin(reason: Bilingual("\(error)", "\(error)"))
            }
        }
        return DatabaseURL(user: user, password: password, endpoint: endpoint, database: database, tls: tls)
    }

    /// `host`, `host:port`, `[v6]`, `[v6]:port`; the host may be a percent-encoded socket directory.
    private func splitHostPort(_ text: Substring) throws(DatabaseURLError) -> (host: String, port: String?) {
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .malformed(text: redactedText, part: String(text)) }
            let host = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            if after.isEmpty { return (host, nil) }
            guard after.hasPrefix(":") else { throw .malformed(text: redactedText, part: String(text)) }
            return (host, String(after.dropFirst()))
        }
        let (host, port) = split(text, at: ":")
        return (try decode(host), port.map(String.init))
    }

    private func parameters(_ text: Substring?) throws(DatabaseURLError) -> [(String, String)] {
        guard let text, !text.isEmpty else { return [] }
        var out: [(String, String)] = []
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let (name, value) = split(pair, at: "=")
            guard let value else { throw .malformed(text: redactedText, part: String(pair)) }
            out.append((try decode(name), try decode(value)))
        }
        return out
    }

    private func portNumber(_ text: String?) throws(DatabaseURLError) -> Int {
        guard let text, !text.isEmpty else { return DatabaseURL.defaultPort }
        guard text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let port = Int(text), (1...65535).contains(port) else {
            throw .badPort(text: redactedText, value: text)
        }
        return port
    }

    /// Percent-decoding to UTF-8; a broken escape or invalid UTF-8 is refused, never guessed at.
    private func decode(_ part: Substring) throws(DatabaseURLError) -> String {
        var bytes: [UInt8] = []
        var utf8 = part.utf8[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else {
                throw .malformed(text: redactedText, part: String(part))
            }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .malformed(text: redactedText, part: String(part)) }
        return decoded
    }

    private func split(_ text: Substring, at separator: Character) -> (Substring, Substring?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    /// The text as typed, with a password (between `user:` and `@`) hidden, for error messages:
    /// a URL that does not parse may still hold one.
    var redactedText: String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let afterScheme = text[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<authority.index(after: colon)]) + "***" + String(text[at...])
    }
}
