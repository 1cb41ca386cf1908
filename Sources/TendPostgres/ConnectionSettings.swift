import PostgresNIO

/// How a `DatabaseURL` becomes postgres-nio's connection settings.
enum ConnectionSettings {
    /// postgres-nio logs through swift-log, whose default handler writes to stderr — over the
    /// console's screen. Tend reports failures itself, as typed errors.
    static let logger: Logger = {
        var logger = Logger(label: "tend.postgres")
        logger.logLevel = .critical
        return logger
    }()

    private static let nextConnectionID = Locked(1)

    /// Starts connecting; throws only when the settings themselves are unusable (a TLS context).
    static func connect(_ url: DatabaseURL, timeout: Duration) throws -> EventLoopFuture<PostgresConnection> {
        let settings = try configuration(for: url, timeout: timeout)
        let id = nextConnectionID.withLock { id in defer { id += 1 }; return id }
        return PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                          configuration: settings, id: id, logger: logger)
    }

    static func configuration(for url: DatabaseURL, timeout: Duration) throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch url.endpoint {
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: url.user, password: url.password, database: url.database)
        case .tcp(let host, let port):
            configuration = .init(host: host, port: port, username: url.user, password: url.password,
                                  database: url.database, tls: try tls(url.tls))
        }
        configuration.options.connectTimeout = FutureWait.timeAmount(timeout)
        return configuration
    }

    /// libpq's meanings: `prefer` and `require` encrypt without checking the certificate;
    /// `verify-full` checks it against the system's trust store and the host name.
    private static func tls(_ mode: DatabaseURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            return .disable
        case .prefer:
            settings.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: settings))
        case .require:
            settings.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: settings))
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: settings))
        }
    }
}
