import Testing
import TendCore
@testable import TendPostgres

@Suite struct DatabaseURLTests {
    private func parse(_ text: String) throws -> DatabaseURL {
        try DatabaseURL(parsing: text, defaultUser: { "osuser" })
    }

    private func refusal(_ text: String) -> DatabaseURLError? {
        do {
            _ = try DatabaseURL(parsing: text, defaultUser: { "osuser" })
            return nil
        } catch {
            return error
        }
    }

    @Test func aDatabaseAloneMeansTheLocalSocketAsTheOSLogin() throws {
        let url = try parse("postgresql:///tenddesk")
        #expect(url.user == "osuser")
        #expect(url.password == nil)
        #expect(url.endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5432"))
        #expect(url.database == "tenddesk")
        #expect(url.redacted == "postgresql://osuser@/tenddesk")
    }

    @Test func theShortSchemeAndAnyCaseAreAccepted() throws {
        #expect(try parse("postgres://handler1@/tenddesk").user == "handler1")
        #expect(try parse("PostgreSQL:///tenddesk").database == "tenddesk")
    }

    @Test func aHostNameMeansTCPWithTLSPreferredAsLibpqDoes() throws {
        let url = try parse("postgresql://localhost/tenddesk")
        #expect(url.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(url.tls == .prefer)
    }

    @Test func everythingAtOnceIsPercentDecoded() throws {
        let url = try parse("postgresql://al%20ice:s%40cr%3Aet@db.example.com:6543/tend%20desk?sslmode=require")
        #expect(url.user == "al ice")
        #expect(url.password == "s@cr:et")
        #expect(url.endpoint == .tcp(host: "db.example.com", port: 6543))
        #expect(url.database == "tend desk")
        #expect(url.tls == .require)
        #expect(url.redacted == "postgresql://al%20ice:***@db.example.com:6543/tend%20desk?sslmode=require")
    }

    @Test func aPasswordMayContainAnAtSign() throws {
        let url = try parse("postgresql://u:p@ss@h/d")
        #expect(url.user == "u")
        #expect(url.password == "p@ss")
        #expect(url.endpoint == .tcp(host: "h", port: 5432))
    }

    @Test func aHostParameterNamesTheSocketDirectory() throws {
        let url = try parse("postgresql:///tenddesk?host=/tmp/pg")
        #expect(url.endpoint == .socket(path: "/tmp/pg/.s.PGSQL.5432"))
        #expect(url.redacted == "postgresql://osuser@/tenddesk?host=/tmp/pg")
    }

    @Test func aPortNamesTheSocketFile() throws {
        #expect(try parse("postgresql://:5433/tenddesk").endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5433"))
        #expect(try parse("postgresql:///tenddesk?host=/tmp/pg&port=6000").endpoint == .socket(path: "/tmp/pg/.s.PGSQL.6000"))
    }

    @Test func aPercentEncodedHostStartingWithASlashIsASocketDirectory() throws {
        let url = try parse("postgresql://worker@%2Ftmp%2Fpg:5433/tenddesk")
        #expect(url.endpoint == .socket(path: "/tmp/pg/.s.PGSQL.5433"))
        #expect(url.redacted == "postgresql://worker@:5433/tenddesk?host=/tmp/pg")
    }

    @Test func anIPv6AddressIsBracketed() throws {
        let url = try parse("postgresql://[::1]:5433/d?sslmode=disable")
        #expect(url.endpoint == .tcp(host: "::1", port: 5433))
        #expect(url.tls == .disable)
        #expect(url.redacted == "postgresql://osuser@[::1]:5433/d?sslmode=disable")
    }

    @Test func aDatabaseNameMayBeChinese() throws {
        #expect(try parse("postgresql:///%E5%B7%A5%E4%BD%9C%E5%8F%B0").database == "工作台")
    }

    @Test func verifyFullIsKnown() throws {
        #expect(try parse("postgresql://h/d?sslmode=verify-full").tls == .verifyFull)
    }

    @Test func theRedactedTextReadsBackAsTheSameURLWithoutItsPassword() throws {
        for text in ["postgresql://a%2Fb:pw@h:7/x%3Fy?sslmode=require", "postgresql:///d?host=/tmp/x%20y", "postgresql://[fe80::1]/d"] {
            let url = try parse(text)
            #expect(try parse(url.redacted) == url.with(password: .some(url.password == nil ? nil : "***")), "\(text)")
        }
    }

    @Test func theSocketFileIgnoresATrailingSlash() {
        #expect(DatabaseURL.socketFile(directory: "/tmp/x/", port: 5432) == "/tmp/x/.s.PGSQL.5432")
    }

    @Test func anotherSchemeIsNotAPostgreSQLURL() {
        #expect(refusal("mysql://h/d") == .notPostgres(text: "mysql://h/d"))
        #expect(refusal("/var/run/postgresql") == .notPostgres(text: "/var/run/postgresql"))
        #expect(refusal("mysql://h/d")?.text.en == "Not a PostgreSQL URL: mysql://h/d (expected postgresql://[USER@][HOST][:PORT]/DATABASE).")
        #expect(refusal("mysql://h/d")?.text.zh == "不是 PostgreSQL 地址：mysql://h/d（应为 postgresql://[用户@][主机][:端口]/数据库）。")
    }

    @Test func aURLWithoutADatabaseIsRefused() {
        #expect(refusal("postgresql://h") == .noDatabase(text: "postgresql://h"))
        #expect(refusal("postgresql://h/") == .noDatabase(text: "postgresql://h/"))
        #expect(refusal("postgresql://h/?sslmode=disable") == .noDatabase(text: "postgresql://h/?sslmode=disable"))
    }

    @Test func aPortMustBeANumberInRange() {
        #expect(refusal("postgresql://h:abc/d") == .badPort(text: "postgresql://h:abc/d", value: "abc"))
        #expect(refusal("postgresql://h:0/d") == .badPort(text: "postgresql://h:0/d", value: "0"))
        #expect(refusal("postgresql://h:65536/d") == .badPort(text: "postgresql://h:65536/d", value: "65536"))
        #expect(refusal("postgresql://h:-1/d") == .badPort(text: "postgresql://h:-1/d", value: "-1"))
        #expect(refusal("postgresql:///d?port=x") == .badPort(text: "postgresql:///d?port=x", value: "x"))
    }

    @Test func anUnknownSSLModeOrParameterIsRefusedNotIgnored() {
        #expect(refusal("postgresql://h/d?sslmode=bogus") == .badTLSMode(text: "postgresql://h/d?sslmode=bogus", value: "bogus"))
        #expect(refusal("postgresql://h/d?sslmod=require") == .unknownParameter(text: "postgresql://h/d?sslmod=require", name: "sslmod"))
        #expect(refusal("postgresql://h/d?sslmod=require")?.text.en == "postgresql://h/d?sslmod=require: unknown parameter sslmod (known: host, port, sslmode).")
    }

    @Test func brokenURLTextIsRefused() {
        #expect(refusal("postgresql://h/d%zz") == .malformed(text: "postgresql://h/d%zz", part: "d%zz"))
        #expect(refusal("postgresql://h/d%4") == .malformed(text: "postgresql://h/d%4", part: "d%4"))
        #expect(refusal("postgresql://h/%FF") == .malformed(text: "postgresql://h/%FF", part: "%FF"))
        #expect(refusal("postgresql://[::1/d") == .malformed(text: "postgresql://[::1/d", part: "[::1"))
        #expect(refusal("postgresql://[::1]x/d") == .malformed(text: "postgresql://[::1]x/d", part: "[::1]x"))
        #expect(refusal("postgresql://h/d?sslmode") == .malformed(text: "postgresql://h/d?sslmode", part: "sslmode"))
    }

    @Test func noErrorShowsThePassword() {
        for text in ["postgresql://u:topsecret@h:bad/d", "postgresql://u:topsecret@h", "postgresql://u:topsecret@h/d?x=1",
                     "postgresql://u:top%zzsecret@h/d", "postgresql://u:topsecret@h/d?sslmode=no"] {
            guard let error = refusal(text) else { Issue.record("\(text) was accepted"); continue }
            #expect(!error.text.en.contains("topsecret") && !error.text.zh.contains("topsecret"), "\(error.text.en)")
            #expect(!error.text.en.contains("zzsecret"), "\(error.text.en)")
            #expect(error.text.en.contains("u:***@h"), "\(error.text.en)")
        }
    }

    @Test func noUserAndNoLoginSaysWhy() {
        let identity = IdentityError.noPasswdEntry(uid: 4242)
        var caught: DatabaseURLError?
        do { _ = try DatabaseURL(parsing: "postgresql:///d", defaultUser: { throw identity }) } catch { caught = error }
        #expect(caught == .noLogin(reason: Bilingual(identity.message(.en), identity.message(.zh))))
        #expect(caught?.text.en.hasPrefix("The URL names no user, and the OS login cannot be found: User id 4242") == true)
    }

    @Test func theDefaultUserIsTheRealLogin() throws {
        let url = try DatabaseURL(parsing: "postgresql:///d")
        #expect(url.user == (try Identity.osLogin()))
    }

    @Test func theDefaultUserIsNotAskedWhenTheURLNamesOne() throws {
        let url = try DatabaseURL(parsing: "postgresql://named@/d", defaultUser: { Issue.record("asked"); return "x" })
        #expect(url.user == "named")
    }
}
